/**
 * An upload slot: the citizen asks to upload one file for one document of a published procedure;
 * the server checks the document exists and accepts that type and size, records a pending slot and
 * hands back a presigned PUT for a key under the citizen's own prefix. The file never passes
 * through the function (Lambda payloads are small; S3 takes the bytes directly).
 */
import type { CoreError } from '../../core/types';
import { BadRequestError, ValidationFailedError } from '../../errors';
import type { AppDeps, Citizen, UploadSlot } from '../../ports/index';
import { loadPublishedProcedure } from '../forms/load-published-procedure';
import { parseText } from '../forms/parse-request';
import { countUploadSlot } from '../limits/count-upload-slot';
import { findDocument } from './find-document';
import { incomingKey, keptKey } from './upload-keys';

/** How long the presigned URL stays valid. */
export const UPLOAD_URL_SECONDS = 15 * 60;

export interface UploadSlotResponse {
  uploadId: string;
  document: string;
  contentType: string;
  size: number;
  upload: {
    url: string;
    method: 'PUT' | 'POST';
    headers?: Record<string, string>;
    fields?: Record<string, string>;
  };
  expiresAt: string;
}

/**
 * Validates the request against the document's rules and creates the slot (422 with the reasons if
 * not). Every request counts against the citizen's upload rate, a granted one also against the day's
 * quota — in one write (count-upload-slot.ts); a refused one is counted before its error is answered.
 */
export async function createUploadSlot(
  deps: AppDeps,
  citizen: Citizen,
  readBody: () => Promise<Record<string, unknown>>,
): Promise<UploadSlotResponse> {
  let request: SlotRequest;
  try {
    request = await checkSlotRequest(deps, await readBody());
  } catch (err) {
    await countUploadSlot(deps, citizen, null);
    throw err;
  }
  const { procedureId, documentId, contentType, size } = request;
  await countUploadSlot(deps, citizen, size);

  const uploadId = deps.ids.next();
  const key = incomingKey(citizen.sub, uploadId);
  // The slot's limit is the declared size itself: confirmation requires the stored object to match it.
  const upload = await deps.files.presignUpload({
    key,
    contentType,
    maxBytes: size,
    contentLength: size,
    expiresInSeconds: UPLOAD_URL_SECONDS,
    metadata: { owner: citizen.sub, upload: uploadId, document: documentId },
  });
  const now = deps.clock.now();
  const slot: UploadSlot = {
    uploadId,
    owner: citizen.sub,
    procedureId,
    document: documentId,
    key,
    keptKey: keptKey(citizen.sub, uploadId),
    contentType,
    maxBytes: size,
    status: 'pending',
    createdAt: now.toISOString(),
  };
  await deps.dossiers.putUpload(slot);
  return {
    uploadId,
    document: documentId,
    contentType,
    size,
    upload,
    expiresAt: new Date(now.getTime() + UPLOAD_URL_SECONDS * 1000).toISOString(),
  };
}

interface SlotRequest {
  procedureId: string;
  documentId: string;
  contentType: string;
  size: number;
}

/** The request's fields, checked against the published document's rules (400/404/422 if not). */
async function checkSlotRequest(deps: AppDeps, body: Record<string, unknown>): Promise<SlotRequest> {
  const procedureId = parseText(body.procedureId, 'procedureId', 80);
  const documentId = parseText(body.document, 'document', 80);
  const contentType = parseText(body.contentType, 'contentType', 120);
  const size = body.size;
  if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 1) {
    throw new BadRequestError('request.invalid-field', {
      vi: 'Trường "size" phải là số byte của tệp (số nguyên dương).',
      en: 'The "size" field must be the file size in bytes (a positive integer).',
    });
  }
  const { version } = await loadPublishedProcedure(deps, procedureId);
  const rules = findDocument(version, documentId, deps.limits.maxUploadBytes);
  const errors = slotErrors(rules, documentId, contentType, size);
  if (errors.length > 0) throw new ValidationFailedError(errors);
  return { procedureId, documentId, contentType, size };
}

function slotErrors(
  rules: ReturnType<typeof findDocument>,
  documentId: string,
  contentType: string,
  size: number,
): CoreError[] {
  if (!rules || rules.document.submission === 'present') {
    return [
      {
        path: '/document',
        code: 'document.unexpected',
        message: {
          vi: `Thủ tục này không nhận tệp tải lên cho giấy tờ "${documentId}".`,
          en: `This procedure does not take an uploaded file for document "${documentId}".`,
        },
      },
    ];
  }
  const errors: CoreError[] = [];
  if (!rules.accept.includes(contentType)) {
    errors.push({
      path: '/contentType',
      code: 'document.type',
      message: {
        vi: `Loại tệp "${contentType}" không được chấp nhận; chỉ nhận: ${rules.accept.join(', ')}.`,
        en: `File type "${contentType}" is not accepted; allowed: ${rules.accept.join(', ')}.`,
      },
    });
  }
  if (size > rules.maxBytes) {
    errors.push({
      path: '/size',
      code: 'document.size',
      message: {
        vi: `Tệp ${size} byte vượt quá giới hạn ${rules.maxBytes} byte của giấy tờ này.`,
        en: `The ${size}-byte file exceeds this document's ${rules.maxBytes}-byte limit.`,
      },
    });
  }
  return errors;
}
