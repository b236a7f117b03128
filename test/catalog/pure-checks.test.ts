/**
 * The pure checks as the builder UI and the admin API call them: on objects, without files.
 */
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import {
  checkProcedure,
  checkProcedureDraft,
  hasErrors,
  validateFormat,
} from '../../functions/core/catalog-checks';
import { runProcedureTests } from '../../functions/core/catalog-checks/run-tests';
import type { JurisdictionPolicy, Procedure, Registry } from '../../functions/core/types';
import { basePolicies, baseProcedure, baseRegistry } from '../fixtures/catalog/base';
import { edited } from '../fixtures/catalog/cases';

const registry = baseRegistry as Registry;
const policies = basePolicies.policies.map((p) => ({
  ...p,
  jurisdiction: basePolicies.jurisdiction,
})) as JurisdictionPolicy[];
const ctx = { registry, policies };

describe('validateFormat', () => {
  it('accepts the valid fixtures', () => {
    expect(validateFormat('procedure', baseProcedure)).toEqual([]);
    expect(validateFormat('policy', basePolicies)).toEqual([]);
    expect(validateFormat('registry', baseRegistry)).toEqual([]);
  });

  it('reports the one real mistake inside a oneOf/anyOf, not every branch', () => {
    const badDate = validateFormat(
      'policy',
      edited(basePolicies, [['/policies/0/effectiveTo', '2025-13-01']]),
    );
    expect(badDate.map((p) => `${p.code} ${p.pointer}`)).toEqual(['format.pattern /policies/0/effectiveTo']);
    expect(badDate[0]!.message.vi).toBe(
      'Phải là một ngày có thật, viết YYYY-MM-DD (ví dụ 2027-03-31); trong trình soạn gõ dd/mm/yyyy',
    );
    const number = validateFormat('policy', edited(basePolicies, [['/policies/0/effectiveTo', 20251231]]));
    expect(number.map((p) => `${p.code} ${p.pointer}`)).toEqual(['format.type /policies/0/effectiveTo']);
    expect(number[0]!.message).toEqual({
      vi: 'Phải là chuỗi ký tự hoặc null',
      en: 'Must be a string or null',
    });
    const percent = validateFormat(
      'policy',
      edited(basePolicies, [['/policies/0/effect', { type: 'percent-off' }]]),
    );
    expect(percent.map((p) => `${p.code} ${p.pointer}`)).toEqual(['format.required /policies/0/effect']);
    expect(percent[0]!.message.vi).toContain('«percent»');
  });

  it('refuses a day that does not exist, in the same words as a badly written date', () => {
    const at = (date: string) =>
      validateFormat('policy', edited(basePolicies, [['/policies/0/effectiveTo', date]]));
    const feb31 = at('2027-02-31');
    expect(feb31.map((p) => `${p.code} ${p.pointer}`)).toEqual(['format.format /policies/0/effectiveTo']);
    expect(feb31[0]!.message.en).toContain('Must be a real calendar day');
    expect(at('2027-02-29').map((p) => p.code)).toEqual(['format.format']);
    expect(at('2028-02-29')).toEqual([]);
    // typed as on paper, the date is named too, not shown as a regular expression
    expect(at('31/03/2027')[0]!.message.vi).toContain('YYYY-MM-DD');
  });

  it('names a wrongly written id in words, not as a regular expression', () => {
    const problems = validateFormat('policy', edited(basePolicies, [['/policies/0/id', 'Ho Tich']]));
    expect(problems.map((p) => p.message.vi)).toEqual([
      'Chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang giữa các từ (ví dụ ho-tich)',
    ]);
  });

  it('says which property is misspelt, in Vietnamese first', () => {
    const problems = validateFormat(
      'procedure',
      edited(baseProcedure, [['/documentCases/0/documents/0/orginals', 1]]),
    );
    expect(problems).toEqual([
      {
        severity: 'error',
        code: 'format.additionalProperties',
        subject: { kind: 'document' },
        pointer: '/documentCases/0/documents/0/orginals',
        message: {
          vi: 'Thuộc tính «orginals» không có trong định dạng (gõ sai tên?)',
          en: 'Property "orginals" is not part of the format (misspelt?)',
        },
      },
    ]);
  });
});

