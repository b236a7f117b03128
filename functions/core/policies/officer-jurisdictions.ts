/**
 * The jurisdictions an officer speaks for: their agency's and every one inside it (a city's
 * officers speak for its wards; a ward's do not speak for the city). Pure, so the API's check
 * (use-cases/catalog-data/doc-authority.ts) and the builder's buttons give one answer.
 */
import type { Registry } from '../types';

export function officerJurisdictions(
  agency: string,
  registry: Pick<Registry, 'agencies' | 'jurisdictions'>,
): Set<string> {
  const own = registry.agencies.find((a) => a.id === agency)?.jurisdiction;
  const result = new Set<string>();
  if (own === undefined) return result;
  result.add(own);
  let grew = true;
  while (grew) {
    grew = false;
    for (const j of registry.jurisdictions) {
      if (j.parent !== undefined && result.has(j.parent) && !result.has(j.id)) {
        result.add(j.id);
        grew = true;
      }
    }
  }
  return result;
}
