/**
 * Read-time selection of the fees in force on a day. A release holds each procedure's fee
 * summary per period (between the start and end days of the policies that touch it); the portal
 * shows the period of today by the clock port (the search list picks its fees so in
 * search-index.ts). Chosen over a scheduled republish: no scheduler to deploy or miss, right from
 * the first second of the day, and rolling back a release keeps it right.
 */
import { type DatedSegment, segmentAt } from '../../core/policies/index';
import type { FeeQuote } from '../../core/types';
import { summarizeFees } from '../publish/summarize-fees';

type Detail = {
  quoteTimeline?: DatedSegment<FeeQuote[]>[];
  channels?: { channel: string; quote?: FeeQuote | null }[];
  feeSummary?: unknown;
};

/** The detail document with its quotes and fee summary as on `date`. */
export function detailOnDate(detail: unknown, date: string): unknown {
  const d = detail as Detail;
  if (!d || !Array.isArray(d.quoteTimeline)) return detail;
  const segment = segmentAt(d.quoteTimeline, date);
  if (!segment) return detail;
  const quotes = segment.value;
  return {
    ...d,
    feesOn: date,
    feeSummary: summarizeFees(quotes),
    channels: (d.channels ?? []).map((c) => ({
      ...c,
      quote: quotes.find((q) => q.channel === c.channel) ?? c.quote ?? null,
    })),
  };
}
