import { describe, expect, it } from 'vitest';
import { compileProcedure, runTestCase, type TestCase } from '../../functions/core/index';
import { catalog } from './fixtures/catalog';
import { citizen, procedure, validAnswers } from './fixtures/permit-procedure';

const compiled = compileProcedure(procedure, catalog);
const base: TestCase = {
  name: 'online',
  channel: 'online',
  date: '2026-02-01',
  answers: validAnswers,
  citizen,
  expect: { valid: true },
};

describe('runTestCase', () => {
  it('passes when every stated expectation holds', () => {
    const outcome = runTestCase(compiled, {
      ...base,
      expect: {
        valid: true,
        feeTotal: 33_000,
        feeLines: [
          { id: 'le-phi', amount: 0 },
          { id: 'phi-ban-sao', amount: 8_000 },
        ],
        policies: ['tinh-b-2026-0d', 'vn-50'],
        exemptions: ['dung-han'],
        documentsRequired: [],
        documentsReused: ['giay-chung-sinh', 'can-cuoc', 'xac-nhan-cu-tru'],
      },
    });
    expect(outcome.failures).toEqual([]);
    expect(outcome.passed).toBe(true);
  });

  it('reports each expectation that does not hold, in both languages', () => {
    const outcome = runTestCase(compiled, {
      ...base,
      expect: {
        valid: false,
        errors: [{ code: 'answers.required', path: '/soBanSao' }],
        feeTotal: 1,
        feeLines: [{ id: 'le-phi', amount: 50_000 }],
        policies: ['tinh-c-0d'],
        exemptions: ['ho-ngheo'],
        documentsRequired: ['giay-chung-sinh'],
        documentsReused: [],
      },
    });
    expect(outcome.passed).toBe(false);
    expect(outcome.failures).toHaveLength(8);
    for (const f of outcome.failures) expect(f.vi).not.toBe(f.en);
  });

  it('reads `policies` and `exemptions` as the exact set: [] means none applies', () => {
    const exact = (policies: string[], exemptions: string[]) =>
      runTestCase(compiled, { ...base, expect: { valid: true, policies, exemptions } });
    // Two policies and one exemption apply here: [] or a subset is a failure, naming what applied.
    const none = exact([], []);
    expect(none.passed).toBe(false);
    expect(none.failures.map((f) => f.en)).toEqual([
      'Expected no policies applied, got: tinh-b-2026-0d, vn-50.',
      'Expected no exemptions applied, got: dung-han.',
    ]);
    expect(exact(['vn-50'], ['dung-han']).passed).toBe(false);
    expect(exact(['vn-50', 'tinh-b-2026-0d'], ['dung-han']).passed).toBe(true);
  });

  it('keeps "includes" as `policiesInclude` / `exemptionsInclude`', () => {
    const include = (policiesInclude: string[], exemptionsInclude: string[]) =>
      runTestCase(compiled, { ...base, expect: { valid: true, policiesInclude, exemptionsInclude } });
    expect(include(['vn-50'], []).passed).toBe(true);
    expect(include([], ['dung-han']).passed).toBe(true);
    const missing = include(['tinh-c-0d'], ['ho-ngheo']);
    expect(missing.failures.map((f) => f.en)).toEqual([
      'Policy «tinh-c-0d» was not applied.',
      'Exemption «ho-ngheo» was not applied.',
    ]);
  });

  it('matches expected error paths with or without the /answers prefix', () => {
    const tc = (path: string): TestCase => ({
      ...base,
      answers: { ...validAnswers, soBanSao: undefined },
      expect: { valid: false, errors: [{ code: 'answers.required', path }] },
    });
    expect(runTestCase(compiled, tc('/soBanSao')).passed).toBe(true);
    expect(runTestCase(compiled, tc('/answers/soBanSao')).passed).toBe(true);
    expect(runTestCase(compiled, tc('/hinhThuc')).passed).toBe(false);
  });
});
