/**
 * The subject conditions are evaluated against: the answers with the procedure's derived facts
 * added as top-level properties (catalogs/README.md, "Conditions" and "Derived facts").
 */
import type { CompiledDerived, CompiledProcedure } from './compile/compiled-procedure';
import { dayNumber } from './dates';
import { getAt, isRecord } from './json-pointer';
import type { Channel } from './types';

/**
 * Builds the subject. Answers that are not an object count as no answers. Without derived facts
 * the answers object itself is returned (no copy on the hot path); conditions never mutate it.
 */
export function buildSubject(
  compiled: CompiledProcedure,
  answers: unknown,
  channel: Channel,
  date: string,
): Record<string, unknown> {
  const base = isRecord(answers) ? answers : {};
  if (compiled.derived.length === 0) return base;
  const subject: Record<string, unknown> = { ...base };
  for (const d of compiled.derived) {
    const value = derive(d, base, channel, date);
    if (value === undefined) delete subject[d.fact.name];
    else subject[d.fact.name] = value;
  }
  return subject;
}

function derive(
  d: CompiledDerived,
  answers: Record<string, unknown>,
  channel: Channel,
  date: string,
): unknown {
  switch (d.fact.kind) {
    case 'channel':
      return channel;
    case 'count': {
      const list = d.of === undefined ? undefined : getAt(answers, d.of);
      return Array.isArray(list) ? list.length : 0;
    }
    case 'days-between': {
      const from = dayNumber(readDate(d.from, answers, date));
      const to = dayNumber(readDate(d.to, answers, date));
      return from === undefined || to === undefined ? undefined : to - from;
    }
    default:
      return undefined;
  }
}

function readDate(
  ref: string[] | '$filingDate' | undefined,
  answers: Record<string, unknown>,
  date: string,
): unknown {
  if (ref === undefined) return undefined;
  return ref === '$filingDate' ? date : getAt(answers, ref);
}
