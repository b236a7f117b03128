/**
 * Semantic checks of the catalog (issue 2), pure so the builder UI checks drafts live with the
 * same rules the CLI and the admin API apply. Run validateFormat first: these checks assume
 * well-formed input.
 *
 * @example
 *   const problems = [...validateFormat('procedure', json)];
 *   if (problems.length === 0) problems.push(...checkProcedure(json as Procedure, { registry, policies }));
 */
import type { JurisdictionPolicy, Procedure, Registry } from '../types';
import { checkPolicies } from './check-policies';
import { checkProcedure } from './check-procedure';
import { checkRegistry } from './check-registry';
import { checkUniqueness } from './check-uniqueness';
import type { CatalogProblem } from './problem';
import { registryIndexOf } from './registry-index';

export { brokenMembers } from './broken-members';
export { checkProcedureDraft, checkProcedureLayers, type DraftCheck } from './check-draft';
export { checkPolicies } from './check-policies';
export { checkProcedure } from './check-procedure';
export { checkRegistry } from './check-registry';
export { checkUniqueness } from './check-uniqueness';
export { type CatalogFileKind, catalogFileKinds, formatSchema, validateFormat } from './format';
export {
  type OnlineBlocker,
  type OnlineChecklistItem,
  type OnlineCondition,
  onlineChecklist,
} from './online-checklist';
export { parsePointer, pointer } from './pointer';
export type { CatalogProblem, CatalogSubject, Severity } from './problem';
export { registryIndexOf } from './registry-index';
export { type ProcedureTestRun, runProcedureTests, type TestResult } from './run-tests';

export interface CatalogInput {
  registry: Registry;
  policies: JurisdictionPolicy[];
  procedures: Procedure[];
}

/** Every semantic check of a whole catalog, including the ones across files. */
export function checkCatalog({ registry, policies, procedures }: CatalogInput): CatalogProblem[] {
  const index = registryIndexOf(registry);
  return [
    ...checkRegistry(registry),
    ...checkPolicies(policies, index, procedures),
    ...procedures.flatMap((p, i) => checkProcedure(p, { registry, policies }, i)),
    ...checkUniqueness(procedures),
  ];
}

/** True when some problem is an error (warnings do not fail a check). */
export function hasErrors(problems: CatalogProblem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}
