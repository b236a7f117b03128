/**
 * The errors the functions raise. Each carries a stable `code`, an HTTP status and a message in
 * Vietnamese and English; functions/http/problem.ts turns them into RFC 9457 problem details.
 * Adapters translate SDK failures into these (e.g. ConditionalCheckFailed → ConflictError) so no
 * route has to know about DynamoDB or S3.
 */
import type { CoreError, Message } from './core/types';

export class AppError extends Error {
  readonly status: number;
  readonly code: string;
  readonly messages: Message;
  readonly details?: unknown;

  constructor(
    status: number,
    code: string,
    messages: Message,
    options?: { cause?: unknown; details?: unknown },
  ) {
    super(messages.en, { cause: options?.cause });
    this.name = 'AppError';
    this.status = status;
    this.code = code;
    this.messages = messages;
    this.details = options?.details;
  }
}

export class BadRequestError extends AppError {
  constructor(code: string, messages: Message, options?: { cause?: unknown; details?: unknown }) {
    super(400, code, messages, options);
    this.name = 'BadRequestError';
  }
}

export class UnauthenticatedError extends AppError {
  constructor(
    messages: Message = { vi: 'Bạn cần đăng nhập.', en: 'You need to sign in.' },
    options?: { cause?: unknown },
  ) {
    super(401, 'auth.unauthenticated', messages, options);
    this.name = 'UnauthenticatedError';
  }
}

export class ForbiddenError extends AppError {
  constructor(code: string, messages: Message) {
    super(403, code, messages);
    this.name = 'ForbiddenError';
  }
}

export class NotFoundError extends AppError {
  constructor(code: string, messages: Message) {
    super(404, code, messages);
    this.name = 'NotFoundError';
  }
}

export class ConflictError extends AppError {
  constructor(code: string, messages: Message, options?: { cause?: unknown; details?: unknown }) {
    super(409, code, messages, options);
    this.name = 'ConflictError';
  }
}

/** 409 that lists what stands in the way (e.g. the published procedures a change would break). */
export class ConflictListError extends ConflictError {
  readonly errors: CoreError[];
  constructor(code: string, messages: Message, errors: CoreError[]) {
    super(code, messages, { details: errors });
    this.name = 'ConflictListError';
    this.errors = errors;
  }
}

export class PayloadTooLargeError extends AppError {
  constructor(limitBytes: number) {
    super(413, 'request.too-large', {
      vi: `Dữ liệu gửi lên vượt quá giới hạn ${limitBytes} byte.`,
      en: `The request body exceeds the ${limitBytes}-byte limit.`,
    });
    this.name = 'PayloadTooLargeError';
  }
}

/**
 * A JSON value broke a depth or size bound (functions/core/bounds): 422 `request.too-deep` naming
 * the limit, or 413 `request.too-large`. Never retried: the same input always fails the same way.
 */
export class BoundsError extends AppError {
  constructor(kind: 'depth' | 'nodes', messages: Message, limit: number) {
    super(
      kind === 'depth' ? 422 : 413,
      kind === 'depth' ? 'request.too-deep' : 'request.too-large',
      messages,
      {
        details: { limit },
      },
    );
    this.name = 'BoundsError';
  }
}

/** 422: the core rejected the input; `errors` are the core's own, with paths and bilingual messages. */
export class ValidationFailedError extends AppError {
  readonly errors: CoreError[];
  constructor(
    errors: CoreError[],
    messages: Message = { vi: 'Dữ liệu không hợp lệ.', en: 'The data is not valid.' },
  ) {
    super(422, 'validation.failed', messages, { details: errors });
    this.name = 'ValidationFailedError';
    this.errors = errors;
  }
}

/** 429: a rate limit or quota was reached; `retryAfterSeconds` becomes the Retry-After header. */
export class TooManyRequestsError extends AppError {
  readonly retryAfterSeconds: number;
  constructor(code: string, messages: Message, retryAfterSeconds: number) {
    super(429, code, messages, { details: { retryAfterSeconds } });
    this.name = 'TooManyRequestsError';
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** 503: storage or another dependency failed; nothing was written (or the write was rolled back). */
export class DependencyError extends AppError {
  constructor(what: string, cause: unknown) {
    super(
      503,
      'dependency.unavailable',
      {
        vi: `Hệ thống ${what} tạm thời không phản hồi, vui lòng thử lại.`,
        en: `${what} is temporarily unavailable; please retry.`,
      },
      { cause },
    );
    this.name = 'DependencyError';
  }
}

/** 409: an Idempotency-Key sent again with a different request (the store and the use case agree). */
export function idempotencyKeyReused(cause?: unknown): ConflictError {
  return new ConflictError(
    'idempotency.key-reused',
    {
      vi: 'Khóa chống gửi trùng (Idempotency-Key) này đã được dùng cho một hồ sơ có nội dung khác. Nếu đây là hồ sơ mới, hãy gửi với khóa mới.',
      en: 'This Idempotency-Key was already used for a submission with different content. For a new submission, send a new key.',
    },
    cause === undefined ? undefined : { cause },
  );
}
