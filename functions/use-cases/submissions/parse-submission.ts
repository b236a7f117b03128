/** The envelope of a submission request; the core validates the content. */
import { BadRequestError } from '../../errors';
import { parseAnswers, parseText } from '../forms/parse-request';

export const MAX_UPLOADS = 50;
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{8,128}$/;

export interface SubmissionRequest {
  procedureId: string;
  channel: unknown;
  answers: Record<string, unknown>;
  uploads: string[];
}

/** Reads `{ procedureId, channel, answers, uploads }`; 400 for a wrong shape or too many uploads. */
export function parseSubmission(body: Record<string, unknown>): SubmissionRequest {
  const procedureId = parseText(body.procedureId, 'procedureId', 80);
  const uploads = body.uploads ?? [];
  if (
    !Array.isArray(uploads) ||
    uploads.some((id) => typeof id !== 'string' || id.length === 0 || id.length > 100)
  ) {
    throw new BadRequestError('request.invalid-field', {
      vi: 'Trường "uploads" phải là danh sách mã tệp đã tải lên.',
      en: 'The "uploads" field must be a list of upload ids.',
    });
  }
  if (uploads.length > MAX_UPLOADS) {
    throw new BadRequestError('uploads.too-many', {
      vi: `Một hồ sơ có tối đa ${MAX_UPLOADS} tệp đính kèm.`,
      en: `A dossier may have at most ${MAX_UPLOADS} files.`,
    });
  }
  if (new Set(uploads).size !== uploads.length) {
    throw new BadRequestError('uploads.duplicate', {
      vi: 'Một tệp được đính kèm hai lần.',
      en: 'The same upload is listed twice.',
    });
  }
  return {
    procedureId,
    channel: body.channel,
    answers: parseAnswers(body.answers),
    uploads: uploads as string[],
  };
}

/** The `Idempotency-Key` header: required, 8–128 visible ASCII characters (a UUID fits). */
export function parseIdempotencyKey(value: string | undefined): string {
  if (value !== undefined && IDEMPOTENCY_KEY.test(value)) return value;
  throw new BadRequestError(value === undefined ? 'idempotency-key.missing' : 'idempotency-key.invalid', {
    vi: 'Cần tiêu đề Idempotency-Key (8–128 ký tự ASCII, ví dụ một UUID) để gửi lại an toàn không tạo hồ sơ trùng.',
    en: 'An Idempotency-Key header (8–128 ASCII characters, e.g. a UUID) is required so a retry never creates a second dossier.',
  });
}
