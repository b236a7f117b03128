/**
 * The days on which a procedure's fees can change: a policy that covers one of its lines starts
 * (`effectiveFrom`) or stops (the day after `effectiveTo`). Between two such days every quote is
 * the same, so a release can hold one fee summary per interval and a reader picks today's —
 * fees stay right on every day without a scheduler or a republish.
 */
import type { CompiledProcedure } from '../compile/compiled-procedure';
import { dayNumber } from '../dates';
import type { JurisdictionPolicy } from '../types';

const DAY_MS = 86_400_000;

/** The calendar day after `date` (YYYY-MM-DD). */
export function dayAfter(date: string): string {
  const day = dayNumber(date);
  if (day === undefined) return date;
  return new Date((day + 1) * DAY_MS).toISOString().slice(0, 10);
}

/** The calendar day before `date` (YYYY-MM-DD). */
export function dayBefore(date: string): string {
  const day = dayNumber(date);
  if (day === undefined) return date;
  return new Date((day - 1) * DAY_MS).toISOString().slice(0, 10);
}

/** Start days and day-after-end days of `policies`, sorted, without duplicates. */
export function policyChangeDates(policies: Iterable<JurisdictionPolicy>): string[] {
  const dates = new Set<string>();
  for (const p of policies) {
    dates.add(p.effectiveFrom);
    if (p.effectiveTo !== null) dates.add(dayAfter(p.effectiveTo));
  }
  return [...dates].sort();
}

/** Every day a fee of `compiled` may change, over all channels, sorted. */
export function feeChangeDates(compiled: CompiledProcedure): string[] {
  const policies = new Set<JurisdictionPolicy>();
  for (const lines of compiled.channelLines.values())
    for (const line of lines) for (const p of line.policies) policies.add(p);
  return policyChangeDates(policies);
}
