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
 * Format problems, then the problems of every semantic layer that can run: on a malformed draft
 * the layers reading a malformed member are skipped and every other one runs, so one answer
 * names all mistakes (a format error and an agency typo together). `wellFormed` is true when the
 * format had no error, that is when every layer ran.
 *
 * @example const { wellFormed, problems } = checkProcedureLayers(json, { registry, policies });
 */
export function checkProcedureLayers(
  draft: unknown,
  ctx: CatalogContext,
): { wellFormed: boolean; problems: CatalogProblem[] } {
  const format = validateFormat('procedure', draft);
  if (!format.some((p) => p.severity === 'error'))
    return { wellFormed: true, problems: [...format, ...checkProcedure(draft as Procedure, ctx)] };
  const broken = brokenMembers(draft, format);
  const semantic = broken ? checkProcedure(draft as Procedure, ctx, 0, broken) : [];
  return { wellFormed: false, problems: [...format, ...semantic] };
}

/**
 * @example
 *   const { ok, problems, tests } = checkProcedureDraft(await c.req.json(), { registry, policies });
 */
export function checkProcedureDraft(draft: unknown, ctx: CatalogContext): DraftCheck {
  const { wellFormed, problems } = checkProcedureLayers(draft, ctx);
  if (!wellFormed || problems.some((p) => p.severity === 'error')) return { ok: false, problems };
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
