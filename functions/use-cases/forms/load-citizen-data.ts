/**
 * Citizen data is read on the server from the state's sources, never taken from the client.
 * When the lookup fails the citizen is not blocked: every source is reported `unavailable`, so the
 * core falls back as the law allows (replace → the agency fetches it; fallback → the citizen uploads).
 */
import type { CitizenData } from '../../core/types';
import type { AppDeps } from '../../ports/index';

/** What the sources hold for this personal id; `undefined` when nobody is signed in. */
export async function loadCitizenData(
  deps: AppDeps,
  personalId: string | undefined,
): Promise<CitizenData | undefined> {
  if (personalId === undefined) return undefined;
  try {
    return (await deps.citizens.load(personalId)) ?? { personalId };
  } catch (error) {
    console.warn('citizen data lookup failed; continuing with every source unavailable', error);
    return { personalId, unavailable: deps.catalog.registry.sources.map((source) => source.id) };
  }
}
