import { describe, expect, it } from 'vitest';
import { compileProcedure, validateSubmission } from '../../functions/core/index';
import { catalog, invalidInput, procedure, validInput } from './bench-procedure';
import { createEngines, disagreements } from './engines';

/** The benchmark compares like with like only while the four definitions check the same rules. */
describe('the benchmark’s engines', () => {
  it('all report no error on the valid submission and the same eight fields on the invalid one', () => {
    expect(disagreements(createEngines())).toEqual([]);
  });

  it('the benchmark submission is a realistic full check: fees, reuse and indicators included', () => {
    const compiled = compileProcedure(procedure, catalog);
    const ok = validateSubmission(compiled, validInput);
    expect(ok.valid).toBe(true);
    expect(ok.fees?.lines.map((l) => [l.id, l.amount, l.policies.map((p) => p.id)])).toEqual([
      ['le-phi', 0, ['ha-noi-0d']],
      ['phi-ban-sao', 8_000, ['vn-50-ban-sao']],
    ]);
    expect(ok.documents.map((d) => [d.id, d.status])).toEqual([
      ['to-khai', 'form'],
      ['anh-the', 'upload'],
      ['can-cuoc', 'reused'],
      ['xac-nhan-cu-tru', 'reused'],
    ]);
    const bad = validateSubmission(compiled, invalidInput);
    expect(bad.errors.filter((e) => e.code === 'prefill.locked').map((e) => e.path)).toEqual([
      '/answers/hoTen',
      '/answers/soDinhDanh',
    ]);
  });
});