describe('checkProcedure on a draft', () => {
  it('finds nothing wrong with the valid procedure, and its test cases pass through the core', () => {
    expect(checkProcedure(baseProcedure as Procedure, ctx)).toEqual([]);
    const run = runProcedureTests(baseProcedure as Procedure, ctx);
    expect(run.ok && run.results.map((r) => r.passed)).toEqual([true, true, true]);
  });

  it('reports several mistakes at once, each with its pointer', () => {
    const draft = edited(baseProcedure, [
      ['/agency', 'ubnd-phuong-b'],
      ['/form/prefill/1/target', '/nguoiDangKy/cccd'],
      ['/steps/1/onSiteCheck', true],
    ]) as Procedure;
    const problems = checkProcedure(draft, ctx);
    expect(problems.map((p) => `${p.code} ${p.pointer}`)).toEqual([
      'agency.unknown /agency',
      'prefill.target.unknown /form/prefill/1/target',
      'online.full.on-site-check /steps/1/onSiteCheck',
    ]);
    expect(hasErrors(problems)).toBe(true);
  });

  it('finds prefill targets inside if/then branches, and behind keywords it refuses ($defs, map-like objects)', () => {
    const draft = edited(baseProcedure, [
      ['/form/schema/$defs', { diaChi: { type: 'object', properties: { tinh: { type: 'string' } } } }],
      ['/form/schema/if', { properties: { soBanSao: { minimum: 1 } }, required: ['soBanSao'] }],
      ['/form/schema/then', { properties: { noiNhan: { $ref: '#/$defs/diaChi' } } }],
      ['/form/prefill/-', { target: '/noiNhan/tinh', source: 'population', attribute: 'fullName' }],
      ['/form/schema/properties/ghiChu', { type: 'object', additionalProperties: { type: 'string' } }],
      ['/form/prefill/-', { target: '/ghiChu/hoTen', source: 'population', attribute: 'fullName' }],
    ]) as Procedure;
    // Outside the citizen-form profile, refused once each; the targets behind them are not reported too.
    expect(checkProcedure(draft, ctx).map((p) => `${p.code} ${p.pointer}`)).toEqual([
      'schema.profile /form/schema/$defs',
      'schema.profile /form/schema/properties/ghiChu/additionalProperties',
      'schema.profile /form/schema/then/properties/noiNhan/$ref',
    ]);
  });

  it('does not count a name that an if only tests as a field of the form', () => {
    const draft = edited(baseProcedure, [
      ['/fees/1/amount/units/from', '/soBan'],
      ['/form/schema/if', { properties: { soBan: { minimum: 1 } }, required: ['soBan'] }],
      ['/form/schema/then', { properties: { noiNhan: { type: 'string' } } }],
    ]) as Procedure;
    expect(checkProcedure(draft, ctx).map((p) => `${p.code} ${p.pointer}`)).toContain(
      'fee.units.unknown /fees/1/amount/units/from',
    );
  });

  it('reports a test case whose procedure does not compile instead of throwing', () => {
    const draft = edited(baseProcedure, [['/fees/0/when', { type: 'khong-phai-kieu' }]]) as Procedure;
    const run = runProcedureTests(draft, ctx);
    expect(run.ok).toBe(false);
    expect(checkProcedure(draft, ctx).map((p) => p.code)).toContain('condition.invalid');
  });
});

describe('checkProcedureDraft (admin "validate a draft")', () => {
  it('stops at the format for something that is not a procedure', () => {
    const check = checkProcedureDraft([{ id: 'x' }], ctx);
    expect(check.ok).toBe(false);
    expect(check.problems.map((p) => `${p.code} ${p.pointer}`)).toEqual(['format.type ']);
    expect(check.tests).toBeUndefined();
  });

  it('passes a sound draft with its test results, and fails one whose test case disagrees with the core', () => {
    const sound = checkProcedureDraft(structuredClone(baseProcedure), ctx);
    expect(sound).toMatchObject({ ok: true, problems: [] });
    expect(sound.tests?.map((t) => t.passed)).toEqual([true, true, true]);
    const wrong = checkProcedureDraft(edited(baseProcedure, [['/tests/1/expect/feeTotal', 8000]]), ctx);
    expect(wrong.ok).toBe(false);
    expect(wrong.tests?.map((t) => t.passed)).toEqual([true, false, true]);
    expect(wrong.tests?.[1]?.failures.map((f) => f.en).join(' ')).toContain('8000');
  });
});

describe('the pure checks in the browser', () => {
  it('bundle for the browser with no Node built-ins', async () => {
    const result = await build({
      entryPoints: ['functions/core/catalog-checks/index.ts', 'functions/core/catalog-checks/run-tests.ts'],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      outdir: 'out',
      logLevel: 'silent',
    });
    expect(result.errors).toEqual([]);
    expect(result.outputFiles.map((f) => f.text).join('')).not.toMatch(/from ["']node:/);
  });
});
