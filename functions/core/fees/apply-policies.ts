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
  // Runs on every quote: plain loops over the line's few candidates, no arrays or closures.
  const candidates = line.policies;
  let best: JurisdictionPolicy | undefined;
  let bestAmount = amount;
  for (const p of candidates) {
    if (!policyInForce(p, channel, date) || supersededInForce(candidates, p, channel, date)) continue;
    const after = policyAmount(p, amount);
    if (best === undefined || after < bestAmount) {
      best = p;
      bestAmount = after;
    }
  }
  return best === undefined ? { amount } : { amount: bestAmount, policy: best };
}

/** Whether another candidate in force supersedes `p`. */
function supersededInForce(
  candidates: readonly JurisdictionPolicy[],
  p: JurisdictionPolicy,
  channel: Channel,
  date: string,
): boolean {
  for (const q of candidates) {
    if (q !== p && q.supersedes?.includes(p.id) === true && policyInForce(q, channel, date)) return true;
  }
  return false;
}

const described = new WeakMap<JurisdictionPolicy, AppliedPolicy>();

/**
 * The receipt's view of a policy. It depends on the policy alone, so it is built once per policy
 * (frozen, shared by every quote that applies it).
 */
export function describePolicy(p: JurisdictionPolicy): AppliedPolicy {
  let view = described.get(p);
  if (view === undefined) {
    view = Object.freeze({
      id: p.id,
      jurisdiction: p.jurisdiction,
      resolution: p.resolution,
      effect: p.effect,
      summary: p.summary,
    });
    described.set(p, view);
  }
  return view;
}
