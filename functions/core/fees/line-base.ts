import type { CompiledFeeLine } from '../compile/compiled-procedure';
import { getAt } from '../json-pointer';

/** Reads a unit count: an integer ≥ 0 at the pointer, else the line's default, else 0. */
export function readUnits(line: CompiledFeeLine, subject: unknown): number {
  const raw = line.unitsFrom === undefined ? undefined : getAt(subject, line.unitsFrom);
  if (typeof raw === 'number' && Number.isSafeInteger(raw) && raw >= 0) return raw;
  return line.unitsDefault ?? 0;
}

/**
 * The base of a line before exemptions and policies: fixed, per unit (minus free units) or
 * tiered, then bounded by `cap`. Tier `upTo` is the last unit of the tier, inclusive; units past
 * the last bounded tier are priced at the last tier's price (the checker asks for a final
 * unbounded tier, this only keeps the function total).
 */
export function lineBase(line: CompiledFeeLine, subject: unknown): { base: number; units?: number } {
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
  return { base: Math.max(0, Math.floor(base)), units };
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
