/**
 * The citizen-form profile of JSON Schema 2020-12 (catalogs/README.md): every keyword the designer
 * has no control for is refused by the checker `catalog check` and the admin API run, once at its
 * pointer, in Vietnamese and English, naming what to use instead; what the profile keeps (a
 * labelled choice list, `not` / `anyOf` in conditions, `$schema` naming 2020-12) passes.
 */
import { describe, expect, it } from 'vitest';
import { checkProcedureDraft } from '../../functions/core/catalog-checks';
import { DIALECT, refusedKeywords } from '../../functions/core/catalog-checks/form-profile';
import type { JurisdictionPolicy, Procedure, Registry } from '../../functions/core/types';
import { basePolicies, baseProcedure, baseRegistry } from '../fixtures/catalog/base';
import { edited } from '../fixtures/catalog/cases';

const ctx = {
  registry: baseRegistry as unknown as Registry,
  policies: basePolicies.policies.map((p) => ({
    ...p,
    jurisdiction: basePolicies.jurisdiction,
  })) as JurisdictionPolicy[],
};
type Edit = Parameters<typeof edited>[1][number];
const errorsOf = (...edits: Edit[]) =>
  checkProcedureDraft(edited(baseProcedure, edits) as unknown as Procedure, ctx).problems.filter(
    (p) => p.severity === 'error',
  );

/** A value of each refused keyword as an officer might write it. */
const samples: Record<string, unknown> = {
  $id: 'nguoi.json',
  $anchor: 'nguoi',
  $defs: { ten: { type: 'string' } },
  $ref: '#/properties/soBanSao',
  $dynamicRef: '#nguoi',
  $dynamicAnchor: 'nguoi',
  patternProperties: { '^x': { type: 'string' } },
  propertyNames: { maxLength: 5 },
  additionalProperties: false,
  minProperties: 1,
  maxProperties: 3,
  unevaluatedProperties: false,
  unevaluatedItems: false,
  prefixItems: [{ type: 'string' }],
  contains: { const: 'a' },
  minContains: 1,
  maxContains: 2,
  contentMediaType: 'image/png',
  contentEncoding: 'base64',
  contentSchema: { type: 'object' },
  dependentRequired: { hoTen: ['soDinhDanh'] },
  dependentSchemas: { hoTen: { required: ['soDinhDanh'] } },
  writeOnly: true,
  $recursiveRef: '#',
  $recursiveAnchor: true,
  id: 'nguoi.json',
  $vocabulary: { 'https://json-schema.org/draft/2020-12/vocab/core': true },
  $async: true,
  nullable: true,
};

describe('keywords outside the citizen-form profile', () => {
  it('has a sample for every refused keyword', () => {
    expect(Object.keys(samples).sort()).toEqual(Object.keys(refusedKeywords).sort());
  });

  it.each(Object.keys(refusedKeywords))('%s on a field: one error at its pointer, vi and en', (k) => {
    const at = '/form/schema/properties/nguoiDangKy';
    const errors = errorsOf([`${at}/${k}`, samples[k]]);
    expect(errors.map((p) => [p.code, p.pointer])).toEqual([['schema.profile', `${at}/${k}`]]);
    const { vi, en } = errors[0]!.message;
    expect(vi).toContain(`«${k}»`);
    expect(en).toContain(`"${k}"`);
    // Says what to use in the designer instead (a control's name in «» / "").
    expect(vi).toMatch(/«[^»$]*[a-zà-ỹ ]{4,}[^»]*»|bỏ từ khóa này/);
    expect(en).not.toBe(vi);
  });

  it.each(Object.keys(refusedKeywords))('%s in a fee condition: refused the same way', (k) => {
    const at = '/fees/0/exemptions/0/when';
    const errors = errorsOf([`${at}/${k}`, samples[k]]);
    expect(errors.map((p) => [p.code, p.pointer])).toEqual([['schema.profile', `${at}/${k}`]]);
  });

  it('does not look inside a refused keyword again: one problem per mistake', () => {
    const errors = errorsOf([
      '/form/schema/$defs',
      { nguoi: { $id: 'nguoi.json', type: 'object', properties: { cha: { $ref: '#/$defs/nguoi' } } } },
    ]);
    expect(errors.map((p) => p.pointer)).toEqual(['/form/schema/$defs']);
  });

  it('reads a property named like a keyword as a field', () => {
    expect(errorsOf(['/form/schema/properties/contains', { type: 'string' }])).toEqual([]);
  });
});

