/**
 * Upload slots and their confirmation through HTTP, with real presigned PUTs to s3rver. s3rver
 * enforces no policy, so these tests prove the SERVER rejects wrong types, sizes and owners.
 */
import { GetObjectCommand, GetObjectTaggingCommand, PutObjectTaggingCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSubmissionsApp } from '../../../functions/apps/submissions/app';
import { injectFault } from '../../support/inject-fault';
import { createTestDeps, type TestPlatform } from '../../support/test-deps';
import { seeAddedMiddleware } from '../../support/watch-sdk';
import { pdfBytes, pngBytes, putToPresignedUrl } from './fixtures/files';
import { call } from './fixtures/http';
import { TRICH_LUC_ID, trichLucProcedure } from './fixtures/trich-luc-procedure';

const MINH = '079088004321';
const LAN = '079190012345';

let t: TestPlatform;
let app: ReturnType<typeof createSubmissionsApp>;
let minh: string;
let lan: string;

beforeAll(async () => {
  t = await createTestDeps();
  await t.seedCitizens();
  await t.seedCatalog([trichLucProcedure()]);
  app = createSubmissionsApp(t.deps);
  minh = await t.citizenToken(MINH);
  lan = await t.citizenToken(LAN);
});
afterAll(() => t.stop());

function slotRequest(overrides: Record<string, unknown> = {}) {
  return {
    procedureId: TRICH_LUC_ID,
    document: 'giay-chung-sinh',
    contentType: 'application/pdf',
    size: 1200,
    ...overrides,
  };
}

async function createSlot(token: string, overrides: Record<string, unknown> = {}) {
  const res = await call(app, 'POST', '/api/uploads', { token, body: slotRequest(overrides) });
  expect(res.status).toBe(201);
  return res.body;
}

describe('POST /api/uploads', () => {
  it('needs a signed-in citizen: 401 without a token, 403 for an officer', async () => {
    const anonymous = await call(app, 'POST', '/api/uploads', { body: slotRequest() });
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.code).toBe('auth.unauthenticated');
    const officer = await call(app, 'POST', '/api/uploads', {
      token: await t.officerToken('author.saigon'),
      body: slotRequest(),
    });
    expect(officer.status).toBe(403);
  });

  it('returns a presigned PUT under the citizen’s own prefix, with an expiry', async () => {
    const slot = await createSlot(minh);
    expect(slot.upload.method).toBe('PUT');
    expect(slot.upload.headers['content-type']).toBe('application/pdf');
    // Until confirmed the file is marked pending, so S3 expires it if the citizen walks away.
    expect(slot.upload.headers['x-amz-tagging']).toBe('upload=pending');
    expect(new Date(slot.expiresAt).getTime()).toBeGreaterThan(Date.now());
    const stored = await t.deps.dossiers.getUpload(slot.uploadId);
    expect(stored).toMatchObject({ owner: `vneid:${MINH}`, status: 'pending', document: 'giay-chung-sinh' });
    expect(stored?.key).toContain(MINH);
  });

  it('rejects with 422 a type or size the document does not accept, and documents it does not have', async () => {
    const gif = await call(app, 'POST', '/api/uploads', {
      token: minh,
      body: slotRequest({ contentType: 'image/gif' }),
    });
    expect(gif.status).toBe(422);
    expect(gif.body.errors).toEqual([
      expect.objectContaining({ code: 'document.type', path: '/contentType' }),
    ]);

    const big = await call(app, 'POST', '/api/uploads', {
      token: minh,
      body: slotRequest({ size: 2 * 1024 * 1024 }),
    });
    expect(big.status).toBe(422);
    expect(big.body.errors[0].code).toBe('document.size');
    expect(big.body.errors[0].message.vi).toContain('vượt quá');

    const unknown = await call(app, 'POST', '/api/uploads', {
      token: minh,
      body: slotRequest({ document: 'ho-chieu' }),
    });
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors[0].code).toBe('document.unexpected');
  });

  it('answers 404 for an unknown procedure and 400 for malformed JSON or a bad size', async () => {
    const unknown = await call(app, 'POST', '/api/uploads', {
      token: minh,
      body: slotRequest({ procedureId: 'khong-co' }),
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('procedure.not-found');
    const malformed = await call(app, 'POST', '/api/uploads', {
      token: minh,
      rawBody: '{"size": 12',
      headers: { 'content-type': 'application/json' },
    });
    expect(malformed.status).toBe(400);
    expect(malformed.body.code).toBe('request.malformed-json');
    const badSize = await call(app, 'POST', '/api/uploads', { token: minh, body: slotRequest({ size: -5 }) });
    expect(badSize.status).toBe(400);
  });

  it('answers 503 and records no slot when DynamoDB fails on the slot write', async () => {
    const withKnownId = createSubmissionsApp({ ...t.deps, ids: { next: () => 'slot-under-fault' } });
    const fault = injectFault(t, { service: 'dynamodb', command: 'PutItemCommand', times: 1 });
    const res = await call(withKnownId, 'POST', '/api/uploads', { token: minh, body: slotRequest() });
    fault.remove();
    expect(fault.failures).toBe(1);
    expect(res.status).toBe(503);
    expect(res.body.code).toBe('dependency.unavailable');
    expect(await t.deps.dossiers.getUpload('slot-under-fault')).toBeNull();
  });

  it('answers 413 for a body over the limit', async () => {
    const huge = JSON.stringify(slotRequest({ note: 'x'.repeat(t.deps.limits.maxBodyBytes) }));
    const res = await call(app, 'POST', '/api/uploads', {
      token: minh,
      rawBody: huge,
      headers: { 'content-type': 'application/json', 'content-length': String(huge.length) },
    });
    expect(res.status).toBe(413);
  });
});

