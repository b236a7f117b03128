/**
 * Submitting dossiers and reading them back through HTTP against DynamoDB Local and s3rver: the core
 * validates with server-side citizen data, retries are idempotent, failures leave nothing behind,
 * and a citizen sees only their own dossiers.
 */
import { GetObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSubmissionsApp } from '../../../functions/apps/submissions/app';
import { countCommands } from '../../support/count-commands';
import { injectFault } from '../../support/inject-fault';
import { createTestDeps, type TestPlatform } from '../../support/test-deps';
import { pdfBytes, pngBytes, putToPresignedUrl } from './fixtures/files';
import { call } from './fixtures/http';
import { TRICH_LUC_ID, trichLucProcedure } from './fixtures/trich-luc-procedure';

// Friday 13 March 2026, 09:00 in Vietnam.
const NOW = new Date('2026-03-13T02:00:00Z');
const LAN = '079190012345'; // her birth certificate is in her personal e-data warehouse
const MINH = '079088004321'; // his is not: he must upload it

let t: TestPlatform;
let app: ReturnType<typeof createSubmissionsApp>;
let lan: string;
let minh: string;
let lanName: string;
let minhName: string;
let keyCounter = 0;

const newKey = () => `test-key-${++keyCounter}-${Date.now()}`;

beforeAll(async () => {
  t = await createTestDeps({ overrides: { clock: { now: () => NOW } } });
  await t.seedCitizens();
  await t.seedCatalog([trichLucProcedure(), trichLucProcedure({ id: 'trich-luc-khac', code: '2.000636' })]);
  app = createSubmissionsApp(t.deps);
  lan = await t.citizenToken(LAN);
  minh = await t.citizenToken(MINH);
  const name = async (id: string) => {
    const population = (await t.deps.citizens.load(id))?.attributes?.population as
      | { fullName?: string }
      | undefined;
    if (!population?.fullName) throw new Error(`seeded citizen ${id} has no population record`);
    return population.fullName;
  };
  lanName = await name(LAN);
  minhName = await name(MINH);
});
afterAll(() => t.stop());

function submission(personalId: string, fullName: string, overrides: Record<string, unknown> = {}) {
  return {
    procedureId: TRICH_LUC_ID,
    channel: 'online',
    answers: { hoTen: fullName, soDinhDanh: personalId, soBanSao: 2 },
    uploads: [],
    ...overrides,
  };
}

function submit(token: string | undefined, body: unknown, key: string | null = newKey()) {
  return call(app, 'POST', '/api/submissions', {
    token,
    body,
    headers: key === null ? {} : { 'idempotency-key': key },
  });
}

async function confirmedUpload(token: string): Promise<string> {
  const slot = await call(app, 'POST', '/api/uploads', {
    token,
    body: {
      procedureId: TRICH_LUC_ID,
      document: 'giay-chung-sinh',
      contentType: 'application/pdf',
      size: 2048,
    },
  });
  await putToPresignedUrl(slot.body.upload, pdfBytes(2048));
  const confirmed = await call(app, 'POST', `/api/uploads/${slot.body.uploadId}/confirm`, { token });
  expect(confirmed.status).toBe(200);
  return slot.body.uploadId;
}

