/**
 * The bridge between admin use cases and the catalog checker/core: the same pure checks the CLI
 * (`npm run catalog -- check`) and the builder run, so an officer gets the same answer everywhere.
 */
import { type CatalogProblem, checkProcedureLayers } from '../../core/catalog-checks/index';
import { compileProcedure, ProcedureCompileError, runTestCase } from '../../core/index';
import type { CatalogContext, CoreError, Procedure } from '../../core/types';
import { ValidationFailedError } from '../../errors';

/**
 * 422 `validation.failed` unless `value` is a well-formed procedure. The errors list the format
 * problems and, in the same answer, the errors of every semantic layer that can run on the
 * well-formed members (an agency typo beside a malformed fee), like `catalog check`. A
 * well-formed draft with semantic errors is saved: "validate" reports them and "submit" requires
 * them fixed.
 */
export function assertFormat(value: unknown, catalog: CatalogContext): Procedure {
  const { wellFormed, problems } = checkProcedureLayers(value, catalog);
  if (!wellFormed) {
    throw new ValidationFailedError(problems.filter((p) => p.severity === 'error').map(toCoreError), {
      vi: 'Định nghĩa thủ tục không đúng định dạng.',
      en: 'The procedure definition does not follow the format.',
    });
  }
  return value as Procedure;
}

/** A checker problem in the core's error shape (pointer → path). */
export function toCoreError(problem: CatalogProblem): CoreError {
  return { path: problem.pointer, code: problem.code, message: problem.message };
}

export interface ProblemReport extends CoreError {
  severity: 'error' | 'warning';
}

export interface TestReport {
  name: string;
  passed: boolean;
  /** What differed from the expectation, in words (vi + en). */
  failures: CoreError[];
}

export interface DefinitionReport {
  valid: boolean;
  problems: ProblemReport[];
  tests: TestReport[];
  /** Every error (problems and failed tests) in one list, for a 422 response. */
  errors: CoreError[];
}

/**
 * Format, then semantic checks against the registry and policies (every layer that can run,
 * even on a malformed definition), then the embedded test cases when nothing is in error.
 */
export function checkDefinition(catalog: CatalogContext, definition: unknown): DefinitionReport {
  const layered = checkProcedureLayers(definition, catalog);
  const problems: ProblemReport[] = layered.problems.map(toProblemReport);
  let tests: TestReport[] = [];
  if (layered.wellFormed && !problems.some((p) => p.severity === 'error'))
    tests = runTests(definition as Procedure, catalog);
  const errors: CoreError[] = [
    ...problems.filter((p) => p.severity === 'error').map(({ severity: _s, ...e }) => e),
    ...tests.flatMap((t, i) =>
      t.passed ? [] : t.failures.map((f) => ({ ...f, path: `/tests/${i}${f.path}` })),
    ),
  ];
  return { valid: errors.length === 0, problems, tests, errors };
}

function toProblemReport(problem: CatalogProblem): ProblemReport {
  return { severity: problem.severity, ...toCoreError(problem) };
}

/** Runs each embedded test case through the core; a procedure that does not compile fails them all. */
function runTests(procedure: Procedure, catalog: CatalogContext): TestReport[] {
  let compiled: ReturnType<typeof compileProcedure>;
  try {
    compiled = compileProcedure(procedure, catalog);
  } catch (err) {
    if (!(err instanceof ProcedureCompileError)) throw err;
    const failure = { path: err.where, code: 'procedure.compile', message: err.messages };
    return procedure.tests.map((t) => ({ name: t.name, passed: false, failures: [failure] }));
  }
  return procedure.tests.map((testCase) => {
    const outcome = runTestCase(compiled, testCase);
    return {
      name: testCase.name,
      passed: outcome.passed,
      failures: outcome.failures.map((message) => ({ path: '', code: 'test.failed', message })),
    };
  });
}
