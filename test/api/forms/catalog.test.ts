/**
 * The portal's catalog read: only what the current release holds, found the way Vietnamese users
 * type (without diacritics), published by an officer through the real publish route.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFormsApp } from '../../../functions/apps/forms/app';
import { createPublishApp } from '../../../functions/apps/publish/app';
import { createTestDeps, type TestPlatform } from '../../support/test-deps';
import { call } from '../submissions/fixtures/http';
import { TRICH_LUC_ID, trichLucProcedure } from '../submissions/fixtures/trich-luc-procedure';

const NOW = new Date('2026-03-13T02:00:00Z');
const CHUNG_THUC_ID = 'chung-thuc-thu-nghiem';

/** A certification fee: no 0-đồng online resolution covers this category in HCM. */
const chungThuc = () => {
  const base = trichLucProcedure();
  return trichLucProcedure({
    id: CHUNG_THUC_ID,
    code: '2.000815',
    name: {
      vi: 'Chứng thực bản sao từ bản chính (thử nghiệm)',
      en: 'Certified copy from the original (test)',
    },
    field: 'chung-thuc',
    keywords: ['chứng thực'],
    fees: [{ ...base.fees[0]!, id: 'le-phi-ban-sao', kind: 'phi', category: 'chung-thuc', setBy: undefined }],
  });
};

let t: TestPlatform;
let forms: ReturnType<typeof createFormsApp>;

beforeAll(async () => {
  t = await createTestDeps({ overrides: { clock: { now: () => NOW } } });
  await t.seedCatalog([trichLucProcedure(), chungThuc()]);
  forms = createFormsApp(t.deps);
});
afterAll(() => t.stop());

describe('the portal catalog', () => {
  it('answers 503 catalog.no-release with a clear message before anything is published', async () => {
    const res = await call(forms, 'GET', '/api/catalog');
    expect(res.status).toBe(503);
    expect(res.body.code).toBe('catalog.no-release');
    expect(res.body.messages.vi).toMatch(/chưa được công bố/);
  });

  it('lists the current release once a publisher publishes it', async () => {
    const publisher = await t.officerToken('publisher.saigon');
    const published = await call(createPublishApp(t.deps), 'POST', '/api/publish/releases', {
      token: publisher,
    });
    expect(published.status).toBe(201);

    const res = await call(forms, 'GET', '/api/catalog');
    expect(res.status).toBe(200);
    expect(res.body.items.map((e: { id: string }) => e.id).sort()).toEqual(
      [CHUNG_THUC_ID, TRICH_LUC_ID].sort(),
    );
    expect(res.body.releaseId).toBe(published.body.release.releaseId);
  });

  it('finds procedures typed without diacritics, and filters by field and by 0-đồng online', async () => {
    const plain = await call(forms, 'GET', `/api/catalog?q=${encodeURIComponent('trich luc ban sao')}`);
    expect(plain.body.items.map((e: { id: string }) => e.id)).toEqual([TRICH_LUC_ID]);

    const accented = await call(forms, 'GET', `/api/catalog?q=${encodeURIComponent('CHỨNG THỰC')}`);
    expect(accented.body.items.map((e: { id: string }) => e.id)).toEqual([CHUNG_THUC_ID]);

    const byField = await call(forms, 'GET', '/api/catalog?field=chung-thuc');
    expect(byField.body.items.map((e: { id: string }) => e.id)).toEqual([CHUNG_THUC_ID]);

    const zero = await call(forms, 'GET', '/api/catalog?zeroFeeOnline=true');
    expect(zero.body.items.map((e: { id: string }) => e.id)).toEqual([TRICH_LUC_ID]);

    const none = await call(forms, 'GET', '/api/catalog?q=xay+dung');
    expect(none.body.total).toBe(0);
  });

  it('rejects a non-boolean zeroFeeOnline and an over-long query with 400', async () => {
    const flag = await call(forms, 'GET', '/api/catalog?zeroFeeOnline=yes');
    expect(flag.status).toBe(400);
    expect(flag.body.code).toBe('query.invalid-boolean');
    const long = await call(forms, 'GET', `/api/catalog?q=${'a'.repeat(300)}`);
    expect(long.status).toBe(400);
  });

  it('serves one procedure’s detail from the release, and 404 for ids it does not hold', async () => {
    const res = await call(forms, 'GET', `/api/catalog/procedures/${TRICH_LUC_ID}`);
    expect(res.status).toBe(200);
    expect(res.body.procedure.code).toBe('2.000635');
    expect(res.body.procedure.name.vi).toContain('trích lục');

    const unknown = await call(forms, 'GET', '/api/catalog/procedures/khong-ton-tai');
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('procedure.not-found');
    const traversal = await call(forms, 'GET', `/api/catalog/procedures/${encodeURIComponent('../current')}`);
    expect(traversal.status).toBe(404);
  });
});
