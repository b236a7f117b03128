import type { CompiledProcedure } from '../compile/compiled-procedure';
import { buildSubject } from '../subject';
import type { AppliedExemption, Channel, FeeLineQuote, FeeQuote } from '../types';
import { applyPolicies, describePolicy } from './apply-policies';
import { lineBase } from './line-base';

/**
 * Quotes the fees of a filing: the channel's lines whose condition holds, each with its base
 * (units, tiers, cap, copies), the exemptions that hold (the largest percentOff counts) and the one policy
 * applied, and the total. Integer đồng, never negative, deterministic: the browser's preview and
 * the server's receipt are the same numbers. A channel the procedure does not offer has no lines.
 *
 * @example quoteFees(compiled, { soBanSao: 3 }, 'online', '2026-01-15').total
 */
export function quoteFees(
  compiled: CompiledProcedure,
  answers: unknown,
  channel: Channel,
  date: string,
): FeeQuote {
  return quoteFeesForSubject(compiled, buildSubject(compiled, answers, channel, date), channel, date);
}

/** quoteFees over an already built subject (validateSubmission builds it once for everything). */
export function quoteFeesForSubject(
  compiled: CompiledProcedure,
  subject: unknown,
  channel: Channel,
  date: string,
): FeeQuote {
  const lines: FeeLineQuote[] = [];
  let total = 0;
  for (const line of compiled.channelLines.get(channel) ?? []) {
    if (!line.when(subject)) continue;
    const { base, units, copies } = lineBase(line, subject);
    const exemptions: AppliedExemption[] = [];
    let percentOff = 0;
    for (const ex of line.exemptions) {
      if (!ex.when(subject)) continue;
      exemptions.push({
        id: ex.exemption.id,
        percentOff: ex.percentOff,
        reason: ex.exemption.reason,
        legalBasis: ex.exemption.legalBasis,
      });
      if (ex.percentOff > percentOff) percentOff = ex.percentOff;
    }
    // The exemption that counts is listed first on the receipt.
    if (exemptions.length > 1) exemptions.sort((a, b) => b.percentOff - a.percentOff);
    const exempted = base - Math.floor((base * Math.min(100, percentOff)) / 100);
    const { amount, policy } = applyPolicies(line, exempted, channel, date);
    const quoted: FeeLineQuote = {
      id: line.line.id,
      kind: line.line.kind,
      category: line.line.category,
      name: line.line.name,
      base,
      exemptions,
      policies: policy ? [describePolicy(policy)] : [],
      amount: Math.max(0, amount),
    };
    if (units !== undefined) quoted.units = units;
    if (copies !== undefined) quoted.copies = copies;
    lines.push(quoted);
    total += quoted.amount;
  }
  return { channel, date, jurisdiction: compiled.jurisdiction, lines, total, currency: 'VND' };
}
