/**
 * The one way the pages talk to the API: same-origin relative URLs, JSON in and out, and
 * problem+json errors turned into ApiError with the server's bilingual message and field errors.
 */
import type { Localized } from '../i18n/lang';

/** One field problem as the core reports it: a JSON pointer into what was sent, a code, a message. */
export interface FieldProblem {
  path: string;
  code: string;
  message: Localized;
}

/** An error answered by the API (or the network failing), ready to show to a person. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly messages: Localized;
  readonly errors: FieldProblem[];
  /** Raw problem body, for callers that read extra members (e.g. catalog problems). */
  readonly body: Record<string, unknown>;

  constructor(
    status: number,
    code: string,
    messages: Localized,
    errors: FieldProblem[],
    body: Record<string, unknown>,
  ) {
    super(messages.en ?? messages.vi);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.messages = messages;
    this.errors = errors;
    this.body = body;
  }
}

export interface RequestOptions {
  method?: string;
  body?: unknown;
  token?: string | null;
  headers?: Record<string, string>;
}

/** Calls the API and returns the parsed JSON body; throws ApiError on any non-2xx answer. */
export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let response: Response;
  try {
    response = await fetch(path, {
      method: options.method ?? (options.body === undefined ? 'GET' : 'POST'),
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
  } catch (cause) {
    throw new ApiError(
      0,
      'network',
      {
        vi: 'Không kết nối được máy chủ. Vui lòng kiểm tra mạng và thử lại.',
        en: 'Could not reach the server. Check your connection and try again.',
      },
      [],
      { cause: String(cause) },
    );
  }
  const text = await response.text();
  const parsed = parseJson(text);
  if (response.ok) return parsed as T;
  throw toApiError(response.status, parsed);
}

function parseJson(text: string): unknown {
  if (text === '') return null;
  try {
    return JSON.parse(text);
  } catch {
    return { detail: text };
  }
}

function toApiError(status: number, parsed: unknown): ApiError {
  const body = (parsed && typeof parsed === 'object' ? parsed : {}) as Record<string, unknown>;
  const messages = isLocalized(body.messages)
    ? body.messages
    : {
        vi: `Máy chủ trả lời lỗi ${status}.`,
        en: typeof body.detail === 'string' && body.detail ? body.detail : `The server answered ${status}.`,
      };
  const errors = Array.isArray(body.errors) ? body.errors.filter(isFieldProblem) : [];
  return new ApiError(
    status,
    typeof body.code === 'string' ? body.code : `http.${status}`,
    messages,
    errors,
    body,
  );
}

function isLocalized(value: unknown): value is Localized {
  return !!value && typeof value === 'object' && typeof (value as Localized).vi === 'string';
}

function isFieldProblem(value: unknown): value is FieldProblem {
  const v = value as FieldProblem;
  return !!v && typeof v === 'object' && typeof v.code === 'string' && isLocalized(v.message);
}

/** A random idempotency key for one submission attempt (kept across retries of that attempt). */
export function newIdempotencyKey(): string {
  if (typeof crypto !== 'undefined' && 'randomUUID' in crypto) return crypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}
