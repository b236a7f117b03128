/**
 * Issue 11 (the citizen write routes at 200 requests/s): the per-IP rate limits and a citizen's fee
 * quotes are counted in each container — costing no DynamoDB write — while the per-citizen limits of
 * what changes stored state (uploads, submissions) stay in DynamoDB and bind across containers. The form and quote previews
 * reuse a citizen's data read within the minute. Two containers = two platforms on the same tables.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFormsApp } from '../../../functions/apps/forms/app';
import { createSubmissionsApp } from '../../../functions/apps/submissions/app';
import { buildPlatform, type Platform } from '../../../functions/composition/build-deps';
import { countCommands } from '../../support/count-commands';
import { injectFault } from '../../support/inject-fault';
import { createTestDeps, type TestPlatform } from '../../support/test-deps';
import { TRICH_LUC_ID, trichLucProcedure } from '../submissions/fixtures/trich-luc-procedure';

// 09:00:10 in Vietnam: 50 s left in the minute's window
const NOW = new Date('2026-03-13T02:00:10Z');
const clock = { now: () => NOW };
const LAN = '079190012345';
const MINH = '079088004321';
const HUNG = '001195003456';
const HA = '001092006789';

let t: TestPlatform;
let other: Platform;
let containerA: ReturnType<typeof createFormsApp>;
let containerB: ReturnType<typeof createFormsApp>;

beforeAll(async () => {
  t = await createTestDeps({
    env: { RATE_LIMITS: 'quote.ip=3/60,quote.citizen=4/60,upload.citizen=4/60,submission.citizen=2/60' },
    overrides: { clock },
  });
  await t.seedCitizens();
  await t.seedCatalog([trichLucProcedure()]);
  other = buildPlatform(t.config, { verifier: t.deps.verifier, clock });
  containerA = createFormsApp(t.deps);
  containerB = createFormsApp(other.deps);
}, 120_000);
afterAll(async () => {
  other?.clients.dynamodb.destroy();
  other?.clients.s3.destroy();
  await t?.stop();
});

/** A quote as it reaches the node server: from `ip`, signed in when `token` is given. */
async function quote(app: ReturnType<typeof createFormsApp>, ip: string, token?: string) {
  const response = await app.request(
    `/api/forms/${TRICH_LUC_ID}/quote`,
    {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ channel: 'online', answers: {} }),
    },
    { incoming: { socket: { remoteAddress: ip } } },
  );
  return { status: response.status, headers: response.headers, body: await response.json() };
}

describe('per-IP limits, counted in the container', () => {
  it('answers 429 with Retry-After and a vi/en message once an IP is over, without writing to DynamoDB', async () => {
    const counts = countCommands(t);
    for (let i = 0; i < 3; i++) expect((await quote(containerA, '203.0.113.1')).status).toBe(200);
    const refused = await quote(containerA, '203.0.113.1');
    expect(counts.of('dynamodb', 'UpdateItemCommand')).toBe(0);
    counts.remove();
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('50');
    expect(refused.body).toMatchObject({ code: 'rate.limited', status: 429 });
    expect(refused.body.messages.vi).toContain('Quá nhiều yêu cầu tính phí (tối đa 3 trong 60 giây)');
    expect(refused.body.messages.en).toContain('at most 3 per 60 s');
    // another address in the same container is counted on its own
    expect((await quote(containerA, '203.0.113.2')).status).toBe(200);
  });

  it('is a backstop per container: another container counts the same IP from zero', async () => {
    expect((await quote(containerA, '203.0.113.3')).status).toBe(200);
    for (let i = 0; i < 2; i++) expect((await quote(containerA, '203.0.113.3')).status).toBe(200);
    expect((await quote(containerA, '203.0.113.3')).status).toBe(429);
    expect((await quote(containerB, '203.0.113.3')).status).toBe(200);
  });
});

