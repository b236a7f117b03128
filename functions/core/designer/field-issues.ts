/**
 * Problems of one value the officer typed, keyed by the JSON pointer of that value in the
 * procedure — the same pointer the format's schema and the server report — so the builder shows
 * each message next to its control. A cleared number is `null` (or absent) in the draft and is
 * reported here, never turned into 0.
 */
import type { Message } from '../types';

/** Pointer → message, e.g. { '/fees/0/amount/amount': { vi: 'Chưa nhập…', en: '…' } }. */
export type FieldIssues = Record<string, Message>;

export interface IntegerRule {
  min?: number;
  max?: number;
  /** Absent/null is an error (true) or allowed (false, the property is optional). */
  required?: boolean;
}

const money = (n: number) => n.toLocaleString('vi-VN');

/**
 * Why `value` is not an acceptable whole number, or undefined when it is.
 *
 * @example integerIssue(null, { required: true }) // { vi: 'Chưa nhập — bắt buộc…', … }
 */
export function integerIssue(value: unknown, rule: IntegerRule): Message | undefined {
  if (value === undefined || value === null) {
    return rule.required === false
      ? undefined
      : {
          vi: 'Chưa nhập — ô này bắt buộc (không tự coi là 0)',
          en: 'Missing — this is required (not taken as 0)',
        };
  }
  if (typeof value !== 'number' || !Number.isFinite(value))
    return { vi: 'Phải là một số', en: 'Must be a number' };
  if (!Number.isInteger(value)) return { vi: 'Phải là số nguyên', en: 'Must be a whole number' };
  if (value < 0 && (rule.min ?? 0) >= 0) return { vi: 'Không được là số âm', en: 'Must not be negative' };
  if (rule.min !== undefined && value < rule.min) {
    return { vi: `Tối thiểu ${money(rule.min)}`, en: `At least ${rule.min}` };
  }
  if (rule.max !== undefined && value > rule.max) {
    return { vi: `Tối đa ${money(rule.max)}`, en: `At most ${rule.max}` };
  }
  return undefined;
}

/** Adds `message` at `at` when there is one (keeps the first message of a place). */
export function note(issues: FieldIssues, at: string, message: Message | undefined): void {
  if (message && !issues[at]) issues[at] = message;
}

/** A required text (Vietnamese part of a LocalizedText, a legal number…) left empty. */
export function textIssue(value: unknown, what: Message): Message | undefined {
  if (typeof value === 'string' && value.trim() !== '') return undefined;
  return { vi: `Chưa nhập ${what.vi}`, en: `Missing ${what.en}` };
}

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** An id (mã) must be lower-case ASCII words joined by dashes, unique among its siblings. */
export function slugIssue(value: unknown, siblings: readonly unknown[]): Message | undefined {
  if (typeof value !== 'string' || !SLUG.test(value)) {
    return {
      vi: 'Mã chỉ gồm chữ thường không dấu, số và dấu gạch nối (ví dụ: giay-khai-sinh)',
      en: 'An id is lower-case ASCII letters, digits and dashes (e.g. giay-khai-sinh)',
    };
  }
  if (siblings.filter((s) => s === value).length > 1) {
    return { vi: `Mã «${value}» bị trùng`, en: `The id "${value}" is used twice` };
  }
  return undefined;
}

/** A fresh id `prefix-N` not among `taken`. */
export function freshId(prefix: string, taken: readonly string[]): string {
  for (let n = taken.length + 1; ; n++) {
    const id = `${prefix}-${n}`;
    if (!taken.includes(id)) return id;
  }
}

/** Moves item `from` to `to` (both in range), returning a new array. */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const next = [...items];
  const [item] = next.splice(from, 1);
  if (item === undefined || to < 0 || to > next.length) return [...items];
  next.splice(to, 0, item);
  return next;
}

/**
 * A `when` as the condition rows editor takes it: `true` and `{}` (always) are no condition;
 * `false` (never) becomes `{ not: {} }`, which the editor keeps as an advanced condition.
 */
export function conditionForRows(
  when: Record<string, unknown> | boolean | undefined,
): Record<string, unknown> | undefined {
  if (when === undefined || when === true) return undefined;
  if (when === false) return { not: {} };
  return Object.keys(when).length === 0 ? undefined : when;
}
