/** All semantic checks of one procedure (the per-file part of checkCatalog). */
import type { CatalogContext, Procedure } from '../types';
import { checkOnlineCompliance } from './check-online-compliance';
import { checkProcedureForm } from './check-procedure-form';
import { checkProcedureReferences } from './check-procedure-references';
import { checkTestReferences } from './check-test-references';
import { type CatalogProblem, problemsFor } from './problem';
import { registryIndexOf } from './registry-index';

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
