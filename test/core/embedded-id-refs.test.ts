/**
 * A `$ref` to an `$id` embedded in the same form schema is local, as JSON Schema 2020-12 says
 * (issue 10, item 2): the checker accepts it and follows it to the answers behind it, the
 * server's compiled validator and the browser's validator (react-jsonschema-form with the core's
 * Ajv, on the generated form) give the same verdicts through it, and a URI that no subschema
 * carries is still refused as remote.
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
import { brokenCases, edited } from '../fixtures/catalog/cases';

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

const problemsOf = (draft: unknown) =>
  checkProcedureDraft(draft, ctx).problems.map((p) => [p.code, p.pointer, p.severity]);

describe('the checker', () => {
  it('accepts references to embedded $ids, follows them to the answers, compiles and runs the tests', () => {
    const check = checkProcedureDraft(embedded, ctx);
    expect(check.problems).toEqual([]);
    expect(check.ok).toBe(true);
    expect(check.tests?.every((t) => t.passed)).toBe(true);
  });

  it('refuses a URI that no subschema carries as remote, and only that one', () => {
    const fixture = brokenCases.find((c) => c.name === 'form-ref-embedded-id')!;
    const draft = fixture.files()['procedure.json'];
    expect(problemsOf(draft)).toEqual([['form.ref.remote', '/form/schema/properties/ong/$ref', 'error']]);
    const message = checkProcedureDraft(draft, ctx).problems[0]!.message;
    expect(message.vi).toContain('https://example.com/nguoi.json');
    expect(message.en).toContain('embedded subschema');
  });

  it('scopes an anchor to its resource, and still finds a cycle through an embedded $id', () => {
    const anchorFromRoot = edited(embedded, [['/form/schema/properties/queQuan', { $ref: '#noi-o' }]]);
    expect(problemsOf(anchorFromRoot)).toEqual([
      ['form.ref.unresolved', '/form/schema/properties/queQuan/$ref', 'error'],
    ]);
    const cycle = edited(embedded, [['/form/schema/$defs/nguoi/properties/cha', { $ref: 'nguoi.json' }]]);
    expect(problemsOf(cycle)).toEqual([
      ['form.ref.cycle', '/form/schema/$defs/nguoi/properties/cha/$ref', 'error'],
    ]);
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
