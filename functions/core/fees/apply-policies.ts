import type { CompiledFeeLine } from '../compile/compiled-procedure';
import type { AppliedPolicy, Channel, JurisdictionPolicy } from '../types';

/** Whether a policy is in force on `date` for `channel` (window inclusive, `null` = open end). */
export function policyInForce(policy: JurisdictionPolicy, channel: Channel, date: string): boolean {
  return (
    policy.channels.includes(channel) &&
    date >= policy.effectiveFrom &&
    (policy.effectiveTo === null || date <= policy.effectiveTo)
  );
}

/** The amount a policy leaves of `amount`. */
export function policyAmount(policy: JurisdictionPolicy, amount: number): number {
  const effect = policy.effect;
  if (effect.type === 'set-zero') return 0;
  if (effect.type === 'fixed-off') return Math.max(0, amount - effect.amount);
  return amount - Math.floor((amount * effect.percent) / 100);
}

/**
 * Picks the one policy applied to a line (catalogs/README.md, fees step 4): of the policies in
 * force, those superseded by another one in force are dropped; the one leaving the lowest amount
 * wins, ties to the first by id (the candidates are sorted by id at compile time).
 */
export function applyPolicies(
  line: CompiledFeeLine,
  amount: number,
  channel: Channel,
  date: string,
): { amount: number; policy?: JurisdictionPolicy } {
  if (line.policies.length === 0) return { amount };
  const active = line.policies.filter((p) => policyInForce(p, channel, date));
  let best: JurisdictionPolicy | undefined;
  let bestAmount = amount;
  for (const p of active) {
    if (active.some((q) => q !== p && q.supersedes?.includes(p.id))) continue;
    const after = policyAmount(p, amount);
    if (best === undefined || after < bestAmount) {
      best = p;
      bestAmount = after;
    }
  }
  return best === undefined ? { amount } : { amount: bestAmount, policy: best };
}

/** The receipt's view of a policy. */
export function describePolicy(p: JurisdictionPolicy): AppliedPolicy {
  return {
    id: p.id,
    jurisdiction: p.jurisdiction,
    resolution: p.resolution,
    effect: p.effect,
    summary: p.summary,
  };
}
