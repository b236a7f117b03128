/**
 * Where an upload's bytes live. The presigned PUT only ever targets the incoming key; a file that
 * passes the checks is copied to the kept key, which no citizen-held URL can write, so what a
 * dossier references is exactly what the server checked.
 */
import { ConflictError } from '../../errors';
import type { UploadSlot } from '../../ports/index';

/** Prefix of every key a presigned PUT may target (the infra grants and lifecycle rule use it too). */
export const INCOMING_PREFIX = 'uploads/';
/** Prefix of confirmed files: written only by the server's copy, never presigned. */
export const KEPT_PREFIX = 'documents/';

/** The owner segment only groups files; ownership is checked against the slot, so a lossy form is fine. */
function ownerSegment(owner: string): string {
  return owner.replace(/[^A-Za-z0-9._-]/g, '-');
}

/** The key the citizen's presigned PUT writes (tagged pending; expires with abandoned uploads). */
export function incomingKey(owner: string, uploadId: string): string {
  return `${INCOMING_PREFIX}${ownerSegment(owner)}/${uploadId}`;
}

/** The key a confirmed file is kept under (never presigned, never tagged pending). */
export function keptKey(owner: string, uploadId: string): string {
  return `${KEPT_PREFIX}${ownerSegment(owner)}/${uploadId}`;
}

/** The slot's kept key; slots made before it was recorded get the same derived key. */
export function keptKeyOf(slot: UploadSlot): string {
  return slot.keptKey ?? keptKey(slot.owner, slot.uploadId);
}

/** The citizen re-uploaded while the server was checking: nothing is kept, confirming again works. */
export function uploadChanged(): ConflictError {
  return new ConflictError('upload.changed', {
    vi: 'Tệp đã bị tải lên lại trong lúc kiểm tra; vui lòng xác nhận lại.',
    en: 'The file was uploaded again while it was being checked; please confirm again.',
  });
}
