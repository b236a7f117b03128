/** All semantic checks of one procedure (the per-file part of checkCatalog), as layers. */
import type { CatalogContext, Procedure } from '../types';
import { checkOnlineCompliance } from './check-online-compliance';
import { checkProcedureForm } from './check-procedure-form';
import { checkProcedureReferences } from './check-procedure-references';
import { checkRegistryRefs } from './check-registry-refs';
import { checkTestReferences } from './check-test-references';
import { type CatalogProblem, problemsFor } from './problem';
import { type RegistryIndex, registryIndexOf } from './registry-index';

type Report = ReturnType<typeof problemsFor>;

interface Layer {
  /** The top-level members of the procedure the layer reads: it runs only when they are well-formed. */
  reads: readonly (keyof Procedure)[];
  run: (p: Procedure, ctx: CatalogContext, index: RegistryIndex, report: Report) => void;
}

const layers: readonly Layer[] = [
  { reads: ['field', 'level', 'agency'], run: (p, _ctx, index, r) => checkRegistryRefs(p, index, r) },
  {
    reads: ['channels', 'fees', 'documentCases', 'form'],
    run: (p, _ctx, index, r) => checkProcedureReferences(p, index, r),
  },
  {
    reads: ['form', 'derived', 'fees', 'documentCases'],
    run: (p, _ctx, _index, r) => checkProcedureForm(p, r),
  },
  {
    reads: ['onlineLevel', 'channels', 'steps', 'documentCases', 'result'],
    run: (p, _ctx, _index, r) => checkOnlineCompliance(p, r),
  },
  {
    reads: ['tests', 'fees', 'documentCases'],
    run: (p, ctx, _index, r) => checkTestReferences(p, ctx.policies, r),
  },
];

/**
 * Checks one procedure against the registry and policies (pointers relative to the procedure;
 * subject index = `index`). Does not run the embedded test cases: see runProcedureTests.
 * `broken` names top-level members that failed format validation: the layers reading them are
 * skipped and every other layer still runs, so one pass reports an agency typo together with a
 * format error elsewhere.
 */
export function checkProcedure(
  procedure: Procedure,
  ctx: CatalogContext,
  index = 0,
  broken: ReadonlySet<string> = new Set(),
): CatalogProblem[] {
  const report = problemsFor({ kind: 'procedure', index });
  const registry = registryIndexOf(ctx.registry);
  for (const layer of layers) {
    if (layer.reads.some((key) => broken.has(key))) continue;
    layer.run(procedure, ctx, registry, report);
  }
  return report.found;
}
