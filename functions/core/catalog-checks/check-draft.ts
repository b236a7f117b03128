/**
 * Everything `catalog check` does to one procedure, for a draft that is not a file: the admin
 * API's "validate a draft" and the builder's live checks. Pointers are into the draft.
 */
import type { CatalogContext, Procedure } from '../types';
import { brokenMembers } from './broken-members';
import { checkProcedure } from './check-procedure';
import { validateFormat } from './format';
import type { CatalogProblem } from './problem';
import { runProcedureTests, type TestResult } from './run-tests';

export interface DraftCheck {
  /** No errors and every test case passed (warnings allowed). */
  ok: boolean;
  problems: CatalogProblem[];
  /** Absent when the draft has errors: test cases only run on a sound procedure. */
  tests?: TestResult[];
}

/**
 * @example
 *   const { ok, problems, tests } = checkProcedureDraft(await c.req.json(), { registry, policies });
 */
export function checkProcedureDraft(draft: unknown, ctx: CatalogContext): DraftCheck {
  const format = validateFormat('procedure', draft);
  if (format.length > 0) {
    // Every layer that does not read a malformed member still runs: all mistakes in one answer.
    const broken = brokenMembers(draft, format);
    const semantic = broken ? checkProcedure(draft as Procedure, ctx, 0, broken) : [];
    return { ok: false, problems: [...format, ...semantic] };
  }
  const problems = checkProcedure(draft as Procedure, ctx);
  if (problems.some((p) => p.severity === 'error')) return { ok: false, problems };
  const run = runProcedureTests(draft as Procedure, ctx);
  if (!run.ok) {
    return {
      ok: false,
      problems: [
        ...problems,
        {
          severity: 'error',
          code: 'procedure.compile',
          subject: { kind: 'procedure', index: 0 },
          pointer: '',
          message: run.error,
        },
      ],
    };
  }
  return { ok: run.results.every((r) => r.passed), problems, tests: run.results };
}
