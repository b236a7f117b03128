import type { CompiledFeeLine } from '../compile/compiled-procedure';
import { getAt } from '../json-pointer';

/** Reads a count: an integer ≥ 0 at the pointer, else the fallback. */
function readCount(subject: unknown, from: string[] | undefined, fallback: number): number {
  const raw = from === undefined ? undefined : getAt(subject, from);
  if (typeof raw === 'number' && Number.isSafeInteger(raw) && raw >= 0) return raw;
  return fallback;
}

/** Reads a unit count: an integer ≥ 0 at the pointer, else the line's default, else 0. */
export function readUnits(line: CompiledFeeLine, subject: unknown): number {
  return readCount(subject, line.unitsFrom, line.unitsDefault ?? 0);
}

/** Reads the number of copies of a line with a multiplier: as units, but else 1. */
export function readCopies(line: CompiledFeeLine, subject: unknown): number {
  return readCount(subject, line.copiesFrom, line.copiesDefault ?? 1);
}

/**
 * The base of a line before exemptions and policies: fixed, per unit (minus free units) or
 * tiered, then bounded by `cap`, then multiplied by the number of copies when the line has a
 * `multiplier` — the cap is per copy (Thông tư 226/2016/TT-BTC: at most 200.000 đ per bản sao).
 * Tier `upTo` is the last unit of the tier, inclusive; units past the last bounded tier are
 * priced at the last tier's price (the checker asks for a final unbounded tier, this only keeps
 * the function total).
 */
export function lineBase(
  line: CompiledFeeLine,
  subject: unknown,
): { base: number; units?: number; copies?: number } {
  const rule = line.line.amount;
  let base: number;
  let units: number | undefined;
  if (rule.type === 'fixed') {
    base = rule.amount;
  } else if (rule.type === 'per-unit') {
    units = readUnits(line, subject);
    base = rule.unitPrice * Math.max(0, units - (rule.freeUnits ?? 0));
  } else {
    units = readUnits(line, subject);
    base = tiered(rule.tiers, units);
  }
  if (line.line.cap !== undefined && base > line.line.cap) base = line.line.cap;
  base = Math.max(0, Math.floor(base));
  if (line.line.multiplier === undefined) return { base, units };
  const copies = readCopies(line, subject);
  // A form bounds the copies; this only keeps an unbounded answer from leaving exact integers.
  return { base: Math.min(Number.MAX_SAFE_INTEGER, base * copies), units, copies };
}

function tiered(tiers: readonly { upTo: number | null; unitPrice: number }[], units: number): number {
  let total = 0;
  let priced = 0;
  let lastPrice = 0;
  for (const tier of tiers) {
    if (priced >= units) break;
    const end = tier.upTo === null ? units : Math.min(units, tier.upTo);
    if (end > priced) {
      total += (end - priced) * tier.unitPrice;
      priced = end;
    }
    lastPrice = tier.unitPrice;
  }
  if (priced < units) total += (units - priced) * lastPrice;
  return total;
}