describe('what the profile keeps', () => {
  it('a labelled choice list (oneOf or anyOf of const + title + x-en.title), also for multiple choice', () => {
    const options = [
      { const: 'nam', title: 'Nam', 'x-en': { title: 'Male' } },
      { const: 'nu', title: 'Nữ' },
    ];
    expect(
      errorsOf(
        ['/form/schema/properties/gioiTinh', { type: 'string', oneOf: options }],
        ['/form/schema/properties/gioiTinh2', { type: 'string', anyOf: options }],
        [
          '/form/schema/properties/ngonNgu',
          { type: 'array', items: { type: 'string', oneOf: options }, uniqueItems: true },
        ],
      ),
    ).toEqual([]);
  });

  it('refuses any other oneOf / anyOf on a field, and a choice list beside an enum', () => {
    const at = '/form/schema/properties';
    const errors = errorsOf(
      [`${at}/a`, { oneOf: [{ type: 'string' }, { type: 'integer' }] }],
      [`${at}/b`, { type: 'string', anyOf: [{ const: 'x', title: 'X', description: 'thêm' }] }],
      [`${at}/c`, { type: 'string', enum: ['x'], oneOf: [{ const: 'x', title: 'X' }] }],
      [`${at}/d`, { type: 'string', oneOf: [] }],
    );
    expect(errors.map((p) => [p.code, p.pointer])).toEqual([
      ['schema.profile', `${at}/a/oneOf`],
      ['schema.profile', `${at}/b/anyOf`],
      ['schema.profile', `${at}/c/oneOf`],
      ['schema.profile', `${at}/d/oneOf`],
    ]);
    expect(errors[0]!.message.vi).toContain('«Các lựa chọn»');
    expect(errors[0]!.message.en).toContain('"Choices"');
  });

  it('not on a field is refused; not, anyOf and oneOf in a condition (if or when) are the condition language', () => {
    const errors = errorsOf(
      ['/form/schema/properties/soBanSao/not', { const: 3 }],
      ['/form/schema/if', { anyOf: [{ properties: { soBanSao: { not: { const: 0 } } } }] }],
      ['/form/schema/then', { properties: { lyDo: { type: 'string' } } }],
      [
        '/fees/0/exemptions/0/when',
        {
          oneOf: [
            { not: { required: ['soNgayTuKhiSinh'] } },
            { properties: { soNgayTuKhiSinh: { maximum: 60 } } },
          ],
        },
      ],
    );
    expect(errors.map((p) => [p.code, p.pointer])).toEqual([
      ['schema.profile', '/form/schema/properties/soBanSao/not'],
    ]);
    expect(errors[0]!.message.vi).toContain('«không là»');
  });

  it('$schema naming 2020-12 at the root; anything else, or anywhere else, refused', () => {
    expect(errorsOf(['/form/schema/$schema', DIALECT])).toEqual([]);
    const errors = errorsOf(
      ['/form/schema/$schema', 'http://json-schema.org/draft-07/schema#'],
      ['/form/schema/properties/soBanSao/$schema', DIALECT],
    );
    expect(errors.map((p) => [p.code, p.pointer])).toEqual([
      ['schema.profile', '/form/schema/$schema'],
      ['schema.profile', '/form/schema/properties/soBanSao/$schema'],
    ]);
    expect(errors[0]!.message.en).toContain('2020-12');
  });
});