describe("a citizen's quotes, counted in the container", () => {
  it('are refused past the limit in one container, with no DynamoDB write, and counted afresh in another', async () => {
    const lan = await t.citizenToken(LAN);
    const counts = [countCommands(t), countCommands(other)];
    for (let i = 0; i < 4; i++)
      expect((await quote(containerA, `198.51.100.${i + 1}`, lan)).status).toBe(200);
    const refused = await quote(containerA, '198.51.100.5', lan);
    expect(counts.reduce((sum, c) => sum + c.of('dynamodb', 'UpdateItemCommand'), 0)).toBe(0);
    for (const c of counts) c.remove();
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('50');
    expect(refused.body.code).toBe('rate.limited');
    expect(refused.body.messages.vi).toContain('tính phí');
    expect(refused.body.messages.en).toContain('at most 4 per 60 s');
    expect((await quote(containerB, '198.51.100.6', lan)).status).toBe(200);
    expect((await quote(containerA, '198.51.100.7', await t.citizenToken(MINH))).status).toBe(200);
  });
});

/** An upload slot for the birth certificate, from `ip`, as `token`'s citizen. */
async function uploadSlot(
  app: ReturnType<typeof createSubmissionsApp>,
  ip: string,
  token: string,
  contentType = 'application/pdf',
) {
  const response = await app.request(
    '/api/uploads',
    {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        procedureId: TRICH_LUC_ID,
        document: 'giay-chung-sinh',
        contentType,
        size: 1200,
      }),
    },
    { incoming: { socket: { remoteAddress: ip } } },
  );
  return { status: response.status, headers: response.headers, body: await response.json() };
}

describe('per-citizen limits of uploads and submissions, counted in DynamoDB', () => {
  it('bind across containers and addresses; another citizen is unaffected', async () => {
    const uploadsA = createSubmissionsApp(t.deps);
    const uploadsB = createSubmissionsApp(other.deps);
    const lan = await t.citizenToken(LAN);
    expect((await uploadSlot(uploadsA, '198.51.100.11', lan)).status).toBe(201);
    expect((await uploadSlot(uploadsB, '198.51.100.12', lan)).status).toBe(201);
    expect((await uploadSlot(uploadsA, '198.51.100.13', lan)).status).toBe(201);
    expect((await uploadSlot(uploadsB, '198.51.100.14', lan)).status).toBe(201);
    const refused = await uploadSlot(uploadsA, '198.51.100.15', lan);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('50');
    expect(refused.body.code).toBe('rate.limited');
    expect(refused.body.messages.en).toContain('at most 4 per 60 s');
    expect((await uploadSlot(uploadsB, '198.51.100.16', lan)).status).toBe(429);
    expect((await uploadSlot(uploadsB, '198.51.100.16', await t.citizenToken(MINH))).status).toBe(201);
  });
});

describe("an upload slot's rate and quota, in one DynamoDB write", () => {
  it('costs one counter write besides the slot, and refused requests count in the same window across containers', async () => {
    const uploadsA = createSubmissionsApp(t.deps);
    const uploadsB = createSubmissionsApp(other.deps);
    const hung = await t.citizenToken(HUNG);
    const counts = countCommands(t);
    expect((await uploadSlot(uploadsA, '198.51.100.21', hung)).status).toBe(201);
    // the writes: the rate window and the day's quota in one UpdateItem, the slot in one PutItem
    expect(counts.of('dynamodb', 'UpdateItemCommand')).toBe(1);
    expect(counts.of('dynamodb', 'PutItemCommand')).toBe(1);
    expect(counts.of('dynamodb', 'TransactWriteItemsCommand')).toBe(0);
    counts.remove();
    // a refused request (a type the document does not take) is counted too, on the other container
    const wrongType = await uploadSlot(uploadsB, '198.51.100.22', hung, 'text/html');
    expect(wrongType.status).toBe(422);
    expect((await uploadSlot(uploadsA, '198.51.100.23', hung)).status).toBe(201);
    expect((await uploadSlot(uploadsB, '198.51.100.24', hung)).status).toBe(201);
    // 4 requests in the window (limit 4): the fifth is refused, valid or not, on either container
    const refused = await uploadSlot(uploadsB, '198.51.100.25', hung);
    expect(refused.status).toBe(429);
    expect(refused.body.code).toBe('rate.limited');
    expect(refused.headers.get('retry-after')).toBe('50');
    expect((await uploadSlot(uploadsA, '198.51.100.26', hung, 'text/html')).status).toBe(429);
  });
});

