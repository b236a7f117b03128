/**
 * JSON Schema 2020-12 as the format says (issue 10, item 2): `if` declares nothing under
 * `unevaluatedProperties: false`, whether it passes or fails; draft-07 keywords are refused once
 * each, naming their 2020-12 replacement, by the same check the CLI and the admin API run.
 */
import { describe, expect, it } from 'vitest';
import { checkProcedureDraft } from '../../functions/core/catalog-checks';
import { compileForm } from '../../functions/core/compile/compile-form';
import type { JurisdictionPolicy, Procedure, Registry } from '../../functions/core/types';
import { basePolicies, baseProcedure, baseRegistry } from '../fixtures/catalog/base';
import { edited } from '../fixtures/catalog/cases';

/** `ghiChu` is named only inside the `if`; `lyDo` only in `then`. */
const schema = JSON.parse(`{
  "type": "object",
  "properties": { "uyQuyen": { "type": "boolean" } },
  "required": ["uyQuyen"],
  "if": { "properties": { "uyQuyen": { "const": true }, "ghiChu": { "type": "string" } }, "required": ["uyQuyen"] },
  "then": { "properties": { "lyDo": { "type": "string" } } }
}`) as object;

const verdict = (answers: Record<string, unknown>) => {
  const { validateAnswers } = compileForm(schema);
  const valid = validateAnswers.call({ date: '2026-12-02' }, answers);
  return { valid, unknown: (validateAnswers.errors ?? []).map((e) => e.params.unevaluatedProperty) };
};

describe('`if` declares nothing under unevaluatedProperties: false', () => {
  it('refuses a property named only in the `if`, when the `if` passes and when it fails', () => {
    expect(verdict({ uyQuyen: true, ghiChu: 'x' })).toEqual({ valid: false, unknown: ['ghiChu'] });
    expect(verdict({ uyQuyen: false, ghiChu: 'x' })).toEqual({ valid: false, unknown: ['ghiChu'] });
  });

  it('still lets `then` declare its property only when the `if` passes', () => {
    expect(verdict({ uyQuyen: true, lyDo: 'ốm' })).toEqual({ valid: true, unknown: [] });
    expect(verdict({ uyQuyen: false, lyDo: 'ốm' })).toEqual({ valid: false, unknown: ['lyDo'] });
    expect(verdict({ uyQuyen: false })).toEqual({ valid: true, unknown: [] });
  });
});

describe('draft-07 keywords in a procedure draft', () => {
  const ctx = {
    registry: baseRegistry as unknown as Registry,
    policies: basePolicies.policies.map((p) => ({
      ...p,
      jurisdiction: basePolicies.jurisdiction,
    })) as JurisdictionPolicy[],
  };
  const draftWith = (path: string, value: unknown) =>
    checkProcedureDraft(edited(baseProcedure, [[path, value]]) as unknown as Procedure, ctx);

  it.each([
    [
      '/form/schema/dependencies',
      { soBanSao: ['nguoiDangKy'] },
      '/form/schema/dependencies',
      'dependentSchemas',
    ],
    ['/form/schema/definitions', { ten: { type: 'string' } }, '/form/schema/definitions', '$defs'],
    [
      '/form/schema/properties/toaDo',
      { type: 'array', items: [{ type: 'number' }, { type: 'number' }, { type: 'number' }] },
      '/form/schema/properties/toaDo/items',
      'prefixItems',
    ],
  ])('%s: one problem, naming the replacement', (path, value, pointer, replacement) => {
    const { ok, problems } = draftWith(path, value);
    expect(ok).toBe(false);
    const errors = problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => [p.code, p.pointer])).toEqual([['schema.draft07', pointer]]);
    expect(errors[0]!.message.en).toContain(replacement);
    expect(errors[0]!.message.vi).toContain(replacement);
  });

  it('reads a property named "dependencies" as a field, not a keyword', () => {
    const { problems } = draftWith('/form/schema/properties/dependencies', { type: 'string' });
    expect(problems.filter((p) => p.code === 'schema.draft07')).toEqual([]);
  });
});
