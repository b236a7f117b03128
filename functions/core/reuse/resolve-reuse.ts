import type { CompiledProcedure } from '../compile/compiled-procedure';
import { buildSubject } from '../subject';
import type { Channel, CitizenData, PrefillValue, ReuseResolution } from '../types';
import { type CitizenView, readCitizen } from './citizen';
import { documentStatuses } from './document-statuses';

/**
 * Resolves what the state already holds ("don't ask twice"): per applicable document, whether a
 * record satisfies it, the agency fetches it, or the applicant must upload or present it; per
 * prefill, the value and its source. Without citizen data nothing is prefilled.
 */
export function resolveReuse(
  compiled: CompiledProcedure,
  answers: unknown,
  channel: Channel,
  date: string,
  citizen?: CitizenData,
): ReuseResolution {
  const view = readCitizen(citizen);
  const subject = buildSubject(compiled, answers, channel, date);
  return {
    documents: documentStatuses(compiled, subject, channel, date, view),
    prefill: prefillValues(compiled, view),
  };
}

/** The prefill values the citizen data supplies; sources that failed supply nothing. */
export function prefillValues(compiled: CompiledProcedure, view: CitizenView): PrefillValue[] {
  const out: PrefillValue[] = [];
  for (const { prefill } of compiled.prefill) {
    const value = view.attribute(prefill.source, prefill.attribute);
    if (value === undefined || value === null) continue;
    out.push({
      target: prefill.target,
      source: prefill.source,
      attribute: prefill.attribute,
      locked: prefill.locked === true,
      value,
    });
  }
  return out;
}
