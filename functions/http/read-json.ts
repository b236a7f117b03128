/**
 * Reads a JSON object body. Malformed JSON and non-object bodies are 400s with their own codes,
 * so a client always learns what was wrong with the envelope before the core looks at the content.
 */
import type { Context } from 'hono';
import { requestBounds } from '../core/bounds/json-bounds';
import { BadRequestError } from '../errors';
import { assertJsonBounds } from '../use-cases/assert-json-bounds';

/**
 * Parses the request body as a JSON object.
 * @example const body = await readJson(c); // Record<string, unknown>
 */
export async function readJson(c: Context): Promise<Record<string, unknown>> {
  let text: string;
  try {
    text = await c.req.text();
  } catch (cause) {
    throw new BadRequestError(
      'request.unreadable-body',
      { vi: 'Không đọc được nội dung yêu cầu.', en: 'The request body could not be read.' },
      { cause },
    );
  }
  if (text.trim() === '') {
    throw new BadRequestError('request.empty-body', {
      vi: 'Yêu cầu thiếu nội dung JSON.',
      en: 'The request body is empty; a JSON object is expected.',
    });
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    throw new BadRequestError(
      'request.malformed-json',
      {
        vi: `Nội dung gửi lên không phải JSON hợp lệ: ${(cause as Error).message}`,
        en: `The request body is not valid JSON: ${(cause as Error).message}`,
      },
      { cause },
    );
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new BadRequestError('request.not-an-object', {
      vi: 'Nội dung gửi lên phải là một đối tượng JSON ({ … }).',
      en: 'The request body must be a JSON object ({ … }).',
    });
  }
  // Before anything recursive (validators, diff, storage marshalling) sees it.
  assertJsonBounds(value, requestBounds, { vi: 'nội dung gửi lên', en: 'the request body' });
  return value as Record<string, unknown>;
}
