import { describe, expect, it } from 'vitest';
import { compileProcedure, ProcedureCompileError } from '../../functions/core/index';
import { catalog } from './fixtures/catalog';
import { procedure } from './fixtures/permit-procedure';

describe('compileProcedure', () => {
  it('compiles a published version once: the same objects give the same compiled procedure', () => {
    const a = compileProcedure(procedure, catalog);
    expect(compileProcedure(procedure, catalog)).toBe(a);
    expect(a.validateAnswers).toBe(compileProcedure(procedure, catalog).validateAnswers);
    // Another catalog context (other policies) is another compilation.
    expect(compileProcedure(procedure, { ...catalog, policies: [] })).not.toBe(a);
  });

  it('keeps only the policies of the agency’s jurisdiction and its ancestors', () => {
    const c = compileProcedure(procedure, catalog);
    const ids = [...c.channelLines.values()].flat().flatMap((l) => l.policies.map((p) => p.id));
    expect(new Set(ids)).toEqual(new Set(['tinh-b-2024-0d', 'tinh-b-2026-0d', 'vn-50']));
    expect(c.jurisdiction).toBe('phuong-a');
  });

  it('explains a malformed officer schema instead of failing obscurely', () => {
    const broken = {
      ...procedure,
      form: { schema: { type: 'object', properties: { a: { minimum: 'one' } } } },
    };
    expect(() => compileProcedure(broken, catalog)).toThrow(ProcedureCompileError);
    try {
      compileProcedure(broken, catalog);
    } catch (e) {
      expect((e as ProcedureCompileError).messages.vi).toContain('Lược đồ biểu mẫu');
      expect((e as ProcedureCompileError).where).toBe('/form/schema');
    }
  });

  it('compiles the answers validator on first use when asked (the builder preview), with the same verdicts', () => {
    const copy = structuredClone(procedure);
    const lazy = compileProcedure(copy, catalog, { answers: 'lazy' });
    const eager = compileProcedure(procedure, catalog);
    expect(lazy).not.toBe(eager);
    expect(lazy.form.titles).toEqual(eager.form.titles);
    for (const answers of [{}, { unknownField: 1 }]) {
      expect(lazy.validateAnswers.call({ date: '2026-06-01' }, answers)).toBe(
        eager.validateAnswers.call({ date: '2026-06-01' }, answers),
      );
      expect(lazy.validateAnswers.errors).toEqual(eager.validateAnswers.errors);
    }
    // A schema Ajv refuses is then reported on first validation, not while the preview renders.
    const broken = {
      ...procedure,
      form: { schema: { type: 'object', properties: { a: { minimum: 'one' } } } },
    };
    const deferred = compileProcedure(broken, catalog, { answers: 'lazy' });
    expect(() => deferred.validateAnswers.call({ date: '2026-06-01' }, {})).toThrow(ProcedureCompileError);
    // An eager compile of the same object still refuses it at once.
    expect(() => compileProcedure(broken, catalog)).toThrow(ProcedureCompileError);
  });
});
