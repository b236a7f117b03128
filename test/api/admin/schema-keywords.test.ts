/**
 * The admin API refuses what the core cannot serve as written, with the same reasons as
 * `catalog check`: a pattern the linear-time engine cannot run (issue 12), draft-07 keywords,
 * once each at their pointer with the 2020-12 replacement (issue 10), and keywords outside the
 * citizen-form profile, naming the designer control to use instead (issue 8).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdminApp } from '../../../functions/apps/admin/app';
import { createTestDeps, type TestPlatform } from '../../support/test-deps';
import { send } from './http';
import { sampleProcedure } from './sample-procedure';

let env: TestPlatform;
let app: ReturnType<typeof createAdminApp>;
let token: string;

beforeAll(async () => {
  env = await createTestDeps();
  app = createAdminApp(env.deps);
  token = await env.officerToken('author.saigon');
});
afterAll(async () => env?.stop());

describe('validating a draft whose form schema the core cannot serve', () => {
  it('names the backreference, the lookahead, the draft-07 tuple and a $ref, each once, in vi and en', async () => {
    const draft = sampleProcedure({ id: 'mau-khong-tuyen-tinh' });
    const properties = (draft.form.schema as { properties: Record<string, unknown> }).properties;
    properties.maLap = { type: 'string', pattern: '^(\\d)\\1$' };
    properties.maNhin = { type: 'string', pattern: '^(?=0)\\d{10}$' };
    properties.toaDo = { type: 'array', items: [{ type: 'number' }, { type: 'number' }] };
    properties.maKhac = { $ref: '#/properties/maLap' };
    const created = await send(app, 'POST', '/api/admin/procedures', { token, body: { definition: draft } });
    expect(created.status).toBe(201);

    const report = await send(app, 'POST', '/api/admin/procedures/mau-khong-tuyen-tinh/versions/1/validate', {
      token,
    });
    expect(report.status).toBe(200);
    expect(report.body.valid).toBe(false);
    const errors = (
      report.body.problems as {
        severity: string;
        path: string;
        code: string;
        message: { vi: string; en: string };
      }[]
    ).filter((p) => p.severity === 'error');
    expect(errors.map((p) => [p.code, p.path])).toEqual([
      ['schema.pattern.unsupported', '/form/schema/properties/maLap/pattern'],
      ['schema.pattern.unsupported', '/form/schema/properties/maNhin/pattern'],
      ['schema.draft07', '/form/schema/properties/toaDo/items'],
      ['schema.profile', '/form/schema/properties/maKhac/$ref'],
    ]);
    expect(errors[0]!.message.vi).toContain('tham chiếu ngược');
    expect(errors[0]!.message.en).toContain('backreference');
    expect(errors[1]!.message.en).toContain('lookaround');
    expect(errors[2]!.message.en).toContain('prefixItems');
    expect(errors[3]!.message.vi).toContain('«Nhân bản»');
    expect(errors[3]!.message.en).toContain('"Duplicate"');
  });
});
