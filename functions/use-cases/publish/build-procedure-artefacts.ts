/**
 * Everything a release holds about one published procedure version: its entry in the search
 * index, its detail document, its generated form and the TypeScript type of its answers. Forms
 * and fees come from the core (the same code the portal and the server validate with).
 */

import { compileProcedure, generateForm, quoteFees } from '../../core/index';
import { type DatedSegment, feeChangeDates, segmentsOver } from '../../core/policies/index';
import type { CatalogContext, Channel, FeeQuote, GeneratedForm, Procedure } from '../../core/types';
import type { ProcedureVersion } from '../../ports';
import { type ProcedureScope, scopeOf } from './procedure-scope';
import { type FeeSummary, summarizeFees } from './summarize-fees';

/** Quotes "since always" use a day before any policy. */
const EARLIEST = '1900-01-01';

type Named = { id: string; name: { vi: string; en?: string } };

export interface IndexEntry {
  id: string;
  code: string;
  localCode?: string;
  version: number;
  name: { vi: string; en: string };
  field: Named;
  level: Named;
  agency: Named;
  onlineLevel: string;
  channels: Channel[];
  keywords: string[];
  fees: FeeSummary;
  /**
   * The fee summary on every day: one segment per period between policy start/end days. Readers
   * show the segment of today, so a policy that starts or ends needs no republish.
   */
  feeTimeline: DatedSegment<FeeSummary>[];
  /** A version scheduled to take effect on `from`, with its own entry (shown from that day). */
  upcoming?: { from: string; version: number; entry: IndexEntry };
  /** Documents the state can supply itself ("don't ask twice"), with the sources that can. */
  reusableDocuments: { id: string; name: { vi: string; en?: string }; sources: string[]; modes: string[] }[];
  /**
   * What decides which registry entries and policies concern it (gathered into `scopes.json`);
   * absent in releases built before it (write-release.ts rebuilds such an entry rather than reuse it).
   */
  scope?: ProcedureScope;
}

export interface ProcedureArtefacts {
  entry: IndexEntry;
  detail: Record<string, unknown>;
  form: GeneratedForm & { channel: Channel };
}

/** Builds the artefacts of one version, quoting fees as of `date` (YYYY-MM-DD). */
export function buildProcedureArtefacts(
  catalog: CatalogContext,
  version: ProcedureVersion,
  date: string,
): ProcedureArtefacts {
  const procedure = version.definition;
  // publishing never validates answers: the answers validator (Ajv, most of a compile) is left uncompiled
  const compiled = compileProcedure(procedure, catalog, { answers: 'lazy' });
  const offered = procedure.channels.map((c) => c.channel);
  const forms = new Map(offered.map((channel) => [channel, generateForm(compiled, { channel, date })]));
  const quotes = offered.map((channel) => undated(forms.get(channel)!.fees));
  const fees = summarizeFees(quotes);
  const timeline = segmentsOver(
    feeChangeDates(compiled),
    (from) => offered.map((channel) => undated(quoteFees(compiled, {}, channel, from ?? EARLIEST))),
    (a, b) => JSON.stringify(a) === JSON.stringify(b),
  );
  const formChannel: Channel = offered.includes('online') ? 'online' : offered[0]!;
  const form = forms.get(formChannel)!;
  const entry: IndexEntry = {
    id: procedure.id,
    code: procedure.code,
    ...(procedure.localCode ? { localCode: procedure.localCode } : {}),
    version: version.version,
    name: procedure.name,
    field: named(catalog.registry.fields, procedure.field),
    level: named(catalog.registry.levels, procedure.level),
    agency: named(catalog.registry.agencies, procedure.agency),
    onlineLevel: procedure.onlineLevel,
    channels: offered,
    keywords: procedure.keywords ?? [],
    fees,
    feeTimeline: timeline.map((s) => ({ from: s.from, value: summarizeFees(s.value) })),
    reusableDocuments: reusableDocuments(procedure),
    scope: scopeOf(procedure),
  };
  return {
    entry,
    detail: {
      ...detailOf(procedure, version, entry, quotes),
      quoteTimeline: timeline.map((s) => ({ from: s.from, value: s.value })),
    },
    form: { channel: formChannel, ...form, fees: undated(form.fees) },
  };
}

/** The detail page's document: the definition's public parts, names resolved, fees quoted. */
function detailOf(procedure: Procedure, version: ProcedureVersion, entry: IndexEntry, quotes: FeeQuote[]) {
  const { tests: _tests, sources: _sources, $schema: _schema, form: _form, ...rest } = procedure;
  return {
    ...rest,
    version: version.version,
    publishedAt: version.publishedAt ?? null,
    field: entry.field,
    level: entry.level,
    agency: entry.agency,
    channels: procedure.channels.map((offer) => ({
      ...offer,
      fees: offer.fees.map((id) => procedure.fees.find((line) => line.id === id)).filter(Boolean),
      quote: quotes.find((q) => q.channel === offer.channel) ?? null,
    })),
    feeSummary: entry.fees,
    reusableDocuments: entry.reusableDocuments,
  };
}

function reusableDocuments(procedure: Procedure): IndexEntry['reusableDocuments'] {
  return procedure.documentCases.flatMap((c) =>
    c.documents
      .filter((d) => (d.reuse ?? []).length > 0)
      .map((d) => ({
        id: d.id,
        name: d.name,
        sources: [...new Set((d.reuse ?? []).map((r) => r.source))],
        modes: [...new Set((d.reuse ?? []).map((r) => r.mode))],
      })),
  );
}

function named(list: readonly { id: string; name: { vi: string; en?: string } }[], id: string): Named {
  const found = list.find((item) => item.id === id);
  return { id, name: found ? found.name : { vi: id } };
}

/** Quotes carry their date; the release keeps it once, in the manifest, so digests stay stable. */
function undated(quote: FeeQuote): FeeQuote {
  const { date: _date, ...rest } = quote;
  return rest as FeeQuote;
}
