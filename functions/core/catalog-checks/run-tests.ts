/**
 * Runs a procedure's embedded test cases through the core's own validation (runTestCase), so a
 * catalog passes `check` only when the engine that serves citizens agrees with its examples.
 */
import { compileProcedure, runTestCase } from '../index';
import type { CatalogContext, Message, Procedure } from '../types';

export interface TestResult {
  /** Index of the test case in `tests`. */
  index: number;
  name: string;
  passed: boolean;
  failures: Message[];
}

export type ProcedureTestRun = { ok: true; results: TestResult[] } | { ok: false; error: Message };

/** Compiles the procedure once and runs every test case; never throws. */
export function runProcedureTests(procedure: Procedure, ctx: CatalogContext): ProcedureTestRun {
  let compiled: ReturnType<typeof compileProcedure>;
  try {
    compiled = compileProcedure(procedure, ctx);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      error: {
        vi: `Không biên dịch được thủ tục để chạy ca kiểm thử: ${why}`,
        en: `The procedure does not compile, so its test cases cannot run: ${why}`,
      },
    };
  }
  const results = procedure.tests.map((testCase, index): TestResult => {
    try {
      const outcome = runTestCase(compiled, testCase);
      return { index, name: testCase.name, passed: outcome.passed, failures: outcome.failures };
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      return {
        index,
        name: testCase.name,
        passed: false,
        failures: [{ vi: `Lỗi khi chạy ca kiểm thử: ${why}`, en: `The test case crashed: ${why}` }],
      };
    }
  });
  return { ok: true, results };
}
