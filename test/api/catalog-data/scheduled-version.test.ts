/**
 * A procedure version scheduled "có hiệu lực từ" a legal date: until then the previous version
 * serves and the portal announces the change; on that day (clock moved) it is current without
 * anyone pressing a button; a dossier filed before keeps its version and fees.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdminApp } from '../../../functions/apps/admin/app';
import { createFormsApp } from '../../../functions/apps/forms/app';
import { createPublishApp } from '../../../functions/apps/publish/app';
import { createSubmissionsApp } from '../../../functions/apps/submissions/app';
import { createTestDeps, type TestPlatform } from '../../support/test-deps';
import { send } from '../admin/http';
import { TRICH_LUC_ID, trichLucProcedure } from '../submissions/fixtures/trich-luc-procedure';

const LAN = '079190012345';
let now = new Date('2026-12-02T02:00:00Z');
let env: TestPlatform;
const t: Record<string, string> = {};
let apps: {
  admin: ReturnType<typeof createAdminApp>;
  forms: ReturnType<typeof createFormsApp>;
  publish: ReturnType<typeof createPublishApp>;
  submissions: ReturnType<typeof createSubmissionsApp>;
};
const base = `/api/admin/procedures/${TRICH_LUC_ID}`;
let key = 0;

beforeAll(async () => {
  let tick = 0;
  env = await createTestDeps({ overrides: { clock: { now: () => new Date(now.getTime() + tick++) } } });
  await env.seedCitizens();
  await env.seedCatalog([trichLucProcedure()]);
  apps = {
    admin: createAdminApp(env.deps),
    forms: createFormsApp(env.deps),
    publish: createPublishApp(env.deps),
    submissions: createSubmissionsApp(env.deps),
  };
  for (const user of ['author.saigon', 'approver.saigon', 'publisher.saigon'])
    t[user] = await env.officerToken(user);
  t.lan = await env.citizenToken(LAN);
});
afterAll(async () => env?.stop());

const fileDossier = async () => {
  const population = (await env.deps.citizens.load(LAN))?.attributes?.population as { fullName: string };
  return send(apps.submissions, 'POST', '/api/submissions', {
    token: t.lan,
    headers: { 'idempotency-key': `scheduled-${++key}` },
    body: {
      procedureId: TRICH_LUC_ID,
      channel: 'online',
      answers: { hoTen: population.fullName, soDinhDanh: LAN, soBanSao: 2 },
      uploads: [],
    },
  });
};
const onlineQuote = async () =>
  (
    await send(apps.forms, 'POST', `/api/forms/${TRICH_LUC_ID}/quote`, {
      body: { channel: 'online', answers: { soBanSao: 2 } },
    })
  ).body;

describe('a version scheduled for a legal date', () => {
  it('is approved and scheduled; until its day version 1 serves and the page announces the change', async () => {
    const next = await send(apps.admin, 'POST', `${base}/versions`, { token: t['author.saigon'] });
    expect(next.status).toBe(201);
    // version 2 moves the charge to a ministry fee that the city's 0-đồng online resolution does not cover
    const v2 = trichLucProcedure();
    v2.fees[0] = { ...v2.fees[0]!, category: 'khai-thac-ho-tich', kind: 'phi', setBy: 'ministry' };
    const saved = await send(apps.admin, 'PUT', `${base}/versions/2`, {
      token: t['author.saigon'],
      body: { definition: v2 },
      headers: { 'if-match': next.headers.get('etag') ?? '' },
    });
    expect(saved.status).toBe(200);
    expect(
      (await send(apps.admin, 'POST', `${base}/versions/2/submit`, { token: t['author.saigon'] })).status,
    ).toBe(200);
    expect(
      (await send(apps.admin, 'POST', `${base}/versions/2/approve`, { token: t['approver.saigon'] })).status,
    ).toBe(200);
    const past = await send(apps.admin, 'POST', `${base}/versions/2/schedule`, {
      token: t['publisher.saigon'],
      body: { effectiveFrom: '2026-12-02' },
    });
    expect(past.status).toBe(400);
    expect(past.body.code).toBe('schedule.invalid-date');
    const scheduled = await send(apps.admin, 'POST', `${base}/versions/2/schedule`, {
      token: t['publisher.saigon'],
      body: { effectiveFrom: '2027-01-15' },
    });
    expect(scheduled.status).toBe(200);
    expect(scheduled.body.head).toMatchObject({
      publishedVersion: 1,
      scheduled: { version: 2, from: '2027-01-15' },
    });
    expect(
      (await send(apps.publish, 'POST', '/api/publish/releases', { token: t['publisher.saigon'] })).status,
    ).toBe(201);

    const page = await send(apps.forms, 'GET', `/api/catalog/procedures/${TRICH_LUC_ID}`);
    expect(page.body.procedure).toMatchObject({ version: 1, upcoming: { from: '2027-01-15', version: 2 } });
    expect((await onlineQuote()).total).toBe(0);
  });

  it('a dossier filed before the day records version 1 and its fees', async () => {
    const filed = await fileDossier();
    expect(filed.status).toBe(201);
    expect(filed.body.receipt.procedure.version).toBe(1);
    expect(filed.body.receipt.fees.total).toBe(0);
    t.dossier = filed.body.code;
  });

  it('on its day version 2 is current with no publish, and the old dossier keeps version 1', async () => {
    now = new Date('2027-01-14T16:59:00Z'); // 23:59 on 14 January in Vietnam: still version 1
    expect(
      (await send(apps.forms, 'GET', `/api/catalog/procedures/${TRICH_LUC_ID}`)).body.procedure.version,
    ).toBe(1);
    now = new Date('2027-01-14T17:01:00Z'); // 00:01 on 15 January in Vietnam
    const page = await send(apps.forms, 'GET', `/api/catalog/procedures/${TRICH_LUC_ID}`);
    expect(page.body.procedure.version).toBe(2);
    const catalog = await send(apps.forms, 'GET', '/api/catalog');
    expect(catalog.body.items.find((e: { id: string }) => e.id === TRICH_LUC_ID).version).toBe(2);
    expect((await onlineQuote()).total).toBe(16_000);
    const form = await send(apps.forms, 'GET', `/api/forms/${TRICH_LUC_ID}?channel=online`);
    expect(form.body.procedure.version).toBe(2);

    const filed = await fileDossier();
    expect(filed.body.receipt.procedure.version).toBe(2);
    expect(filed.body.receipt.fees.total).toBe(16_000);
    const old = await send(apps.submissions, 'GET', `/api/dossiers/${t.dossier}`, { token: t.lan });
    expect(old.body).toMatchObject({ procedureVersion: 1, fees: { total: 0 } });
  });
});