describe("a citizen's submissions, counted in the shared counters table", () => {
  it('bind across containers: two dossiers a minute, then 429 on either, nothing more stored', async () => {
    const submitA = createSubmissionsApp(t.deps);
    const submitB = createSubmissionsApp(other.deps);
    const lan = await t.citizenToken(LAN);
    const population = (await t.deps.citizens.load(LAN))?.attributes?.population as
      | { fullName?: string }
      | undefined;
    const submit = async (app: ReturnType<typeof createSubmissionsApp>, key: string) => {
      const response = await app.request(
        '/api/submissions',
        {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            authorization: `Bearer ${lan}`,
            'idempotency-key': key,
          },
          body: JSON.stringify({
            procedureId: TRICH_LUC_ID,
            channel: 'online',
            answers: { hoTen: population?.fullName ?? '', soDinhDanh: LAN, soBanSao: 2 },
            uploads: [],
          }),
        },
        { incoming: { socket: { remoteAddress: '198.51.100.31' } } },
      );
      return { status: response.status, body: await response.json() };
    };
    expect((await submit(submitA, 'per-container-1')).status).toBe(201);
    expect((await submit(submitB, 'per-container-2')).status).toBe(201);
    const refused = await submit(submitA, 'per-container-3');
    expect(refused.status).toBe(429);
    expect(refused.body.code).toBe('rate.limited');
    expect(refused.body.messages.en).toContain('at most 2 per 60 s');
    expect((await submit(submitB, 'per-container-4')).status).toBe(429);
    const list = await submitB.request('/api/dossiers', { headers: { authorization: `Bearer ${lan}` } });
    expect(((await list.json()) as { items: unknown[] }).items).toHaveLength(2);
  });
});

describe("the previews' copy of a citizen's data", () => {
  it('is read once for the form and its quotes, again after the source changes, and not kept when the lookup fails', async () => {
    const hung = await t.citizenToken(HUNG);
    const counts = countCommands(t);
    const form = await containerA.request(`/api/forms/${TRICH_LUC_ID}?channel=online`, {
      headers: { authorization: `Bearer ${hung}` },
    });
    expect(form.status).toBe(200);
    expect((await quote(containerA, '192.0.2.1', hung)).status).toBe(200);
    expect(counts.of('dynamodb', 'QueryCommand')).toBe(1);
    // a write through the source forgets that person's copy
    await t.citizens.put({ personalId: HUNG, attributes: { population: { fullName: 'Tên khác' } } });
    expect((await quote(containerA, '192.0.2.1', hung)).status).toBe(200);
    expect(counts.of('dynamodb', 'QueryCommand')).toBe(2);
    counts.remove();

    // a failed lookup still answers (every source unavailable) and is asked again next time
    const ha = await t.citizenToken(HA);
    const fault = injectFault(other, { service: 'dynamodb', command: 'QueryCommand', times: 1 });
    expect((await quote(containerB, '192.0.2.2', ha)).status).toBe(200);
    expect(fault.failures).toBe(1);
    const again = countCommands(other);
    expect((await quote(containerB, '192.0.2.2', ha)).status).toBe(200);
    expect(again.of('dynamodb', 'QueryCommand')).toBe(1);
    again.remove();
    fault.remove();
  });
});