describe('POST /api/uploads/:id/confirm', () => {
  it('accepts a real PDF uploaded to the presigned URL, and a second confirm is harmless', async () => {
    const slot = await createSlot(minh);
    await putToPresignedUrl(slot.upload, pdfBytes(1200));
    const res = await call(app, 'POST', `/api/uploads/${slot.uploadId}/confirm`, { token: minh });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'confirmed', size: 1200, contentType: 'application/pdf' });
    const again = await call(app, 'POST', `/api/uploads/${slot.uploadId}/confirm`, { token: minh });
    expect(again.status).toBe(200);
    expect((await t.deps.dossiers.getUpload(slot.uploadId))?.status).toBe('confirmed');
  });

  it('keeps the checked file under a key no presigned URL writes; the incoming one stays pending', async () => {
    const slot = await createSlot(minh);
    const pdf = pdfBytes(1200);
    await putToPresignedUrl(slot.upload, pdf);
    const stored = await t.deps.dossiers.getUpload(slot.uploadId);
    const incoming = stored?.key ?? '';
    const kept = stored?.keptKey ?? '';
    expect(kept).toMatch(/^documents\//);
    expect(new URL(slot.upload.url).pathname).toContain(incoming);
    expect(new URL(slot.upload.url).pathname).not.toContain(kept);
    const Bucket = t.config.buckets.uploads;
    // S3 stores the signed x-amz-tagging header of the PUT; s3rver 3.7 drops it, so tag as S3 would.
    const [name, value] = slot.upload.headers['x-amz-tagging'].split('=');
    const pending = [{ Key: name, Value: value }];
    await t.clients.s3.send(
      new PutObjectTaggingCommand({ Bucket, Key: incoming, Tagging: { TagSet: pending } }),
    );
    const res = await call(app, 'POST', `/api/uploads/${slot.uploadId}/confirm`, { token: minh });
    expect(res.status).toBe(200);
    expect(await readObject(kept)).toEqual(pdf);
    const tagsOf = async (Key: string) =>
      (await t.clients.s3.send(new GetObjectTaggingCommand({ Bucket, Key }))).TagSet ?? [];
    // The lifecycle rule expires the incoming object and never the kept one.
    expect(await tagsOf(kept)).toEqual([]);
    expect(await tagsOf(incoming)).toEqual(pending);
  });

  for (const step of [
    { what: 'the copy', service: 's3', command: 'CopyObjectCommand', after: 0 },
    { what: 'the check of the copy', service: 's3', command: 'HeadObjectCommand', after: 1 },
    { what: 'the slot update', service: 'dynamodb', command: 'UpdateItemCommand', after: 0 },
  ] as const) {
    it(`answers 503 and leaves the slot pending when ${step.what} fails; a retry confirms`, async () => {
      const slot = await createSlot(minh);
      await putToPresignedUrl(slot.upload, pdfBytes(1200));
      const fault = injectFault(t, { ...step, times: 1 });
      const failed = await call(app, 'POST', `/api/uploads/${slot.uploadId}/confirm`, { token: minh });
      fault.remove();
      expect(fault.failures).toBe(1);
      expect(failed.status).toBe(503);
      expect(failed.body.code).toBe('dependency.unavailable');
      expect((await t.deps.dossiers.getUpload(slot.uploadId))?.status).toBe('pending');
      const retried = await call(app, 'POST', `/api/uploads/${slot.uploadId}/confirm`, { token: minh });
      expect(retried.status).toBe(200);
      const confirmed = await t.deps.dossiers.getUpload(slot.uploadId);
      expect(confirmed?.status).toBe('confirmed');
      expect(await readObject(confirmed?.keptKey ?? '')).toEqual(pdfBytes(1200));
    });
  }

  it('keeps nothing when the file is replaced between the check and the copy (409, then re-checked)', async () => {
    const slot = await createSlot(minh);
    await putToPresignedUrl(slot.upload, pdfBytes(1200));
    // The citizen's second PUT lands just before the server copies: a real request, interleaved.
    const race = interleave('CopyObjectCommand', () => putToPresignedUrl(slot.upload, pngBytes(1200)));
    const raced = await call(app, 'POST', `/api/uploads/${slot.uploadId}/confirm`, { token: minh });
    race.remove();
    expect(raced.status).toBe(409);
    expect(raced.body.code).toBe('upload.changed');
    expect(raced.body.messages.vi).toContain('xác nhận lại');
    expect((await t.deps.dossiers.getUpload(slot.uploadId))?.status).toBe('pending');
    // Confirming again checks what is there now: the PNG is refused.
    const again = await call(app, 'POST', `/api/uploads/${slot.uploadId}/confirm`, { token: minh });
    expect(again.status).toBe(422);
    expect(again.body.errors[0].code).toBe('document.type');
  });

  it('rejects a PNG sent as a PDF by its magic bytes, and deletes the object', async () => {
    const slot = await createSlot(minh);
    await putToPresignedUrl(slot.upload, pngBytes(1200));
    const res = await call(app, 'POST', `/api/uploads/${slot.uploadId}/confirm`, { token: minh });
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([expect.objectContaining({ code: 'document.type' })]);
    expect(res.body.errors[0].message.en).toContain('image/png');
    const key = (await t.deps.dossiers.getUpload(slot.uploadId))?.key ?? '';
    expect(await t.deps.files.head(key)).toBeNull();
    expect((await t.deps.dossiers.getUpload(slot.uploadId))?.status).toBe('pending');
  });

  it('rejects a file whose stored size differs from the declared size (s3rver does not enforce it)', async () => {
    const slot = await createSlot(minh, { size: 5000 });
    await putToPresignedUrl(slot.upload, pdfBytes(3000));
    const res = await call(app, 'POST', `/api/uploads/${slot.uploadId}/confirm`, { token: minh });
    expect(res.status).toBe(422);
    expect(res.body.errors[0].code).toBe('document.size');
  });

  it('says the file has not arrived when nothing was uploaded', async () => {
    const slot = await createSlot(minh);
    const res = await call(app, 'POST', `/api/uploads/${slot.uploadId}/confirm`, { token: minh });
    expect(res.status).toBe(422);
    expect(res.body.errors[0].code).toBe('document.missing');
  });

  it('hides another citizen’s upload behind 404', async () => {
    const slot = await createSlot(minh);
    await putToPresignedUrl(slot.upload, pdfBytes(1200));
    const res = await call(app, 'POST', `/api/uploads/${slot.uploadId}/confirm`, { token: lan });
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('upload.not-found');
    expect((await t.deps.dossiers.getUpload(slot.uploadId))?.status).toBe('pending');
  });

  it('answers 503 and leaves the slot pending when S3 fails mid-request; a retry then succeeds', async () => {
    const slot = await createSlot(minh);
    await putToPresignedUrl(slot.upload, pdfBytes(1200));
    const fault = injectFault(t, { service: 's3', command: 'GetObjectCommand', times: 1 });
    const failed = await call(app, 'POST', `/api/uploads/${slot.uploadId}/confirm`, { token: minh });
    fault.remove();
    expect(failed.status).toBe(503);
    expect(failed.body.code).toBe('dependency.unavailable');
    expect((await t.deps.dossiers.getUpload(slot.uploadId))?.status).toBe('pending');
    const retried = await call(app, 'POST', `/api/uploads/${slot.uploadId}/confirm`, { token: minh });
    expect(retried.status).toBe(200);
  });
});

/** The object's bytes, read back through the SDK. */
async function readObject(Key: string): Promise<Uint8Array> {
  const out = await t.clients.s3.send(new GetObjectCommand({ Bucket: t.config.buckets.uploads, Key }));
  return (await out.Body?.transformToByteArray()) ?? new Uint8Array();
}

/** Runs `action` just before the real S3 client sends `command` (once), as a concurrent request would. */
function interleave(command: string, action: () => Promise<void>) {
  const name = `interleave-${command}-${Math.random()}`;
  let done = false;
  seeAddedMiddleware(t.clients.s3);
  t.clients.s3.middlewareStack.add(
    (next, context) => async (args) => {
      if (context.commandName === command && !done) {
        done = true;
        await action();
      }
      return next(args);
    },
    { step: 'initialize', name },
  );
  return { remove: () => void t.clients.s3.middlewareStack.remove(name) };
}
