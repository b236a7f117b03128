/** Applies the core's JSON bounds at every door (HTTP bodies, stored definitions), before any validator, diff or store sees the value. */
import { boundsMessage, checkJsonBounds, type JsonBounds } from '../core/bounds/json-bounds';
import type { Message } from '../core/types';
import { BoundsError } from '../errors';

/**
 * Throws 422 `request.too-deep` / 413 `request.too-large` when `value` breaks `bounds`.
 * @example assertJsonBounds(body.answers, answerBounds, { vi: 'câu trả lời', en: 'the answers' });
 */
export function assertJsonBounds(value: unknown, bounds: JsonBounds, what: Message): void {
  const violation = checkJsonBounds(value, bounds);
  if (violation) throw new BoundsError(violation.kind, boundsMessage(violation, what), violation.limit);
}
