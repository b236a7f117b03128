/**
 * Optimistic concurrency: every change names the revision it was based on, via `If-Match`
 * (the ETag the GET returned, `"3"`) or a `revision` field in the body. Missing → 428, so a
 * client cannot overwrite someone else's work by forgetting it; stale → 409.
 */
import { AppError, BadRequestError, ConflictError } from '../../errors';

/** The revision a client says it read; throws 428 when absent and 400 when unreadable. */
export function expectedRevision(ifMatch: string | undefined, body: Record<string, unknown>): number {
  if (ifMatch !== undefined && ifMatch.trim() !== '') {
    const match = /^\s*(?:W\/)?"?(\d+)"?\s*$/.exec(ifMatch);
    if (!match?.[1]) {
      throw new BadRequestError('precondition.invalid', {
        vi: `Tiêu đề If-Match "${ifMatch}" không hợp lệ; cần số phiên bản sửa đổi, ví dụ "3".`,
        en: `The If-Match header "${ifMatch}" is not valid; it must be a revision such as "3".`,
      });
    }
    return Number(match[1]);
  }
  if (body.revision !== undefined) {
    if (typeof body.revision !== 'number' || !Number.isInteger(body.revision) || body.revision < 1) {
      throw new BadRequestError('precondition.invalid', {
        vi: 'Trường "revision" phải là số nguyên dương.',
        en: 'The "revision" field must be a positive integer.',
      });
    }
    return body.revision;
  }
  throw new AppError(428, 'precondition.required', {
    vi: 'Cần cho biết bản sửa đổi đã đọc (tiêu đề If-Match hoặc trường "revision") để tránh ghi đè thay đổi của người khác.',
    en: 'Say which revision you read (If-Match header or "revision" field) so that nobody else’s changes are overwritten.',
  });
}

/** 409 `procedure.revision-conflict` unless the stored revision is the one the client read. */
export function assertRevision(stored: number, expected: number): void {
  if (stored !== expected) {
    throw new ConflictError(
      'procedure.revision-conflict',
      {
        vi: `Bản nháp đã được người khác sửa (bản sửa đổi hiện tại ${stored}, bạn gửi ${expected}). Hãy tải lại rồi sửa tiếp.`,
        en: `Someone else changed this draft (current revision ${stored}, you sent ${expected}). Reload and edit again.`,
      },
      { details: { current: stored } },
    );
  }
}
