/**
 * A quote for the answers typed so far: the fees and the documents that apply, from the same core
 * functions the receipt uses, so what the citizen is shown before submitting is what the dossier
 * records. Which documents the state already holds depends on the answers (a case switched on by
 * an answer brings its own papers), so reuse is resolved here for every change, not only once.
 */
import { quoteFees, resolveReuse } from '../../core/index';
import type { Channel, DocumentStatus, FeeQuote } from '../../core/types';
import type { AppDeps } from '../../ports/index';
import { assertChannelOffered } from './channel-offer';
import { loadCitizenData, PREVIEW_CITIZEN_DATA_MAX_AGE_MS } from './load-citizen-data';
import { loadPublishedProcedure } from './load-published-procedure';
import { vietnamDate } from './vietnam-date';

export interface QuoteInput {
  procedureId: string;
  channel: Channel;
  answers: Record<string, unknown>;
  date?: string;
  /** The signed-in citizen's personal id (from the verified token, never from the body), if any. */
  personalId?: string;
}

/** The fee quote, plus the documents that apply to these answers with their reuse status. */
export interface QuoteResponse extends FeeQuote {
  documents: DocumentStatus[];
}

/**
 * Itemised fees with the exemptions and 0-đồng policies that apply on that date and channel, and
 * per applicable document whether the signed-in citizen's records already satisfy it.
 */
export async function quoteProcedureFees(deps: AppDeps, input: QuoteInput): Promise<QuoteResponse> {
  // Independent reads (the citizen's lookup never fails, it reports sources unavailable): one wait.
  const [{ version, compiled }, citizen] = await Promise.all([
    loadPublishedProcedure(deps, input.procedureId),
    loadCitizenData(deps, input.personalId, { maxAgeMs: PREVIEW_CITIZEN_DATA_MAX_AGE_MS }),
  ]);
  assertChannelOffered(version, input.channel);
  const date = input.date ?? vietnamDate(deps.clock.now());
  const fees = quoteFees(compiled, input.answers, input.channel, date);
  const { documents } = resolveReuse(compiled, input.answers, input.channel, date, citizen);
  return { ...fees, documents };
}