describe('POST /api/submissions', () => {
  it('stores a valid online dossier and answers with its code and a receipt that explains the fees', async () => {
    const res = await submit(lan, submission(LAN, lanName));
    expect(res.status).toBe(201);
    expect(res.body.code).toMatch(/^HS-2026-[0-9A-Z]{10}$/);
    expect(res.headers.get('location')).toBe(`/api/dossiers/${res.body.code}`);
    const receipt = res.body.receipt;
    expect(receipt).toMatchObject({
      code: res.body.code,
      procedure: { id: TRICH_LUC_ID, code: '2.000635', version: 1 },
      agency: { id: 'ubnd-phuong-sai-gon', name: { vi: 'Ủy ban nhân dân phường Sài Gòn' } },
      channel: 'online',
      receivedAt: NOW.toISOString(),
      // Online: 2 working days from Friday → Tuesday.
      dueDate: '2026-03-17',
    });
    expect(receipt.fees.total).toBe(0);
    const line = receipt.fees.lines[0];
    expect(line).toMatchObject({ id: 'le-phi-ban-sao', base: 16000, amount: 0 });
    expect(line.policies[0].id).toBe('hcm-411-2025');
    expect(line.policies[0].why.vi).toContain('411/NQ-HĐND');
    expect(line.policies[0].why.vi).toContain('16.000 đ → 0 đ');
    expect(receipt.documents.reused).toEqual([
      expect.objectContaining({
        id: 'giay-chung-sinh',
        source: 'warehouse',
        sourceName: expect.objectContaining({ vi: expect.any(String) }),
      }),
    ]);
    expect(receipt.documents.eForm.map((d: { id: string }) => d.id)).toEqual(['to-khai']);
    expect(receipt.indicators).toMatchObject({ channelCode: 2, online: true, anyReused: true });
  });

  it('returns the same dossier for a retry with the same Idempotency-Key, and stores it once', async () => {
    const key = newKey();
    const first = await submit(lan, submission(LAN, lanName), key);
    const retry = await submit(lan, submission(LAN, lanName), key);
    expect(first.status).toBe(201);
    expect(retry.status).toBe(200);
    expect(retry.body.code).toBe(first.body.code);
    expect(retry.body.created).toBe(false);
    const list = await call(app, 'GET', '/api/dossiers', { token: lan });
    expect(list.body.items.filter((d: { code: string }) => d.code === first.body.code)).toHaveLength(1);
  });

  it('files a new dossier in one write without reading for an earlier one: its condition catches retries', async () => {
    // Any read of a dossier would fail; a new submission must not need one.
    const fault = injectFault(t, { service: 'dynamodb', command: 'GetItemCommand', matching: 'DOSSIER#' });
    const key = newKey();
    const counts = countCommands(t);
    let first: Awaited<ReturnType<typeof submit>>;
    try {
      first = await submit(lan, submission(LAN, lanName), key);
    } finally {
      counts.remove();
    }
    expect(fault.failures).toBe(0);
    // the writes: the dossier in one PutItem, the citizen's rate in one UpdateItem, no transaction
    expect(counts.of('dynamodb', 'PutItemCommand')).toBe(1);
    expect(counts.of('dynamodb', 'UpdateItemCommand')).toBe(1);
    expect(counts.of('dynamodb', 'TransactWriteItemsCommand')).toBe(0);
    expect(first.status).toBe(201);
    // the retry is answered from the item its refused write hands back, still without a read
    const retry = await submit(lan, submission(LAN, lanName), key).finally(() => fault.remove());
    expect(fault.failures).toBe(0);
    expect(retry.status).toBe(200);
    expect(retry.body.code).toBe(first.body.code);
  });

  it('answers 409 when the same key is reused for a different procedure', async () => {
    const key = newKey();
    expect((await submit(lan, submission(LAN, lanName), key)).status).toBe(201);
    const other = await submit(lan, submission(LAN, lanName, { procedureId: 'trich-luc-khac' }), key);
    expect(other.status).toBe(409);
    expect(other.body.code).toBe('idempotency.key-reused');
  });

  it('answers 409 with a clear message when the same key comes back with different answers', async () => {
    const key = newKey();
    const first = await submit(lan, submission(LAN, lanName), key);
    expect(first.status).toBe(201);
    const changed = submission(LAN, lanName, { answers: { hoTen: lanName, soDinhDanh: LAN, soBanSao: 3 } });
    const reused = await submit(lan, changed, key);
    expect(reused.status).toBe(409);
    expect(reused.body.code).toBe('idempotency.key-reused');
    expect(reused.body.messages.vi).toContain('nội dung khác');
    expect(reused.body.messages.en).toContain('different content');
    // The first dossier is untouched and still the one the key names.
    const again = await submit(lan, submission(LAN, lanName), key);
    expect(again.status).toBe(200);
    expect(again.body.code).toBe(first.body.code);
  });

  it('lets one upload serve one dossier: a second dossier cannot take it, a retry of the first still works', async () => {
    const uploadId = await confirmedUpload(minh);
    const key = newKey();
    const body = submission(MINH, minhName, { uploads: [uploadId] });
    const first = await submit(minh, body, key);
    expect(first.status).toBe(201);
    expect((await t.deps.dossiers.getUpload(uploadId))?.consumedBy).toBe(first.body.code);
    const second = await submit(minh, body, newKey());
    expect(second.status).toBe(422);
    expect(JSON.stringify(second.body)).toContain(`was already used for dossier ${first.body.code}`);
    const retry = await submit(minh, body, key);
    expect(retry.status).toBe(200);
    expect(retry.body.code).toBe(first.body.code);
    const mine = await call(app, 'GET', '/api/dossiers', { token: minh });
    const using = mine.body.items.filter((d: { code: string }) => d.code === first.body.code);
    expect(using).toHaveLength(1);
  });

  it('requires a sane Idempotency-Key and a signed-in citizen', async () => {
    const missing = await submit(lan, submission(LAN, lanName), null);
    expect(missing.status).toBe(400);
    expect(missing.body.code).toBe('idempotency-key.missing');
    const long = await submit(lan, submission(LAN, lanName), 'k'.repeat(200));
    expect(long.status).toBe(400);
    expect(long.body.code).toBe('idempotency-key.invalid');
    const anonymous = await submit(undefined, submission(LAN, lanName));
    expect(anonymous.status).toBe(401);
  });

  it('answers 422 with the core’s errors for invalid answers and a changed locked field', async () => {
    const invalid = await submit(
      lan,
      submission(LAN, lanName, { answers: { hoTen: lanName, soDinhDanh: LAN, soBanSao: 0 } }),
    );
    expect(invalid.status).toBe(422);
    expect(invalid.body.code).toBe('validation.failed');
    expect(invalid.body.errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ path: '/answers/soBanSao', code: 'answers.range' })]),
    );

    const locked = await submit(
      lan,
      submission(LAN, lanName, { answers: { hoTen: 'Người Khác', soDinhDanh: LAN, soBanSao: 1 } }),
    );
    expect(locked.status).toBe(422);
    expect(locked.body.errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ code: 'prefill.locked' })]),
    );

    const channel = await submit(lan, submission(LAN, lanName, { channel: 'postal' }));
    expect(channel.status).toBe(422);
    expect(channel.body.errors[0].code).toMatch(/^channel\./);
  });

  it('answers 422 document.missing when a required paper is neither uploaded nor held by the state', async () => {
    const res = await submit(minh, submission(MINH, minhName));
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ code: 'document.missing' })]),
    );
  });

  it('accepts the citizen’s confirmed upload and lists it on the receipt', async () => {
    const uploadId = await confirmedUpload(minh);
    const res = await submit(minh, submission(MINH, minhName, { uploads: [uploadId] }));
    expect(res.body.errors).toBeUndefined();
    expect(res.status).toBe(201);
    expect(res.body.receipt.documents.uploaded).toEqual([
      expect.objectContaining({
        id: 'giay-chung-sinh',
        files: [{ uploadId, type: 'application/pdf', size: 2048 }],
      }),
    ]);
    expect(res.body.receipt.documents.reused).toEqual([]);
    expect(res.body.receipt.indicators).toMatchObject({ channelCode: 2, online: true, anyReused: false });
    const stored = await call(app, 'GET', `/api/dossiers/${res.body.code}`, { token: minh });
    const birth = stored.body.documents.find((d: { id: string }) => d.id === 'giay-chung-sinh');
    expect(birth.files[0].key).toContain(MINH);
  });

  it('keeps the checked file in the dossier even if the citizen PUTs again to the still-valid URL', async () => {
    const slot = await call(app, 'POST', '/api/uploads', {
      token: minh,
      body: {
        procedureId: TRICH_LUC_ID,
        document: 'giay-chung-sinh',
        contentType: 'application/pdf',
        size: 2048,
      },
    });
    const checked = pdfBytes(2048);
    await putToPresignedUrl(slot.body.upload, checked);
    const confirm = await call(app, 'POST', `/api/uploads/${slot.body.uploadId}/confirm`, { token: minh });
    expect(confirm.status).toBe(200);
    // The presigned URL is valid for 15 minutes: the replacement reaches S3 (s3rver) all the same.
    const swapped = pngBytes(2048);
    await putToPresignedUrl(slot.body.upload, swapped);
    const res = await submit(minh, submission(MINH, minhName, { uploads: [slot.body.uploadId] }));
    expect(res.status).toBe(201);
    const stored = await call(app, 'GET', `/api/dossiers/${res.body.code}`, { token: minh });
    const birth = stored.body.documents.find((d: { id: string }) => d.id === 'giay-chung-sinh');
    const Bucket = t.config.buckets.uploads;
    const read = async (Key: string) =>
      (await (await t.clients.s3.send(new GetObjectCommand({ Bucket, Key }))).Body?.transformToByteArray()) ??
      new Uint8Array();
    expect(await read(birth.files[0].key)).toEqual(checked);
    // The incoming object did change; the dossier just never points at it.
    const incoming = (await t.deps.dossiers.getUpload(slot.body.uploadId))?.key ?? '';
    expect(birth.files[0].key).not.toBe(incoming);
    expect(await read(incoming)).toEqual(swapped);
  });

  it('refuses uploads that are unconfirmed or someone else’s (422 at /uploads/<i>)', async () => {
    const pending = await call(app, 'POST', '/api/uploads', {
      token: minh,
      body: {
        procedureId: TRICH_LUC_ID,
        document: 'giay-chung-sinh',
        contentType: 'application/pdf',
        size: 2048,
      },
    });
    const othersUpload = await confirmedUpload(lan);
    const res = await submit(
      minh,
      submission(MINH, minhName, { uploads: [pending.body.uploadId, othersUpload] }),
    );
    expect(res.status).toBe(422);
    expect(res.body.errors.map((e: { path: string; code: string }) => [e.path, e.code])).toEqual([
      ['/uploads/0', 'document.invalid'],
      ['/uploads/1', 'document.invalid'],
    ]);
  });

  it('answers 404 for an unknown procedure, 400 for malformed JSON or too many uploads, 413 for a huge body', async () => {
    const unknown = await submit(lan, submission(LAN, lanName, { procedureId: 'khong-co' }));
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('procedure.not-found');

    const malformed = await call(app, 'POST', '/api/submissions', {
      token: lan,
      rawBody: '{"answers":',
      headers: { 'content-type': 'application/json', 'idempotency-key': newKey() },
    });
    expect(malformed.status).toBe(400);
    expect(malformed.body.code).toBe('request.malformed-json');

    const many = await submit(
      lan,
      submission(LAN, lanName, { uploads: Array.from({ length: 51 }, (_, i) => `u-${i}`) }),
    );
    expect(many.status).toBe(400);
    expect(many.body.code).toBe('uploads.too-many');

    const huge = JSON.stringify(
      submission(LAN, lanName, { answers: { hoTen: 'x'.repeat(t.deps.limits.maxBodyBytes) } }),
    );
    const tooLarge = await call(app, 'POST', '/api/submissions', {
      token: lan,
      rawBody: huge,
      headers: {
        'content-type': 'application/json',
        'content-length': String(huge.length),
        'idempotency-key': newKey(),
      },
    });
    expect(tooLarge.status).toBe(413);
  });

  it('leaves no dossier behind when DynamoDB fails on the write, and a retry with the same key then succeeds', async () => {
    const before = (await call(app, 'GET', '/api/dossiers', { token: lan })).body.items.length;
    const key = newKey();
    const fault = injectFault(t, { service: 'dynamodb', command: 'PutItemCommand', times: 1 });
    const failed = await submit(lan, submission(LAN, lanName), key);
    fault.remove();
    expect(fault.failures).toBe(1);
    expect(failed.status).toBe(503);
    expect(failed.body.code).toBe('dependency.unavailable');
    expect((await call(app, 'GET', '/api/dossiers', { token: lan })).body.items).toHaveLength(before);

    const retried = await submit(lan, submission(LAN, lanName), key);
    expect(retried.status).toBe(201);
    expect((await call(app, 'GET', '/api/dossiers', { token: lan })).body.items).toHaveLength(before + 1);
  });

  it('leaves no dossier behind when reading the uploads fails mid-request', async () => {
    const uploadId = await confirmedUpload(minh);
    const before = (await call(app, 'GET', '/api/dossiers', { token: minh })).body.items.length;
    // The upload slot's read fails (the other reads run beside it, in no fixed order).
    const fault = injectFault(t, {
      service: 'dynamodb',
      command: 'GetItemCommand',
      matching: uploadId,
      times: 1,
    });
    const failed = await submit(minh, submission(MINH, minhName, { uploads: [uploadId] }));
    fault.remove();
    expect(fault.failures).toBe(1);
    expect(failed.status).toBe(503);
    expect((await call(app, 'GET', '/api/dossiers', { token: minh })).body.items).toHaveLength(before);
  });

  it('asks for the paper instead of failing when the state’s data sources cannot be reached', async () => {
    // Lan's birth certificate is normally reused from her warehouse; with the lookup down it must be uploaded.
    const fault = injectFault(t, { service: 'dynamodb', command: 'QueryCommand', times: 1 });
    const res = await submit(lan, submission(LAN, lanName));
    fault.remove();
    expect(fault.failures).toBe(1);
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([expect.objectContaining({ code: 'document.missing' })]);
  });
});

