/**
 * The builder's and the admin API's draft check run every layer that can run, like `catalog
 * check` (issue 10, item 6): a format error in the fees does not hide an agency typo, and the
 * layers that read the malformed fees are skipped rather than reporting noise about them.
 */
import { describe, expect, it } from 'vitest';
import { checkProcedureDraft } from '../../functions/core/catalog-checks';
import type { JurisdictionPolicy, Registry } from '../../functions/core/types';
import { basePolicies, baseProcedure, baseRegistry } from '../fixtures/catalog/base';
import { edited } from '../fixtures/catalog/cases';

const ctx = {
  registry: baseRegistry as unknown as Registry,
  policies: basePolicies.policies.map((p) => ({
    ...p,
    jurisdiction: basePolicies.jurisdiction,
  })) as JurisdictionPolicy[],
};

describe('checkProcedureDraft on a malformed draft', () => {
  it('reports the format error and the agency typo together', () => {
    const draft = edited(baseProcedure, [
      ['/fees/0/amount/amount', '8000'],
      ['/agency', 'ubnd-xa-khong-co'],
      ['/channels/0/fees', ['le-phi-khai-sinh', 'khong-co']],
    ]);
    const { ok, problems, tests } = checkProcedureDraft(draft, ctx);
    expect(ok).toBe(false);
    expect(tests).toBeUndefined();
    // The channel's unknown fee line is read with the fees, which are malformed: not judged yet.
    expect(problems.map((p) => [p.code, p.pointer])).toEqual([
      ['format.type', '/fees/0/amount/amount'],
      ['agency.unknown', '/agency'],
    ]);
  });

  it('skips the layer that reads a missing required member (no «undefined» agency)', () => {
    const draft = edited(baseProcedure, [['/agency'], ['/fees/0/amount/amount', '8000']]);
    const codes = checkProcedureDraft(draft, ctx).problems.map((p) => p.code);
    expect(codes).toContain('format.required');
    expect(codes).not.toContain('agency.unknown');
  });
});
