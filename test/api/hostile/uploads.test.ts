/**
 * Issue 12, finding 7 (quota and content; single use is i12-db's): 200 slots of 5 MiB were granted
 * in 2.6 s, and a file that starts `%PDF-` and continues as HTML was accepted. Now each citizen
 * has a daily quota of slots and bytes (429 with Retry-After, vi/en), and confirmation checks the
 * whole structure of the file, through the real path: a presigned PUT to s3rver, then confirm.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSubmissionsApp } from '../../../functions/apps/submissions/app';
import { createTestDeps, type TestPlatform } from '../../support/test-deps';
import { jpegBytes, pdfBytes, pdfThenHtml, pngBytes, putToPresignedUrl } from '../submissions/fixtures/files';
import { call } from '../submissions/fixtures/http';
import { TRICH_LUC_ID, trichLucProcedure } from '../submissions/fixtures/trich-luc-procedure';

const A = '079190012345';
const B = '079088004321';
// 14:00 in Vietnam: 10 hours to midnight, when the quota starts again
const NOW = new Date('2026-03-13T07:00:00Z');

let t: TestPlatform;
let app: ReturnType<typeof createSubmissionsApp>;
let a: string;
let b: string;

beforeAll(async () => {
  t = await createTestDeps({
    overrides: { clock: { now: () => NOW } },
    env: { UPLOAD_QUOTA_FILES_PER_DAY: '8', UPLOAD_QUOTA_BYTES_PER_DAY: String(200_000) },
  });
  await t.seedCitizens();
  await t.seedCatalog([trichLucProcedure()]);
  app = createSubmissionsApp(t.deps);
  a = await t.citizenToken(A);
  b = await t.citizenToken(B);
});
afterAll(() => t.stop());

const slot = (token: string, contentType: string, size: number) =>
  call(app, 'POST', '/api/uploads', {
    token,
    body: { procedureId: TRICH_LUC_ID, document: 'giay-chung-sinh', contentType, size },
  });

async function uploadAndConfirm(token: string, contentType: string, bytes: Uint8Array<ArrayBuffer>) {
  const created = await slot(token, contentType, bytes.length);
  expect(created.status).toBe(201);
  await putToPresignedUrl(created.body.upload, bytes);
  const confirmed = await call(app, 'POST', `/api/uploads/${created.body.uploadId}/confirm`, { token });
  return { confirmed, uploadId: created.body.uploadId as string, key: created.body.upload.url as string };
}

describe('content checked beyond the first bytes', () => {
  it('accepts a well-formed PDF, JPEG and PNG', async () => {
    for (const [type, bytes] of [
      ['application/pdf', pdfBytes(3000)],
      ['image/jpeg', jpegBytes(3000)],
      ['image/png', pngBytes(3000)],
    ] as const) {
      const { confirmed } = await uploadAndConfirm(a, type, bytes);
      expect(confirmed.status, type).toBe(200);
    }
  });

  it('refuses a file that starts %PDF- and continues as HTML, deletes it, and the slot stays unusable', async () => {
    const { confirmed, uploadId } = await uploadAndConfirm(a, 'application/pdf', pdfThenHtml(2000));
    expect(confirmed.status).toBe(422);
    expect(confirmed.body.errors).toEqual([
      expect.objectContaining({
        code: 'document.content',
        message: {
          vi: 'Tệp không phải là "application/pdf" hợp lệ: phần đầu tệp chứa mã HTML.',
          en: 'The file is not a valid "application/pdf": the start of the file contains HTML.',
        },
      }),
    ]);
    expect((await t.deps.dossiers.getUpload(uploadId))?.status).toBe('pending');
    const slotItem = await t.deps.dossiers.getUpload(uploadId);
    expect(await t.deps.files.head(slotItem!.key)).toBeNull();
  });

  it('refuses a PDF without its end structure, a PNG with a broken IHDR checksum and a JPEG without a frame', async () => {
    const truncated = pdfBytes(3000).slice();
    truncated.fill(0x20, 2900); // %%EOF and startxref gone
    const png = pngBytes(2000).slice();
    png[29] = (png[29] ?? 0) ^ 0xff; // last byte of IHDR's CRC
    const jpeg = jpegBytes(2000).slice();
    jpeg.set([0xff, 0xd9], jpeg.length - 21); // the SOF marker overwritten
    for (const [type, bytes, reason] of [
      ['application/pdf', truncated, /%%EOF/],
      ['image/png', png, /CRC/],
      ['image/jpeg', jpeg, /SOF|segment/],
    ] as const) {
      const { confirmed } = await uploadAndConfirm(b, type, bytes);
      expect(confirmed.status, type).toBe(422);
      expect(confirmed.body.errors[0].code, type).toBe('document.content');
      expect(confirmed.body.errors[0].message.en, type).toMatch(reason);
    }
  });
});

describe('per-citizen daily quota', () => {
  it('grants slots until the day’s count is used, then 429 with Retry-After until midnight in Vietnam; others are unaffected', async () => {
    // citizen A used 4 slots above (8 per day): 4 more, then refused
    for (let i = 0; i < 4; i++) expect((await slot(a, 'application/pdf', 1000)).status).toBe(201);
    const refused = await slot(a, 'application/pdf', 1000);
    expect(refused.status).toBe(429);
    expect(refused.body.code).toBe('upload.quota');
    expect(refused.headers.get('retry-after')).toBe(String(10 * 3600));
    expect(refused.body.messages.vi).toContain('hạn mức tải tệp hôm nay (8 tệp');
    expect(refused.body.messages.en).toContain("today's upload quota (8 files");
    expect((await slot(b, 'application/pdf', 1000)).status).toBe(201);
  });

  it('counts declared bytes too: a slot that would pass the day’s bytes is refused, a smaller one still fits', async () => {
    // B declared 3 × 2000 + 1000 bytes so far; the quota is 200,000 bytes
    const big = await slot(b, 'application/pdf', 1024 * 1024 + 1);
    expect(big.status).toBe(422); // over the document's own 1 MiB limit: refused before the quota
    const tooMuch = await slot(b, 'application/pdf', 199_000);
    expect(tooMuch.status).toBe(429);
    expect(tooMuch.body.code).toBe('upload.quota');
    expect((await slot(b, 'application/pdf', 150_000)).status).toBe(201);
  });

  it('never grants more than the quota under a burst of concurrent requests', async () => {
    const c = await t.citizenToken('001195003456');
    const replies = await Promise.all(Array.from({ length: 20 }, () => slot(c, 'application/pdf', 1000)));
    const statuses = replies.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(8);
    expect(statuses.filter((s) => s === 429)).toHaveLength(12);
  });
});
