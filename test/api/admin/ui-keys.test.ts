/**
 * The admin API refuses the uiSchema keys outside the citizen-form profile with the same reasons
 * as `catalog check` (one core checker): once each at its pointer, flat or nested in ui:options,
 * in Vietnamese and English (issue 8).
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

describe('validating a draft whose uiSchema uses keys outside the citizen-form profile', () => {
  it('names ui:autofocus and a nested classNames once each; the keys with controls pass', async () => {
    const draft = sampleProcedure({ id: 'mau-ui-ngoai-ho-so' });
    const field = Object.keys((draft.form.schema as { properties: Record<string, unknown> }).properties)[0]!;
    draft.form.uiSchema = {
      [field]: {
        'ui:autofocus': true,
        'ui:title': 'Nhãn trên Cổng',
        'ui:options': { classNames: 'noi-bat', autocapitalize: 'words' },
      },
    };
    const created = await send(app, 'POST', '/api/admin/procedures', { token, body: { definition: draft } });
    expect(created.status).toBe(201);
    const report = await send(app, 'POST', '/api/admin/procedures/mau-ui-ngoai-ho-so/versions/1/validate', {
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
      ['uiSchema.key.refused', `/form/uiSchema/${field}/ui:autofocus`],
      ['uiSchema.key.refused', `/form/uiSchema/${field}/ui:options/classNames`],
    ]);
    expect(errors[0]!.message.vi).toContain('trình đọc màn hình');
    expect(errors[0]!.message.en).toContain('screen-reader');
    expect(errors[1]!.message.vi).toContain('CSS');
    expect(errors[1]!.message.en).toContain('CSS');
  });
});
