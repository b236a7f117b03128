/** "Lưu thành ca kiểm thử": a case saved from the preview passes, and pins "no policy" down. */
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../functions/catalog/load-catalog';
import { compileProcedure, runTestCase } from '../../functions/core/index';
import { testCaseFromPreview } from '../../functions/core/testing/test-case-from-result';
import type { Procedure } from '../../functions/core/types';

async function thuongTru() {
  const catalog = await loadCatalog();
  const procedure = catalog.procedures.find((p) => p.id === 'dang-ky-thuong-tru') as Procedure;
  const ctx = { registry: catalog.registry!, policies: catalog.policies };
  return { procedure, ctx, compiled: compileProcedure(procedure, ctx) };
}

describe('testCaseFromPreview', () => {
  it('fills the expectations from the current result, and the saved case passes', async () => {
    const { procedure, compiled } = await thuongTru();
    const first = procedure.tests[0]!;
    const saved = testCaseFromPreview(compiled, {
      name: 'Từ xem trước',
      channel: first.channel,
      date: first.date,
      answers: first.answers as Record<string, unknown>,
      citizen: first.citizen,
    });
    expect(saved.expect.valid).toBe(true);
    expect(saved.expect.feeTotal).toBe(0);
    expect(saved.expect.policies).toEqual(['hn-77-2025-ho-tro-phi-bo-tai-chinh']);
    expect(saved.expect.documentsReused?.sort()).toEqual([
      'giay-to-cho-o-hop-phap',
      'thong-tin-cu-tru-hien-tai',
    ]);
    expect(runTestCase(compiled, saved).passed).toBe(true);
  });

  it('records an invalid preview as an expected failure with its error codes', async () => {
    const { compiled } = await thuongTru();
    const saved = testCaseFromPreview(compiled, {
      name: 'Trống',
      channel: 'online',
      date: '2026-11-22',
      answers: {},
    });
    expect(saved.expect.valid).toBe(false);
    expect(saved.expect.errors?.length).toBeGreaterThan(0);
    expect(runTestCase(compiled, saved).passed).toBe(true);
  });

  it('treats an empty policy list as "none applies" and fails when one does', async () => {
    const { procedure, compiled } = await thuongTru();
    const first = procedure.tests[0]!;
    const outcome = runTestCase(compiled, { ...first, expect: { ...first.expect, policies: [] } });
    expect(outcome.passed).toBe(false);
    expect(outcome.failures[0]?.vi).toContain('không có chính sách được áp dụng nào');
  });
});
