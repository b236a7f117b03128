/**
 * The domain core's public API: pure TypeScript, one code for the Lambda functions, the local
 * server, the CLI and the browser. Compile a published procedure version once, then generate
 * forms, quote fees, resolve reuse and validate submissions against the compiled object.
 *
 * @example
 * const compiled = compileProcedure(procedure, { registry, policies });
 * const form = generateForm(compiled, { channel: 'online', date: '2026-03-01', citizen });
 * const result = validateSubmission(compiled, { answers, channel: 'online', documents, date: '2026-03-01' });
 */
export {
  answerBounds,
  type BoundsViolation,
  boundsMessage,
  checkJsonBounds,
  definitionBounds,
  type JsonBounds,
  requestBounds,
} from './bounds/json-bounds';
export { compileProcedure } from './compile/compile-procedure';
export type { CompiledProcedure } from './compile/compiled-procedure';
export { ProcedureCompileError } from './compile/conditions';
export { dayNumber, isCalendarDate } from './dates';
export { quoteFees } from './fees/quote-fees';
export { generateForm } from './form/generate-form';
export type { TestCase } from './format/generated/procedure';
export { createFormAjv } from './formats/create-ajv';
export { registerNotFuture } from './formats/not-future';
export { registerFormats, vnFormats } from './formats/register-formats';
export { isLegacyId, isMobile, isPersonalId, isTaxCode, personalIdFacts } from './formats/vn-identifiers';
export { codeForKeyword } from './messages/error-codes';
export { localizeAjvError } from './messages/localize-ajv-error';
export { resolveReuse } from './reuse/resolve-reuse';
export { runTestCase, type TestCaseOutcome } from './testing/run-test-case';
export * from './types';
export { validateSubmission } from './validate/validate-submission';
