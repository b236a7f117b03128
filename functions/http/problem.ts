/**
 * RFC 9457 problem details: the one place where errors become HTTP responses. Every app installs
 * `app.onError(onError)` and `app.notFound(notFound)`; routes just throw errors from errors.ts.
 */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { CoreError, Message } from '../core/types';
import { AppError, ConflictListError, TooManyRequestsError, ValidationFailedError } from '../errors';

export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  code: string;
  detail: string;
  messages: Message;
  errors?: CoreError[];
}

const titles: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

const internal: Message = {
  vi: 'Đã xảy ra lỗi hệ thống. Vui lòng thử lại sau.',
  en: 'Something went wrong on our side. Please try again later.',
};

/** Builds the problem body for an AppError (also used by tests and non-hono callers). */
export function toProblem(error: AppError): ProblemDetails {
  const problem: ProblemDetails = {
    type: `urn:tthc:problem:${error.code}`,
    title: titles[error.status] ?? 'Error',
    status: error.status,
    code: error.code,
    detail: error.messages.en,
    messages: error.messages,
  };
  if (error instanceof ValidationFailedError || error instanceof ConflictListError)
    problem.errors = error.errors;
  return problem;
}

/** Writes a problem response with the right content type. */
export function problemResponse(c: Context, error: AppError): Response {
  const headers: Record<string, string> = { 'content-type': 'application/problem+json; charset=utf-8' };
  if (error instanceof TooManyRequestsError) headers['retry-after'] = String(error.retryAfterSeconds);
  return c.body(JSON.stringify(toProblem(error)), error.status as ContentfulStatusCode, headers);
}

/** Maps whatever was thrown to an AppError; unknown errors become a generic 500 (logged, never shown). */
export function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  if (err instanceof HTTPException) {
    // hono's own middlewares (body limit, etc.) throw these; give them stable codes.
    if (err.status === 413) {
      return new AppError(413, 'request.too-large', {
        vi: 'Dữ liệu gửi lên vượt quá giới hạn cho phép.',
        en: 'The request body is larger than allowed.',
      });
    }
    if (err.status < 500) {
      return new AppError(err.status, `http.${err.status}`, {
        vi: 'Yêu cầu không hợp lệ.',
        en: err.message || 'The request is not valid.',
      });
    }
  }
  return new AppError(500, 'internal', internal, { cause: err });
}

/** hono `onError`: errors → problem details; 5xx causes are logged for operators. */
export function onError(err: unknown, c: Context): Response {
  const error = toAppError(err);
  if (error.code === 'catalog.no-release') {
    // An expected state (nothing published yet, or the first release still building), not a
    // fault: one short line, no stack, so a portal retrying every 10 s does not flood the console.
    console.warn(JSON.stringify({ level: 'warn', code: error.code, method: c.req.method, path: c.req.path }));
  } else if (error.status >= 500) {
    console.error(
      JSON.stringify({
        level: 'error',
        code: error.code,
        method: c.req.method,
        path: c.req.path,
        error: describe(error.cause ?? err),
      }),
    );
  }
  return problemResponse(c, error);
}

/** hono `notFound`: unknown routes get the same problem shape as everything else. */
export function notFound(c: Context): Response {
  return problemResponse(
    c,
    new AppError(404, 'route.not-found', {
      vi: `Không có địa chỉ ${c.req.method} ${c.req.path}.`,
      en: `There is no route ${c.req.method} ${c.req.path}.`,
    }),
  );
}

function describe(err: unknown): Record<string, unknown> {
  if (err instanceof Error) return { name: err.name, message: err.message, stack: err.stack };
  return { value: String(err) };
}