describe('reading dossiers', () => {
  it('lets a citizen read their own dossier and receipt, and hides it from anyone else behind 404', async () => {
    const created = await submit(lan, submission(LAN, lanName));
    const code = created.body.code;

    const own = await call(app, 'GET', `/api/dossiers/${code}`, { token: lan });
    expect(own.status).toBe(200);
    expect(own.body).toMatchObject({
      code,
      owner: `vneid:${LAN}`,
      procedureVersion: 1,
      channel: 'online',
      status: 'received',
    });
    expect(own.body.answers.soBanSao).toBe(2);

    const receipt = await call(app, 'GET', `/api/dossiers/${code}/receipt`, { token: lan });
    expect(receipt.status).toBe(200);
    expect(receipt.body).toEqual(created.body.receipt);

    for (const path of [`/api/dossiers/${code}`, `/api/dossiers/${code}/receipt`]) {
      const other = await call(app, 'GET', path, { token: minh });
      expect(other.status).toBe(404);
      expect(other.body.code).toBe('dossier.not-found');
    }
    const minhList = await call(app, 'GET', '/api/dossiers', { token: minh });
    expect(minhList.body.items.map((d: { code: string }) => d.code)).not.toContain(code);
    const lanList = await call(app, 'GET', '/api/dossiers', { token: lan });
    expect(lanList.body.items.map((d: { code: string }) => d.code)).toContain(code);
  });

  it('answers 404 for unknown codes and 401 without a token', async () => {
    expect((await call(app, 'GET', '/api/dossiers/HS-2026-0000000000', { token: lan })).status).toBe(404);
    expect((await call(app, 'GET', '/api/dossiers/not a code', { token: lan })).status).toBe(404);
    expect((await call(app, 'GET', '/api/dossiers')).status).toBe(401);
  });
});
