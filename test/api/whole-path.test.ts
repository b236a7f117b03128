/**
 * The whole path through the combined local app, over HTTP only, against DynamoDB Local and s3rver:
 * an officer authors a procedure, a colleague approves it, a publisher publishes it and the
 * catalog release; then a citizen signs in with the VNeID stand-in, finds it in the portal, gets a
 * prefilled form, uploads a scan straight to S3, confirms it, submits and reads the receipt.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createLocalApp } from '../../functions/apps/index';
import { createDevIdpApp } from '../../functions/identity/dev-idp-app';
import { demoCitizens } from '../../functions/local/demo-users';
import { createTestDeps, type TestPlatform } from '../support/test-deps';
import { pdfBytes, putToPresignedUrl } from './submissions/fixtures/files';
import { call } from './submissions/fixtures/http';
import { TRICH_LUC_ID, trichLucProcedure } from './submissions/fixtures/trich-luc-procedure';

// Friday 13 March 2026, 09:00 in Vietnam.
const NOW = new Date('2026-03-13T02:00:00Z');
const MINH = '079088004321';

let t: TestPlatform;
let app: ReturnType<typeof createLocalApp>;

beforeAll(async () => {
  t = await createTestDeps({ overrides: { clock: { now: () => NOW } } });
  await t.seedCitizens();
  app = createLocalApp(t.deps, { extras: [createDevIdpApp(t.idp, demoCitizens)] });
});
afterAll(() => t.stop());

async function officer(username: string): Promise<string> {
  const res = await call(app, 'POST', '/dev-idp/officers/sign-in', { body: { username } });
  expect(res.status).toBe(200);
  return res.body.token;
}

it('takes a procedure from an officer’s draft to a citizen’s receipt', async () => {
  // 1. An author of the Sài Gòn ward drafts the procedure, then edits it (optimistic concurrency).
  const author = await officer('author.saigon');
  const base = `/api/admin/procedures/${TRICH_LUC_ID}/versions/1`;
  const created = await call(app, 'POST', '/api/admin/procedures', {
    token: author,
    body: { definition: trichLucProcedure({ keywords: ['trích lục'] }) },
  });
  expect(created.status).toBe(201);
  const edited = await call(app, 'PUT', base, {
    token: author,
    headers: { 'if-match': created.headers.get('etag') ?? '' },
    body: { definition: trichLucProcedure() },
  });
  expect(edited.status).toBe(200);
  const submitted = await call(app, 'POST', `${base}/submit`, {
    token: author,
    headers: { 'if-match': edited.headers.get('etag') ?? '' },
  });
  expect(submitted.status).toBe(200);

  // 2. A colleague approves; a publisher publishes the version and then the catalog release.
  const approved = await call(app, 'POST', `${base}/approve`, {
    token: await officer('approver.saigon'),
    headers: { 'if-match': submitted.headers.get('etag') ?? '' },
  });
  expect(approved.status).toBe(200);
  const publisher = await officer('publisher.saigon');
  const published = await call(app, 'POST', `${base}/publish`, {
    token: publisher,
    headers: { 'if-match': approved.headers.get('etag') ?? '' },
  });
  expect(published.status).toBe(200);
  expect(published.body.status).toBe('published');
  const release = await call(app, 'POST', '/api/publish/releases', { token: publisher });
  expect(release.status).toBe(201);

  // 3. The portal finds it, typed without diacritics.
  const found = await call(app, 'GET', `/api/catalog?q=${encodeURIComponent('trich luc')}`);
  expect(found.status).toBe(200);
  expect(found.body.items.map((e: { id: string }) => e.id)).toContain(TRICH_LUC_ID);

  // 4. A citizen signs in with the VNeID stand-in and gets the form prefilled from the registry.
  const signIn = await call(app, 'POST', '/dev-idp/vneid/sign-in', { body: { personalId: MINH } });
  expect(signIn.status).toBe(200);
  const citizen: string = signIn.body.token;
  const registry = await t.deps.citizens.load(MINH);
  expect((registry?.attributes?.population as { fullName?: string } | undefined)?.fullName).toMatch(/\S/);
  const form = await call(app, 'GET', `/api/forms/${TRICH_LUC_ID}?channel=online`, { token: citizen });
  expect(form.status).toBe(200);
  expect(form.body.formData).toEqual({
    hoTen: (registry?.attributes?.population as { fullName?: string } | undefined)?.fullName,
    soDinhDanh: MINH,
  });
  const birth = form.body.documents.find((d: { id: string }) => d.id === 'giay-chung-sinh');
  expect(birth.status).toBe('upload');
  const answers = { ...form.body.formData, soBanSao: 2 };
  const quote = await call(app, 'POST', `/api/forms/${TRICH_LUC_ID}/quote`, {
    body: { channel: 'online', answers },
  });
  expect(quote.body.total).toBe(0);

  // 5. The scan goes straight to S3 with the presigned PUT; the server checks it on confirm.
  const scan = pdfBytes(4096);
  const slot = await call(app, 'POST', '/api/uploads', {
    token: citizen,
    body: {
      procedureId: TRICH_LUC_ID,
      document: 'giay-chung-sinh',
      contentType: 'application/pdf',
      size: scan.length,
    },
  });
  expect(slot.status).toBe(201);
  await putToPresignedUrl(slot.body.upload, scan);
  const confirmed = await call(app, 'POST', `/api/uploads/${slot.body.uploadId}/confirm`, { token: citizen });
  expect(confirmed.status).toBe(200);

  // 6. Submit, then read the receipt back.
  const submittedDossier = await call(app, 'POST', '/api/submissions', {
    token: citizen,
    headers: { 'idempotency-key': 'whole-path-0001' },
    body: { procedureId: TRICH_LUC_ID, channel: 'online', answers, uploads: [slot.body.uploadId] },
  });
  expect(submittedDossier.status).toBe(201);
  const code: string = submittedDossier.body.code;
  const receipt = await call(app, 'GET', `/api/dossiers/${code}/receipt`, { token: citizen });
  expect(receipt.status).toBe(200);
  expect(receipt.body).toMatchObject({
    code,
    procedure: { id: TRICH_LUC_ID, version: 1, code: '2.000635' },
    agency: { id: 'ubnd-phuong-sai-gon' },
    channel: 'online',
    dueDate: '2026-03-17',
    fees: { total: 0 },
  });
  expect(receipt.body.fees.lines[0].policies[0].why.vi).toContain('411/NQ-HĐND');
  expect(receipt.body.documents.uploaded[0]).toMatchObject({
    id: 'giay-chung-sinh',
    files: [{ size: scan.length }],
  });
  const mine = await call(app, 'GET', '/api/dossiers', { token: citizen });
  expect(mine.body.items.map((d: { code: string }) => d.code)).toEqual([code]);
});
