/**
 * A fee quote for answers typed so far: the same core function the receipt uses, so what the
 * citizen is shown before submitting is what the dossier records.
 */
import { quoteFees } from '../../core/index';
import type { Channel, FeeQuote } from '../../core/types';
import type { AppDeps } from '../../ports/index';
import { assertChannelOffered } from './channel-offer';
import { loadPublishedProcedure } from './load-published-procedure';
import { vietnamDate } from './vietnam-date';

export interface QuoteInput {
  procedureId: string;
  channel: Channel;
  answers: Record<string, unknown>;
  date?: string;
}

/** Itemised fees with the exemptions and 0-đồng policies that apply on that date and channel. */
export async function quoteProcedureFees(deps: AppDeps, input: QuoteInput): Promise<FeeQuote> {
  const { version, compiled } = await loadPublishedProcedure(deps, input.procedureId);
  assertChannelOffered(version, input.channel);
  return quoteFees(compiled, input.answers, input.channel, input.date ?? vietnamDate(deps.clock.now()));
}
