/**
 * Citizen data is read on the server from the state's sources, never taken from the client.
 * When the lookup fails the citizen is not blocked: every source is reported `unavailable`, so the
 * core falls back as the law allows (replace → the agency fetches it; fallback → the citizen uploads).
 */
import type { CitizenData } from '../../core/types';
import type { AppDeps } from '../../ports/index';

/**
 * How old a citizen's data the previews (the form's prefill, each quote as they type) accept: a
 * minute, like a verified token (functions/identity/verified-tokens.ts). The state's records change
 * over days, a form is filled over minutes, and the quote then agrees with the form it belongs to.
 * The submission itself reads fresh (no `maxAgeMs`): what it decides rests on the records as they are.
 */
export const PREVIEW_CITIZEN_DATA_MAX_AGE_MS = 60_000;

/**
 * What the sources hold for this personal id; `undefined` when nobody is signed in. With
 * `maxAgeMs`, a copy read that recently in this container will do.
 */
export async function loadCitizenData(
  deps: AppDeps,
  personalId: string | undefined,
  options: { maxAgeMs?: number } = {},
): Promise<CitizenData | undefined> {
  if (personalId === undefined) return undefined;
  try {
    return (await deps.citizens.load(personalId, options)) ?? { personalId };
  } catch (error) {
    console.warn('citizen data lookup failed; continuing with every source unavailable', error);
    return { personalId, unavailable: deps.catalog.registry.sources.map((source) => source.id) };
  }
}
