/**
 * Semantic checks of the catalog (issue 2), pure so the builder UI checks drafts live with the
 * same rules the CLI and the admin API apply. Run validateFormat first: these checks assume
 * well-formed input.
 *
 * @example
 *   const problems = [...validateFormat('procedure', json)];
 *   if (problems.length === 0) problems.push(...checkProcedure(json as Procedure, { registry, policies }));
 */
import type { CatalogContext, JurisdictionPolicy, Procedure, Registry } from '../types';
import { checkOnlineCompliance } from './check-online-compliance';
import { checkPolicies } from './check-policies';
import { checkProcedureForm } from './check-procedure-form';
import { checkProcedureReferences } from './check-procedure-references';
import { checkRegistry } from './check-registry';
import { checkTestReferences } from './check-test-references';
import { checkUniqueness } from './check-uniqueness';
import { type CatalogProblem, problemsFor } from './problem';
import { registryIndexOf } from './registry-index';

export { type CatalogFileKind, catalogFileKinds, formatSchema, validateFormat } from './format';
export { parsePointer, pointer } from './pointer';
export type { CatalogProblem, CatalogSubject, Severity } from './problem';

export interface CatalogInput {
  registry: Registry;
  policies: JurisdictionPolicy[];
  procedures: Procedure[];
}

/**
 * Checks one procedure against the registry and policies (pointers relative to the procedure;
 * subject index = `index`). Does not run the embedded test cases: see runProcedureTests.
 */
export function checkProcedure(procedure: Procedure, ctx: CatalogContext, index = 0): CatalogProblem[] {
  const report = problemsFor({ kind: 'procedure', index });
  checkProcedureReferences(procedure, registryIndexOf(ctx.registry), report);
  checkProcedureForm(procedure, report);
  checkOnlineCompliance(procedure, report);
  checkTestReferences(procedure, ctx.policies, report);
  return report.found;
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
