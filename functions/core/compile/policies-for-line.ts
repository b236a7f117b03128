import type { FeeLine } from '../format/generated/procedure';
import type { CatalogContext, JurisdictionPolicy, Procedure } from '../types';

/** What of a fee line decides which policies may apply to it (a release keeps this per procedure). */
export type LineScope = Pick<FeeLine, 'id' | 'kind' | 'category' | 'appraisal' | 'setBy'>;

/**
 * The jurisdiction of the performing agency and its ancestors (`parent` in the registry), nearest
 * first. A cycle in the registry stops the walk instead of looping.
 */
export function jurisdictionChain(procedure: Pick<Procedure, 'agency'>, catalog: CatalogContext): string[] {
  const agency = catalog.registry.agencies.find((a) => a.id === procedure.agency);
  const chain: string[] = [];
  let current = agency?.jurisdiction;
  while (current !== undefined && !chain.includes(current)) {
    chain.push(current);
    current = catalog.registry.jurisdictions.find((j) => j.id === current)?.parent;
  }
  return chain;
}

/**
 * The policies that could ever apply to `line`: right jurisdiction, covered, not excluded.
 * Date and channel are per filing and checked when quoting. A `covers` that lists neither
 * categories, fee lines nor setBy covers every line (of the listed `kinds`, if any).
 * Procedures are matched by id or by national code.
 */
export function policiesForLine(
  procedure: Pick<Procedure, 'id' | 'code'>,
  line: LineScope,
  chain: readonly string[],
  policies: readonly JurisdictionPolicy[],
): JurisdictionPolicy[] {
  const isThisProcedure = (p: string) => p === procedure.id || p === procedure.code;
  return policies
    .filter((policy) => {
      if (!chain.includes(policy.jurisdiction)) return false;
      const { categories, feeLines, setBy, kinds } = policy.covers;
      const listsSomething = categories !== undefined || feeLines !== undefined || setBy !== undefined;
      const covered =
        !listsSomething ||
        (categories?.includes(line.category) ?? false) ||
        (feeLines?.some((f) => isThisProcedure(f.procedure) && f.line === line.id) ?? false) ||
        (line.setBy !== undefined && (setBy?.includes(line.setBy) ?? false));
      if (!covered || (kinds !== undefined && !kinds.includes(line.kind))) return false;
      const ex = policy.exclusions;
      if (ex === undefined) return true;
      if (ex.categories?.includes(line.category)) return false;
      if (ex.appraisal === true && line.appraisal === true) return false;
      if (ex.procedures?.some(isThisProcedure)) return false;
      return true;
    })
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
