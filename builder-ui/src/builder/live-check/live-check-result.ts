import type { Procedure } from '../../../../functions/core/types';
import type { DefinitionReport } from '../../../../functions/use-cases/admin/check-definition';

export interface LiveCheckRequest {
  seq: number;
  definition: Procedure;
}

export interface LiveCheckResult {
  seq: number;
  report: DefinitionReport;
  /** Why compiling failed (the preview shows it), or null. */
  compileError: { vi: string; en: string } | null;
}

/** A compile error's bilingual message (ProcedureCompileError has one; anything else, its text). */
export function compileFailure(error: unknown): { vi: string; en: string } {
  if (error && typeof error === 'object' && 'messages' in error)
    return (error as { messages: { vi: string; en: string } }).messages;
  const text = String(error instanceof Error ? error.message : error);
  return { vi: text, en: text };
}
