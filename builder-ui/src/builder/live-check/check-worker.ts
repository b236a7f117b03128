/**
 * The editor's live check, off the main thread: the full checker and the test cases recompile
 * the whole procedure (Ajv code generation for every schema), close to a second on a 100-field
 * form, which would otherwise freeze typing and the preview after each keystroke.
 */
import { compileProcedure } from '../../../../functions/core/index';
import type { Procedure } from '../../../../functions/core/types';
import { checkDefinition } from '../../../../functions/use-cases/admin/check-definition';
import { catalogContext } from '../../catalog-context';
import { compileFailure, type LiveCheckRequest, type LiveCheckResult } from './live-check-result';

/** The same answer on either thread: the report, and why the form cannot be generated, if so. */
export function runLiveCheck(definition: Procedure): Omit<LiveCheckResult, 'seq'> {
  const report = checkDefinition(catalogContext, definition);
  try {
    compileProcedure(definition, catalogContext);
    return { report, compileError: null };
  } catch (error) {
    return { report, compileError: compileFailure(error) };
  }
}

// Only in a worker scope (the module is also imported on the main thread as the fallback).
if (typeof window === 'undefined' && typeof self !== 'undefined') {
  self.onmessage = (event: MessageEvent<LiveCheckRequest>) => {
    const { seq, definition } = event.data;
    const result: LiveCheckResult = { seq, ...runLiveCheck(definition) };
    self.postMessage(result);
  };
}
