/**
 * The catalog's detail document of a procedure, read back as a definition. The release resolves
 * names (field, level and agency become `{ id, name }`, a channel's fee ids become the lines
 * themselves, each channel carries its quote) and leaves out the form and the test cases; this
 * undoes that so the same components and the core can read it.
 */
import type { Procedure } from '../../../functions/core/format/generated/procedure';
import type { FeeQuote } from '../../../functions/core/types';
import { api } from '../api/client';

export interface PublishedProcedure {
  procedure: Procedure;
  /** Quotes the release computed per channel (for its publication date), when present. */
  releaseQuotes: Map<string, FeeQuote>;
  /** A version the release schedules to take effect on `from` (YYYY-MM-DD), announced on the page. */
  upcoming?: { from: string; version: number };
}

const idOf = (value: unknown): string =>
  typeof value === 'string'
    ? value
    : value && typeof value === 'object'
      ? String((value as { id?: unknown }).id ?? '')
      : '';

/** Reads a detail document (or a plain definition) into a definition plus the release's quotes. */
export function fromDetail(detail: Record<string, unknown>): PublishedProcedure {
  const source = (
    detail.definition && typeof detail.definition === 'object' ? detail.definition : detail
  ) as Record<string, unknown>;
  const releaseQuotes = new Map<string, FeeQuote>();
  const channels = (Array.isArray(source.channels) ? source.channels : []).map(
    (raw: Record<string, unknown>) => {
      const { quote, ...offer } = raw;
      if (quote && typeof quote === 'object') releaseQuotes.set(String(offer.channel), quote as FeeQuote);
      return { ...offer, fees: (Array.isArray(offer.fees) ? offer.fees : []).map(idOf) };
    },
  );
  const procedure = {
    tests: [],
    form: { schema: { type: 'object' } },
    ...source,
    field: idOf(source.field),
    level: idOf(source.level),
    agency: idOf(source.agency),
    channels,
  } as unknown as Procedure;
  const upcoming = detail.upcoming as { from?: unknown; version?: unknown } | undefined;
  return {
    procedure,
    releaseQuotes,
    ...(upcoming && typeof upcoming.from === 'string'
      ? { upcoming: { from: upcoming.from, version: Number(upcoming.version) } }
      : {}),
  };
}

/** Fetches the current release's detail of `id`. */
export async function loadPublishedProcedure(id: string): Promise<PublishedProcedure> {
  const detail = await api<{ procedure: Record<string, unknown> }>(
    `/api/catalog/procedures/${encodeURIComponent(id)}`,
  );
  return fromDetail(detail.procedure);
}
