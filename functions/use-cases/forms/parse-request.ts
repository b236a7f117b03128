/**
 * Small parsers for what the citizens' routes receive in paths, queries and bodies. Each throws a
 * BadRequestError with a specific bilingual message, so bad input never reaches the core or storage.
 */
import { answerBounds } from '../../core/bounds/json-bounds';
import { type Channel, channels } from '../../core/types';
import { BadRequestError } from '../../errors';
import { assertJsonBounds } from '../assert-json-bounds';
import { isIsoDate } from './vietnam-date';

/** A filing channel: `in-person`, `online` or `postal`. */
export function parseChannel(value: unknown): Channel {
  if (typeof value === 'string' && (channels as readonly string[]).includes(value)) return value as Channel;
  throw new BadRequestError('channel.invalid', {
    vi: `Kênh nộp hồ sơ không hợp lệ; chọn một trong: ${channels.join(', ')}.`,
    en: `The channel is not valid; use one of: ${channels.join(', ')}.`,
  });
}

/** An optional YYYY-MM-DD date; `undefined` when absent. */
export function parseOptionalDate(value: string | undefined): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (isIsoDate(value)) return value;
  throw new BadRequestError('date.invalid', {
    vi: 'Ngày không hợp lệ; dùng định dạng YYYY-MM-DD, ví dụ 2026-03-15.',
    en: 'The date is not valid; use YYYY-MM-DD, e.g. 2026-03-15.',
  });
}

/** The answers object of a request: a plain JSON object (arrays and scalars are rejected). */
export function parseAnswers(value: unknown): Record<string, unknown> {
  if (value === undefined) return {};
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    assertJsonBounds(value, answerBounds, { vi: 'câu trả lời', en: 'the answers' });
    return value as Record<string, unknown>;
  }
  throw new BadRequestError('answers.not-object', {
    vi: 'Trường "answers" phải là một đối tượng JSON.',
    en: 'The "answers" field must be a JSON object.',
  });
}

/** A string field of a body, trimmed, 1..maxLength characters. */
export function parseText(value: unknown, field: string, maxLength: number): string {
  if (typeof value === 'string' && value.length > 0 && value.length <= maxLength) return value;
  throw new BadRequestError('request.invalid-field', {
    vi: `Trường "${field}" phải là chuỗi ký tự từ 1 đến ${maxLength} ký tự.`,
    en: `The "${field}" field must be a string of 1 to ${maxLength} characters.`,
  });
}
