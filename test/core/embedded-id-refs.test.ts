/**
 * References are outside the citizen-form profile (catalogs/README.md): the checker refuses each
 * `$id`, `$anchor`, `$defs` and `$ref` once at its pointer, naming the designer's "Duplicate"
 * instead, and nothing else (the fields behind a refused reference are not also reported
 * missing). The core stays robust to them all the same — a definition loaded from outside the
 * checker: a `$ref` to an `$id` embedded in the same schema is local, as JSON Schema 2020-12 says
 * (issue 10, item 2), and the server's compiled validator and the browser's validator
 * (react-jsonschema-form with the core's Ajv, on the generated form) give the same verdicts.
 */
import { type RJSFSchema, retrieveSchema } from '@rjsf/utils';
import { describe, expect, it } from 'vitest';
import { createFormValidator } from '../../builder-ui/src/ui/rjsf-validator';
import { checkProcedureDraft } from '../../functions/core/catalog-checks';
import { atFilingDate } from '../../functions/core/formats/filing-date';
import { compileProcedure, generateForm } from '../../functions/core/index';
import type { CatalogContext, Procedure, Registry } from '../../functions/core/types';
import { answerTypes } from '../../functions/use-cases/publish/answer-types';
import { basePolicies, baseProcedure, baseRegistry } from '../fixtures/catalog/base';
import { edited } from '../fixtures/catalog/cases';

const date = '2026-12-02';
const ctx: CatalogContext = {
  registry: baseRegistry as unknown as Registry,
  policies: basePolicies.policies.map((p) => ({ ...p, jurisdiction: basePolicies.jurisdiction })),
} as CatalogContext;

/** Relative and absolute references to embedded resources, a `urn:` resource and its anchor. */
const embedded = edited(baseProcedure, [
  ['/form/schema/$id', 'https://dichvucong.gov.vn/bieu-mau/khai-sinh.json'],
  [
    '/form/schema/$defs',
    {
      nguoi: {
        $id: 'nguoi.json',
        type: 'object',
        properties: {
          hoTen: { type: 'string', title: 'Họ và tên', minLength: 1 },
          diaChi: { $ref: 'urn:vn:dia-chi#noi-o' },
        },
        required: ['hoTen'],
      },
      diaChi: {
        $id: 'urn:vn:dia-chi',
        $anchor: 'noi-o',
        type: 'object',
        properties: { xa: { type: 'string', minLength: 2 } },
        required: ['xa'],
      },
    },
  ],
  ['/form/schema/properties/me', { $ref: 'nguoi.json' }],
  ['/form/schema/properties/cha', { $ref: 'https://dichvucong.gov.vn/bieu-mau/nguoi.json' }],
  ['/form/schema/properties/queQuan', { $ref: 'urn:vn:dia-chi#/properties/xa' }],
  [
    '/form/prefill/-',
    { target: '/me/diaChi/xa', source: 'population', attribute: 'fullName', locked: false },
  ],
]) as unknown as Procedure;

describe('the checker', () => {
  it('refuses each identifier, anchor, definition block and reference once, and nothing behind them', () => {
    const check = checkProcedureDraft(embedded, ctx);
    expect(check.ok).toBe(false);
    expect(check.problems.map((p) => [p.code, p.pointer, p.severity])).toEqual([
      ['schema.profile', '/form/schema/$id', 'error'],
      ['schema.profile', '/form/schema/$defs', 'error'],
      ['schema.profile', '/form/schema/properties/me/$ref', 'error'],
      ['schema.profile', '/form/schema/properties/cha/$ref', 'error'],
      ['schema.profile', '/form/schema/properties/queQuan/$ref', 'error'],
    ]);
    for (const { message } of check.problems) {
      expect(message.vi).toContain('Nhân bản');
      expect(message.en).toContain('Duplicate');
    }
  });
});

describe('the server and the browser', () => {
  const compiled = compileProcedure(embedded, ctx);
  const generated = generateForm(compiled, { channel: 'online', date });
  const browser = createFormValidator(() => date);
  const where = (errors: readonly { instancePath: string; keyword: string }[] | null | undefined) =>
    (errors ?? []).map((e) => `${e.instancePath} ${e.keyword}`).sort();

  const valid = {
    nguoiDangKy: { hoTen: 'Nguyễn Văn An', soDinhDanh: '079203000123' },
    tre: { hoTen: 'Nguyễn Minh Khôi', ngaySinh: '2026-11-20' },
  };
  const answers: Record<string, unknown>[] = [
    { ...valid, me: { hoTen: 'Trần Thị Lan', diaChi: { xa: 'Sài Gòn' } }, cha: { hoTen: 'Nguyễn Văn An' } },
    { ...valid, me: { diaChi: { xa: 'S' } } },
    { ...valid, cha: { hoTen: '' }, queQuan: 'S' },
    { ...valid, me: { hoTen: 'Lan', diaChi: {} }, queQuan: 7 },
  ];

  it('give the same verdicts and error locations through the embedded resources', () => {
    const verdicts = answers.map((a) => {
      const valid = atFilingDate(date, () => compiled.validateAnswers.call({ date }, a));
      const server = { valid, errors: where(compiled.validateAnswers.errors) };
      const raw = browser.rawValidation(generated.schema as RJSFSchema, a);
      if (raw.validationError) throw raw.validationError;
      expect({ valid: (raw.errors ?? []).length === 0, errors: where(raw.errors as never) }).toEqual(server);
      return server;
    });
    expect(verdicts.map((v) => v.valid)).toEqual([true, false, false, false]);
    expect(verdicts[1]!.errors).toEqual(['/me required', '/me/diaChi/xa minLength']);
    expect(verdicts[3]!.errors).toEqual(['/me/diaChi required', '/queQuan type']);
  });

  it('hands the browser `#/…` references it can render, without ids', () => {
    const schema = generated.schema as RJSFSchema;
    expect(JSON.stringify(schema)).not.toContain('$id');
    const mother = retrieveSchema(browser, (schema.properties as Record<string, RJSFSchema>).me!, schema);
    expect(Object.keys(mother.properties ?? {})).toEqual(['hoTen', 'diaChi']);
    expect(mother.required).toEqual(['hoTen']);
  });
});

describe('the answers type published with a version', () => {
  it('follows the embedded resources to their fields', () => {
    // Without the doc comments (field titles), one line per member.
    const members = answerTypes(embedded, 1)
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => !/^(\/\*\*|\*)/.test(line))
      .join(' ');
    expect(members).toContain('me?: { hoTen: string; diaChi?: { xa: string; }; };');
    expect(members).toContain('cha?: { hoTen: string; diaChi?: { xa: string; }; };');
  });
});
