/**
 * Confirming an upload is where the server, not S3, decides whether a file is acceptable:
 * s3rver enforces no presigned policy and a client may PUT anything, so the stored object's size,
 * declared type, real type (magic bytes, then the whole structure: core/files) and owner are checked here. A rejected object is deleted
 * at once so nothing unchecked stays in the bucket. An accepted object is copied to the slot's kept
 * key, which the still-valid presigned URL cannot write, and only that copy is ever referenced;
 * the incoming object stays tagged `pending` and the bucket's lifecycle rule removes it.
 */
import { fileContentProblem } from '../../core/files/check-file-content';
import type { CoreError } from '../../core/types';
import { ConflictError, NotFoundError, ValidationFailedError } from '../../errors';
import type { AppDeps, Citizen, FileObjectInfo, UploadSlot } from '../../ports/index';
import { SNIFF_BYTES, sniffFileType } from './sniff-file-type';
import { keptKeyOf, uploadChanged } from './upload-keys';

export interface ConfirmedUpload {
  uploadId: string;
  document: string;
  contentType: string;
  size: number;
  status: 'confirmed';
}

const UPLOAD_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** 404 for an unknown id or someone else's upload (ids cannot be probed). */
export function uploadNotFound(uploadId: string): NotFoundError {
  return new NotFoundError('upload.not-found', {
    vi: `Không tìm thấy tệp tải lên "${uploadId.slice(0, 100)}".`,
    en: `No upload "${uploadId.slice(0, 100)}" was found.`,
  });
}

/** Loads a slot owned by this citizen, or 404. */
export async function loadOwnUpload(deps: AppDeps, citizen: Citizen, uploadId: string): Promise<UploadSlot> {
  // Upload ids are the server's UUIDs; anything else cannot exist and never reaches storage.
  if (!UPLOAD_ID.test(uploadId)) throw uploadNotFound(uploadId);
  const slot = await deps.dossiers.getUpload(uploadId);
  if (!slot || slot.owner !== citizen.sub) throw uploadNotFound(uploadId);
  return slot;
}

/** Checks the stored object and marks the slot confirmed; 422 with the reasons (object deleted) if it fails. */
export async function confirmUpload(
  deps: AppDeps,
  citizen: Citizen,
  uploadId: string,
): Promise<ConfirmedUpload> {
  const slot = await loadOwnUpload(deps, citizen, uploadId);
  if (slot.status === 'confirmed') return confirmed(slot, slot.size ?? slot.maxBytes);
  const info = await deps.files.head(slot.key);
  if (!info) {
    throw new ValidationFailedError([
      problem(
        '/upload',
        'document.missing',
        'Chưa nhận được tệp; hãy tải tệp lên địa chỉ đã cấp rồi xác nhận lại.',
        'The file has not arrived; upload it to the given URL, then confirm again.',
      ),
    ]);
  }
  const errors = await objectErrors(deps, slot, info);
  if (errors.length > 0) {
    await deps.files.delete(slot.key);
    throw new ValidationFailedError(errors, {
      vi: 'Tệp tải lên không hợp lệ và đã bị xoá; vui lòng tải lại tệp đúng.',
      en: 'The uploaded file is not valid and was deleted; please upload a correct file.',
    });
  }
  // Copied, then verified, then the slot confirmed: a failure at any step leaves the slot pending
  // and a retry redoes the (idempotent) copy. The ETag pins the copy to the bytes just checked
  // (S3 refuses a copy of a replaced source; the head below catches it where that is not enforced,
  // and an unverified copy is never referenced because the slot stays pending). S3 always sends
  // an ETag; without one nothing can match and the confirm fails closed.
  const etag = info.etag ?? '';
  const kept = keptKeyOf(slot);
  await deps.files.keep(slot.key, kept, etag);
  const copy = await deps.files.head(kept);
  if (!copy || copy.size !== info.size || copy.etag === undefined || copy.etag !== etag) {
    throw uploadChanged();
  }
  try {
    await deps.dossiers.confirmUpload(slot.uploadId, citizen.sub, info.size);
  } catch (error) {
    // A concurrent confirm of the same slot already won: the result is the same.
    if (!(error instanceof ConflictError)) throw error;
    const again = await loadOwnUpload(deps, citizen, uploadId);
    if (again.status !== 'confirmed') throw error;
  }
  return confirmed(slot, info.size);
}

async function objectErrors(deps: AppDeps, slot: UploadSlot, info: FileObjectInfo): Promise<CoreError[]> {
  const errors: CoreError[] = [];
  const owner = info.metadata.owner;
  if (owner !== undefined && owner !== slot.owner) {
    errors.push(
      problem(
        '/upload',
        'document.invalid',
        'Tệp không thuộc về người nộp hồ sơ.',
        'The file does not belong to the applicant.',
      ),
    );
  }
  if (info.size !== slot.maxBytes) {
    errors.push(
      problem(
        '/size',
        'document.size',
        `Tệp có ${info.size} byte, khác với ${slot.maxBytes} byte đã khai báo.`,
        `The file has ${info.size} bytes, not the ${slot.maxBytes} declared.`,
      ),
    );
  }
  if (info.contentType !== undefined && info.contentType.split(';')[0]?.trim() !== slot.contentType) {
    errors.push(
      problem(
        '/contentType',
        'document.type',
        `Tệp được lưu với loại "${info.contentType}", khác với "${slot.contentType}" đã khai báo.`,
        `The file was stored as "${info.contentType}", not the declared "${slot.contentType}".`,
      ),
    );
  }
  // The port reads whole objects (bounded); only read once the size is known to be the declared one.
  if (errors.length > 0) return errors;
  const bytes = await deps.files.read(slot.key, info.size, info.etag ?? '');
  const actual = bytes ? sniffFileType(bytes.subarray(0, SNIFF_BYTES)) : null;
  if (actual !== slot.contentType) {
    errors.push(
      problem(
        '/contentType',
        'document.type',
        `Nội dung tệp không phải là "${slot.contentType}" như đã khai báo${actual ? ` (thực tế là "${actual}")` : ''}.`,
        `The file's content is not "${slot.contentType}" as declared${actual ? ` (it is "${actual}")` : ''}.`,
      ),
    );
    return errors;
  }
  // Beyond the first bytes: the whole structure must be what the type says (a `%PDF-` followed by HTML is not a PDF).
  const broken = bytes ? fileContentProblem(slot.contentType, bytes) : null;
  if (broken) {
    errors.push(
      problem(
        '/contentType',
        'document.content',
        `Tệp không phải là "${slot.contentType}" hợp lệ: ${broken.vi}.`,
        `The file is not a valid "${slot.contentType}": ${broken.en}.`,
      ),
    );
  }
  return errors;
}

function problem(path: string, code: string, vi: string, en: string): CoreError {
  return { path, code, message: { vi, en } };
}

function confirmed(slot: UploadSlot, size: number): ConfirmedUpload {
  return {
    uploadId: slot.uploadId,
    document: slot.document,
    contentType: slot.contentType,
    size,
    status: 'confirmed',
  };
}
