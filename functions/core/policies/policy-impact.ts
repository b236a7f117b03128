/**
 * What a policy change does to fees before anyone approves it: for every procedure and channel
 * whose fee changes, the amount before → after and the days it applies, computed by the same fee
 * engine (compile, line base, policies) that the portal and the receipt use. It is per fee line and
 * ignores the lines' conditions and exemptions: a line charged only to some applicants (a marriage
 * with a foreign element) must show up too. Unit-priced lines are at their default units.
 */
import { compileProcedure } from '../compile/compile-procedure';
import type { CompiledProcedure } from '../compile/compiled-procedure';
import { jurisdictionChain } from '../compile/policies-for-line';
import { applyPolicies } from '../fees/apply-policies';
import { lineBase } from '../fees/line-base';
import { buildSubject } from '../subject';
import type { Channel, JurisdictionPolicy, Message, Procedure, Registry } from '../types';
import { dayBefore, policyChangeDates } from './fee-change-dates';

export interface ImpactRow {
  procedureId: string;
  code: string;
  name: Message;
  agency: string;
  channel: Channel;
  line: string;
  lineName: Message;
  /** First day of the change (YYYY-MM-DD). */
  from: string;
  /** Last day (inclusive); null = no end. */
  to: string | null;
  /** Amount of the line in đồng before exemptions. */
  before: number;
  after: number;
  /** Ids of the policies applied after the change. */
  policies: string[];
}

export interface ImpactInput {
  registry: Registry;
  /** The published procedures. */
  procedures: readonly Procedure[];
  /** Policies in force now (published). */
  before: readonly JurisdictionPolicy[];
  /** The same set with the draft applied (added, replaced or removed). */
  after: readonly JurisdictionPolicy[];
  /** Days before this one are history and not shown (normally today). */
  today: string;
}

/** The policy set with `draft` added, or replacing the policy with its id. */
export function withPolicy(
  policies: readonly JurisdictionPolicy[],
  draft: JurisdictionPolicy,
): JurisdictionPolicy[] {
  return [...policies.filter((p) => p.id !== draft.id), draft];
}

/** Every procedure × channel × period whose fee differs between `before` and `after`. */
export function policyImpact(input: ImpactInput): ImpactRow[] {
  const changed = changedPolicies(input.before, input.after);
  if (changed.length === 0) return [];
  const rows: ImpactRow[] = [];
  const days = [
    input.today,
    ...policyChangeDates([...input.before, ...input.after]).filter((d) => d > input.today),
  ];
  for (const procedure of input.procedures) {
    const ctxBefore = { registry: input.registry, policies: [...input.before] };
    const chain = jurisdictionChain(procedure, ctxBefore);
    if (!changed.some((p) => chain.includes(p.jurisdiction))) continue;
    const compiledBefore = compileProcedure(procedure, ctxBefore);
    const compiledAfter = compileProcedure(procedure, {
      registry: input.registry,
      policies: [...input.after],
    });
    for (const offer of procedure.channels) {
      const channel = offer.channel as Channel;
      const linesAfter = compiledAfter.channelLines.get(channel) ?? [];
      for (const [li, lineBefore] of (compiledBefore.channelLines.get(channel) ?? []).entries()) {
        const lineAfter = linesAfter[li]!;
        let open: ImpactRow | undefined;
        for (const day of days) {
          const before = amountOn(compiledBefore, lineBefore, channel, day);
          const after = amountOn(compiledAfter, lineAfter, channel, day);
          const same =
            open !== undefined &&
            open.before === before.amount &&
            open.after === after.amount &&
            open.policies.join() === after.policies.join();
          if (same) continue;
          if (open) open.to = dayBefore(day);
          open = undefined;
          if (before.amount === after.amount) continue;
          open = {
            procedureId: procedure.id,
            code: procedure.code,
            name: procedure.name,
            agency: procedure.agency,
            channel,
            line: lineBefore.line.id,
            lineName: lineBefore.line.name,
            from: day,
            to: null,
            before: before.amount,
            after: after.amount,
            policies: after.policies,
          };
          rows.push(open);
        }
      }
    }
  }
  return rows;
}

type Line = NonNullable<ReturnType<CompiledProcedure['channelLines']['get']>>[number];

function amountOn(compiled: CompiledProcedure, line: Line, channel: Channel, day: string) {
  const { base } = lineBase(line, buildSubject(compiled, {}, channel, day));
  const { amount, policy } = applyPolicies(line, base, channel, day);
  return { amount: Math.max(0, amount), policies: policy ? [policy.id] : [] };
}

/** Policies added, removed or edited between the two sets. */
function changedPolicies(
  before: readonly JurisdictionPolicy[],
  after: readonly JurisdictionPolicy[],
): JurisdictionPolicy[] {
  const key = (p: JurisdictionPolicy) => JSON.stringify(p);
  const beforeKeys = new Set(before.map(key));
  const afterKeys = new Set(after.map(key));
  return [...after.filter((p) => !beforeKeys.has(key(p))), ...before.filter((p) => !afterKeys.has(key(p)))];
}
