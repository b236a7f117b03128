/**
 * Fee lines on the receipt, each with the reasons its amount differs from the base: the
 * exemption (who is exempt and under which law) and the council resolution that applied.
 */

import { displayDate } from '../../core/display-date';
import type { AppliedExemption, AppliedPolicy, Channel, FeeQuote, Message } from '../../core/types';
import { formatDong } from './format-dong';

export interface ReceiptFeeLine {
  id: string;
  kind: 'le-phi' | 'phi';
  name: Message;
  base: number;
  amount: number;
  exemptions: (AppliedExemption & { why: Message })[];
  policies: (AppliedPolicy & { why: Message })[];
}

export interface ReceiptFees {
  lines: ReceiptFeeLine[];
  total: number;
  currency: 'VND';
  date: string;
}

const channelNames: Record<Channel, Message> = {
  online: { vi: 'nộp trực tuyến', en: 'filed online' },
  'in-person': { vi: 'nộp trực tiếp', en: 'filed in person' },
  postal: { vi: 'nộp qua bưu chính công ích', en: 'filed by public post' },
};

/** Adds a human "why" to every exemption and policy of a quote. */
export function describeFees(quote: FeeQuote, channel: Channel): ReceiptFees {
  return {
    total: quote.total,
    currency: quote.currency,
    date: quote.date,
    lines: quote.lines.map((line) => ({
      id: line.id,
      kind: line.kind,
      name: line.name,
      base: line.base,
      amount: line.amount,
      exemptions: line.exemptions.map((exemption) => ({ ...exemption, why: exemptionWhy(exemption) })),
      policies: line.policies.map((policy) => ({
        ...policy,
        why: policyWhy(policy, channel, line.base, line.amount),
      })),
    })),
  };
}

function exemptionWhy(exemption: AppliedExemption): Message {
  const law = [exemption.legalBasis.article, exemption.legalBasis.number].filter(Boolean).join(' ');
  const share =
    exemption.percentOff === 100
      ? { vi: 'Miễn', en: 'Exempt' }
      : { vi: `Giảm ${exemption.percentOff}%`, en: `${exemption.percentOff}% off` };
  return {
    vi: `${share.vi}: ${exemption.reason.vi} (${law}).`,
    en: `${share.en}: ${exemption.reason.en ?? exemption.reason.vi} (${law}).`,
  };
}

function policyWhy(policy: AppliedPolicy, channel: Channel, base: number, amount: number): Message {
  const resolution = policy.resolution;
  // People read dates as dd/mm/yyyy (vi) or "29 Sep 2025" (en), never as the stored ISO form.
  const date = resolution.date ? displayDate(resolution.date) : undefined;
  const dated = date ? ` ngày ${date.vi}` : '';
  const datedEn = date ? ` of ${date.en}` : '';
  const effect: Message =
    policy.effect.type === 'set-zero'
      ? { vi: 'mức thu 0 đồng', en: 'the amount is 0 đồng' }
      : { vi: `giảm ${policy.effect.percent}%`, en: `${policy.effect.percent}% off` };
  const where = channelNames[channel];
  return {
    vi: `Theo ${resolution.number}${dated}: ${effect.vi} khi ${where.vi} (${formatDong(base)} → ${formatDong(amount)}).`,
    en: `Under ${resolution.number}${datedEn}: ${effect.en} when ${where.en} (${formatDong(base)} → ${formatDong(amount)}).`,
  };
}
