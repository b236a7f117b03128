/**
 * The fee summary shown in the catalog: what each channel costs a typical applicant today (no
 * answers, so unit-priced lines use their defaults), and whether filing online is 0 đồng thanks to
 * a council resolution — the "0 đồng online" marker citizens look for. Amounts come from the
 * core's fee engine, never recomputed here. The date they were computed for is in the release
 * manifest (`feesAsOf`), not here, so that republishing unchanged content keeps the same digest.
 */
import type { AppliedPolicy, Channel, FeeQuote } from '../../core/types';

export interface ChannelFees {
  channel: Channel;
  total: number;
  lines: {
    id: string;
    name: { vi: string; en: string };
    kind: string;
    base: number;
    amount: number;
    policies: string[];
  }[];
}

export interface FeeSummary {
  channels: ChannelFees[];
  /** Filing online costs 0 đồng although the fee lines are not free by themselves. */
  zeroOnline: boolean;
  /** The policies that make online filing cheaper, with their resolutions. */
  onlinePolicies: AppliedPolicy[];
  /** No channel charges anything. */
  free: boolean;
}

/** Summarises per-channel quotes computed by the core for the same date. */
export function summarizeFees(quotes: FeeQuote[]): FeeSummary {
  const channels = quotes.map((quote) => ({
    channel: quote.channel,
    total: quote.total,
    lines: quote.lines.map((line) => ({
      id: line.id,
      name: line.name,
      kind: line.kind,
      base: line.base,
      amount: line.amount,
      policies: line.policies.map((p) => p.id),
    })),
  }));
  const online = quotes.find((q) => q.channel === 'online');
  const onlinePolicies = uniqueById(online?.lines.flatMap((line) => line.policies) ?? []);
  const onlineBase = online?.lines.reduce((sum, line) => sum + line.base, 0) ?? 0;
  return {
    channels,
    zeroOnline: online !== undefined && online.total === 0 && onlineBase > 0,
    onlinePolicies,
    free: quotes.every((q) => q.total === 0) && quotes.every((q) => q.lines.every((l) => l.base === 0)),
  };
}

function uniqueById(policies: AppliedPolicy[]): AppliedPolicy[] {
  const seen = new Map<string, AppliedPolicy>();
  for (const policy of policies) if (!seen.has(policy.id)) seen.set(policy.id, policy);
  return [...seen.values()];
}
