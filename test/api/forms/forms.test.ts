/**
 * The citizen's form and fee quote through HTTP, against DynamoDB Local and s3rver with the real
 * adapters: published versions only, prefilled from the population registry when signed in.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFormsApp } from '../../../functions/apps/forms/app';
import { createTestDeps, type TestPlatform } from '../../support/test-deps';
import { call } from '../submissions/fixtures/http';
import { TRICH_LUC_ID, trichLucProcedure } from '../submissions/fixtures/trich-luc-procedure';

// Friday 13 March 2026, 09:00 in Vietnam: inside HCM Resolution 411's open-ended window.
const NOW = new Date('2026-03-13T02:00:00Z');
const LAN = '079190012345';

let t: TestPlatform;
let app: ReturnType<typeof createFormsApp>;

beforeAll(async () => {
  t = await createTestDeps({ overrides: { clock: { now: () => NOW } } });
  await t.seedCitizens();
  await t.seedCatalog([trichLucProcedure()]);
  app = createFormsApp(t.deps);
});
afterAll(() => t.stop());

describe('GET /api/forms/:procedureId', () => {
  it('returns the generated form of the published version for an anonymous visitor, without personal data', async () => {
    const res = await call(app, 'GET', `/api/forms/${TRICH_LUC_ID}?channel=online`);
    expect(res.status).toBe(200);
    expect(res.body.procedure).toMatchObject({ id: TRICH_LUC_ID, version: 1, code: '2.000635' });
    expect(res.body.date).toBe('2026-03-13');
    expect(res.body.schema.properties.soBanSao.type).toBe('integer');
    expect(res.body.formData).toEqual({});
    expect(res.body.prefilled).toBe(false);
    const birth = res.body.documents.find((d: { id: string }) => d.id === 'giay-chung-sinh');
    expect(birth.status).toBe('upload');
  });

  it('prefills and locks the citizen’s own registry data when a citizen token is sent', async () => {
    const token = await t.citizenToken(LAN);
    const registry = await t.deps.citizens.load(LAN);
    const population = registry?.attributes?.population as { fullName: string };
    const res = await call(app, 'GET', `/api/forms/${TRICH_LUC_ID}`, { token });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toContain('no-store');
    expect(res.body.formData).toMatchObject({ hoTen: population.fullName, soDinhDanh: LAN });
    expect(res.body.uiSchema.hoTen['ui:readonly']).toBe(true);
    // Lan's birth certificate is in her personal e-data warehouse: not asked again.
    const birth = res.body.documents.find((d: { id: string }) => d.id === 'giay-chung-sinh');
    expect(birth.status).toBe('reused');
  });

  it('uses the requested date for fee policies: before HCM’s 0-đồng resolutions the online copy is charged', async () => {
    const before = await call(app, 'GET', `/api/forms/${TRICH_LUC_ID}?channel=online&date=2024-01-10`);
    const after = await call(app, 'GET', `/api/forms/${TRICH_LUC_ID}?channel=online&date=2026-03-13`);
    expect(before.status).toBe(200);
    expect(before.body.fees.total).toBe(8000);
    expect(after.body.fees.total).toBe(0);
    expect(after.body.fees.lines[0].policies.map((p: { id: string }) => p.id)).toContain('hcm-411-2025');
  });

  it('answers 404 procedure.not-found for unknown ids and for procedures never published', async () => {
    const unknown = await call(app, 'GET', '/api/forms/khong-ton-tai');
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('procedure.not-found');
    expect(unknown.body.messages.vi).toContain('khong-ton-tai');

    const draft = { ...trichLucProcedure({ id: 'ban-nhap-chua-cong-bo' }) };
    const at = NOW.toISOString();
    await t.deps.procedures.putNewVersion({
      procedureId: draft.id,
      version: 1,
      status: 'draft',
      agency: draft.agency,
      definition: draft,
      revision: 1,
      createdAt: at,
      createdBy: 'author.saigon',
      updatedAt: at,
      updatedBy: 'author.saigon',
    });
    await t.deps.procedures.putHead(
      {
        procedureId: draft.id,
        agency: draft.agency,
        code: draft.code,
        name: draft.name,
        field: draft.field,
        level: draft.level,
        onlineLevel: draft.onlineLevel,
        latestVersion: 1,
        publishedVersion: null,
        status: 'draft',
        revision: 1,
        updatedAt: at,
      },
      null,
    );
    const res = await call(app, 'GET', `/api/forms/${draft.id}`);
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('procedure.not-found');
  });

  it('rejects a bad channel, a channel the procedure does not offer and a bad date with 400', async () => {
    const bad = await call(app, 'GET', `/api/forms/${TRICH_LUC_ID}?channel=fax`);
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('channel.invalid');
    const postal = await call(app, 'GET', `/api/forms/${TRICH_LUC_ID}?channel=postal`);
    expect(postal.status).toBe(400);
    expect(postal.body.code).toBe('channel.unavailable');
    const date = await call(app, 'GET', `/api/forms/${TRICH_LUC_ID}?date=2026-02-30`);
    expect(date.status).toBe(400);
    expect(date.body.code).toBe('date.invalid');
  });

  it('answers 401 for a forged token instead of silently serving an anonymous form', async () => {
    const res = await call(app, 'GET', `/api/forms/${TRICH_LUC_ID}`, { token: 'not.a.jwt' });
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
  });
});

describe('POST /api/forms/:procedureId/quote', () => {
  it('quotes per copy at the counter and 0 đồng online under Resolution 411, saying why', async () => {
    const counter = await call(app, 'POST', `/api/forms/${TRICH_LUC_ID}/quote`, {
      body: { channel: 'in-person', answers: { soBanSao: 3 } },
    });
    expect(counter.status).toBe(200);
    expect(counter.body.total).toBe(24000);
    expect(counter.body.lines[0]).toMatchObject({
      id: 'le-phi-ban-sao',
      base: 24000,
      amount: 24000,
      policies: [],
    });

    const online = await call(app, 'POST', `/api/forms/${TRICH_LUC_ID}/quote`, {
      body: { channel: 'online', answers: { soBanSao: 3 } },
    });
    expect(online.body.total).toBe(0);
    expect(online.body.lines[0].base).toBe(24000);
    expect(online.body.lines[0].policies[0].resolution.number).toBe('411/NQ-HĐND');
  });

  it('answers 400 for malformed JSON and for answers that are not an object', async () => {
    const malformed = await call(app, 'POST', `/api/forms/${TRICH_LUC_ID}/quote`, {
      rawBody: '{"answers": {',
      headers: { 'content-type': 'application/json' },
    });
    expect(malformed.status).toBe(400);
    expect(malformed.body.code).toBe('request.malformed-json');
    const array = await call(app, 'POST', `/api/forms/${TRICH_LUC_ID}/quote`, { body: { answers: [1, 2] } });
    expect(array.status).toBe(400);
    expect(array.body.code).toBe('answers.not-object');
  });

  it('answers 413 for a body over the limit and 404 for an unknown procedure', async () => {
    const huge = JSON.stringify({ answers: { hoTen: 'x'.repeat(t.deps.limits.maxBodyBytes + 10) } });
    const tooLarge = await call(app, 'POST', `/api/forms/${TRICH_LUC_ID}/quote`, {
      rawBody: huge,
      headers: { 'content-type': 'application/json', 'content-length': String(huge.length) },
    });
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body.code).toBe('request.too-large');
    const unknown = await call(app, 'POST', '/api/forms/khong-co/quote', { body: { answers: {} } });
    expect(unknown.status).toBe(404);
  });
});
