/**
 * "Lưu thành ca kiểm thử": turns what the builder's preview holds (channel, date, demo citizen,
 * answers) into an embedded test case whose expectations are what the core computes now. The officer
 * then edits the expectations that should differ; running the case later catches regressions.
 */
import type { CompiledProcedure } from '../compile/compiled-procedure';
import type { TestCase } from '../format/generated/procedure';
import type { Channel, CitizenData, ValidationResult } from '../types';
import { validateSubmission } from '../validate/validate-submission';

export interface PreviewState {
  name: string;
  channel: Channel;
  date: string;
  answers: Record<string, unknown>;
  citizen?: CitizenData;
}

/** The expectations of a test case as read from one validation result. */
export function expectationsOf(result: ValidationResult): TestCase['expect'] {
  const lines = result.fees?.lines ?? [];
  return {
    valid: result.valid,
    ...(result.valid ? {} : { errors: result.errors.map((e) => ({ path: e.path, code: e.code })) }),
    feeTotal: result.fees?.total ?? 0,
    feeLines: lines.map((l) => ({ id: l.id, amount: l.amount })),
    // An empty list is kept on purpose: it states "no policy applies" (see runTestCase).
    policies: unique(lines.flatMap((l) => l.policies.map((p) => p.id))),
    exemptions: unique(lines.flatMap((l) => l.exemptions.map((x) => x.id))),
    documentsRequired: result.documents.filter((d) => d.status === 'upload' && d.required).map((d) => d.id),
    documentsReused: result.documents
      .filter((d) => d.status === 'reused' || d.status === 'fetch-by-agency')
      .map((d) => d.id),
  };
}

/**
 * A test case for `state` whose expectations are the current result.
 *
 * @example testCaseFromPreview(compiled, { name: 'Trực tuyến', channel: 'online', date: '2026-12-01', answers: {} })
 */
export function testCaseFromPreview(compiled: CompiledProcedure, state: PreviewState): TestCase {
  const result = validateSubmission(compiled, {
    answers: state.answers,
    channel: state.channel,
    documents: [],
    citizen: state.citizen,
    date: state.date,
  });
  return {
    name: state.name,
    channel: state.channel,
    date: state.date,
    answers: state.answers,
    ...(state.citizen ? { citizen: state.citizen } : {}),
    uploads: [],
    expect: expectationsOf(result),
  };
}

function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}
