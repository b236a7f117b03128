/**
 * Turns the upload ids a submission lists into the files the core checks. Only the citizen's own
 * confirmed uploads for this same procedure, not yet used by a dossier, count; anything else is
 * reported, never silently dropped.
 */
import type { CoreError, UploadedDocument } from '../../core/types';
import type { AppDeps, Citizen, UploadSlot } from '../../ports/index';
import type { DossierFile } from './dossier-record';
import { keptKeyOf } from './upload-keys';

export interface LoadedUploads {
  files: (UploadedDocument & DossierFile)[];
  errors: CoreError[];
}

/** Reads each slot in parallel; errors point at `/uploads/<index>`. */
export async function loadConfirmedUploads(
  deps: AppDeps,
  citizen: Citizen,
  procedureId: string,
  uploadIds: string[],
): Promise<LoadedUploads> {
  const slots = await Promise.all(uploadIds.map((id) => deps.dossiers.getUpload(id)));
  const files: LoadedUploads['files'] = [];
  const errors: CoreError[] = [];
  slots.forEach((slot, index) => {
    const problem = slotProblem(slot, citizen, procedureId, uploadIds[index] ?? '');
    if (problem) {
      errors.push({ path: `/uploads/${index}`, code: 'document.invalid', message: problem });
      return;
    }
    const ok = slot as UploadSlot;
    const size = ok.size ?? ok.maxBytes;
    // The kept copy, never the incoming key: the citizen's presigned URL may still write that one.
    files.push({
      document: ok.document,
      type: ok.contentType,
      size,
      key: keptKeyOf(ok),
      uploadId: ok.uploadId,
    });
  });
  return { files, errors };
}

function slotProblem(slot: UploadSlot | null, citizen: Citizen, procedureId: string, id: string) {
  if (!slot || slot.owner !== citizen.sub) {
    return { vi: `Không tìm thấy tệp tải lên "${id}".`, en: `No upload "${id}" was found.` };
  }
  if (slot.procedureId !== procedureId) {
    return {
      vi: `Tệp "${id}" được tải lên cho thủ tục khác.`,
      en: `Upload "${id}" belongs to another procedure.`,
    };
  }
  if (slot.status !== 'confirmed') {
    return {
      vi: `Tệp "${id}" chưa được xác nhận; hãy xác nhận sau khi tải lên.`,
      en: `Upload "${id}" has not been confirmed; confirm it after uploading.`,
    };
  }
  if (slot.consumedBy !== undefined) {
    return {
      vi: `Tệp "${id}" đã được dùng cho hồ sơ ${slot.consumedBy}; mỗi tệp chỉ dùng cho một hồ sơ, hãy tải lên lại.`,
      en: `Upload "${id}" was already used for dossier ${slot.consumedBy}; each upload serves one dossier, upload it again.`,
    };
  }
  return null;
}
