/**
 * The catalog search one page at a time, from the release's compact search index, over HTTP:
 * 23 procedures published by a publisher through the real publish route; pages that together
 * list each match once, ranked name-first, found without diacritics; bad page parameters refused
 * in Vietnamese and English; answers gzip-compressed for clients that accept it, also through the
 * Lambda adapter.
 */
import { gunzipSync } from 'node:zlib';
import { handle } from 'hono/aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFormsApp } from '../../../functions/apps/forms/app';
import { createPublishApp } from '../../../functions/apps/publish/app';
import { envNames } from '../../../functions/config/env-names';
import { devIssuers } from '../../../functions/config/load-config';
import { withHealth } from '../../../functions/handlers/lambda-handler';
import type { AppDeps } from '../../../functions/ports';
import { fileKey, readManifest } from '../../../functions/use-cases/publish/read-release';
import { httpApiEvent, lambdaContext } from '../../support/api-gateway-event';
import { createTestDeps, type TestPlatform } from '../../support/test-deps';
import { call } from '../submissions/fixtures/http';
import { trichLucProcedure } from '../submissions/fixtures/trich-luc-procedure';

const NOW = new Date('2026-03-13T02:00:00Z');
const COUNT = 20;

/** 20 numbered copies, one birth registration, one whose keywords only mention khai sinh, one more. */
const procedures = () => [
  ...Array.from({ length: COUNT }, (_, i) =>
    trichLucProcedure({
      id: `ban-sao-so-${String(i + 1).padStart(2, '0')}`,
      code: `9.${String(i + 1).padStart(6, '0')}`,
      name: {
        vi: `Cấp bản sao trích lục hộ tịch số ${i + 1}`,
        en: `Copy of a civil status extract no. ${i + 1}`,
      },
    }),
  ),
  trichLucProcedure({
    id: 'a-chi-tu-khoa',
    code: '9.100001',
    name: { vi: 'Xác nhận tình trạng hôn nhân', en: 'Certificate of marital status' },
    keywords: ['giấy khai sinh'],
  }),
  trichLucProcedure({
    id: 'z-dang-ky-khai-sinh',
    code: '1.001193',
    name: { vi: 'Thủ tục đăng ký khai sinh', en: 'Birth registration' },
    keywords: [],
  }),
  trichLucProcedure({
    id: 'z-dang-ky-ket-hon',
    code: '1.000894',
    name: { vi: 'Đăng ký kết hôn', en: 'Marriage registration' },
    keywords: [],
  }),
];
const TOTAL = COUNT + 3;

let t: TestPlatform;
let forms: ReturnType<typeof createFormsApp>;
let releaseId: string;

beforeAll(async () => {
  t = await createTestDeps({ overrides: { clock: { now: () => NOW } } });
  await t.seedCatalog(procedures());
  forms = createFormsApp(t.deps);
  const published = await call(createPublishApp(t.deps), 'POST', '/api/publish/releases', {
    token: await t.officerToken('publisher.saigon'),
  });
  expect(published.status).toBe(201);
  releaseId = published.body.release.releaseId;
});
afterAll(() => t.stop());

const ids = (body: { items: { id: string }[] }) => body.items.map((e) => e.id);

/** The same storage, except that the release has no search.json (published before it existed). */
function withoutSearchFile(deps: AppDeps): AppDeps {
  const releases = deps.releases;
  return {
    ...deps,
    releases: {
      // the manifest no longer names search.json, as in a release published before it existed
      getObject: async (key) => {
        const body = await releases.getObject(key);
        if (body === null || !key.endsWith('/manifest.json')) return body;
        const manifest = JSON.parse(body) as { files: { path: string }[] };
        return JSON.stringify({ ...manifest, files: manifest.files.filter((f) => f.path !== 'search.json') });
      },
      putObject: (key, body, type) => releases.putObject(key, body, type),
      getCurrentPointer: () => releases.getCurrentPointer(),
      setCurrentPointer: (pointer, options) => releases.setCurrentPointer(pointer, options),
    },
  };
}

describe('the catalog, one page at a time', () => {
  // First: the index of a release is prepared once per container, so this must be its first read.
  it('searches a release published before search.json existed, from its index.json', async () => {
    const res = await call(createFormsApp(withoutSearchFile(t.deps)), 'GET', '/api/catalog?q=khai%20sinh');
    expect(res.status).toBe(200);
    expect(ids(res.body)).toEqual(['z-dang-ky-khai-sinh', 'a-chi-tu-khoa']);
  });

  it('publishes a search.json far smaller than index.json: registry names once, keywords normalised', async () => {
    const manifest = await readManifest(t.deps, releaseId);
    const keyOf = (path: string) => (manifest && fileKey(manifest, path)) ?? 'missing';
    const search = (await t.deps.releases.getObject(keyOf('search.json'))) ?? '';
    const index = (await t.deps.releases.getObject(keyOf('index.json'))) ?? '';
    expect(search.length).toBeGreaterThan(0);
    expect(search.length).toBeLessThan(index.length / 2);
    const file = JSON.parse(search);
    expect(file.procedures).toHaveLength(TOTAL);
    expect(Object.keys(file.names.agencies)).toEqual(['ubnd-phuong-sai-gon']);
    const khaiSinh = file.procedures.find((p: { id: string }) => p.id === 'z-dang-ky-khai-sinh');
    expect(khaiSinh.text).toBe('z-dang-ky-khai-sinh 1.001193');
    const chiTuKhoa = file.procedures.find((p: { id: string }) => p.id === 'a-chi-tu-khoa');
    expect(chiTuKhoa.text).toBe('a-chi-tu-khoa 9.100001 giay khai sinh');
  });

  it('answers 20 by default with the total, and pages that list every match exactly once', async () => {
    const first = await call(forms, 'GET', '/api/catalog');
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ releaseId, total: TOTAL, page: 1, pageSize: 20 });
    expect(first.body.items).toHaveLength(20);
    expect(first.body.items[0]).toMatchObject({
      id: 'a-chi-tu-khoa',
      field: { id: 'ho-tich', name: { vi: 'Hộ tịch' } },
      agency: { id: 'ubnd-phuong-sai-gon' },
      fees: { zeroOnline: true },
    });

    const seen: string[] = [];
    for (let page = 1; page <= 3; page++) {
      const res = await call(forms, 'GET', `/api/catalog?pageSize=10&page=${page}`);
      expect(res.body).toMatchObject({ total: TOTAL, page, pageSize: 10 });
      seen.push(...ids(res.body));
    }
    expect(seen).toHaveLength(TOTAL);
    expect(new Set(seen)).toEqual(new Set(procedures().map((p) => p.id)));
    expect(seen.slice(0, 20)).toEqual(ids(first.body));

    const past = await call(forms, 'GET', '/api/catalog?pageSize=10&page=4');
    expect(past.status).toBe(200);
    expect(past.body).toMatchObject({ total: TOTAL, page: 4, items: [] });
  });

  it('ranks the name match first, without diacritics, and pages through the ranked order', async () => {
    const one = await call(forms, 'GET', `/api/catalog?q=${encodeURIComponent('dang ky khai sinh')}`);
    expect(ids(one.body)).toEqual(['z-dang-ky-khai-sinh']);

    const top = await call(forms, 'GET', '/api/catalog?q=KHAI+SINH&pageSize=1');
    expect(top.body).toMatchObject({ total: 2, pageSize: 1 });
    expect(ids(top.body)).toEqual(['z-dang-ky-khai-sinh']);
    const second = await call(forms, 'GET', '/api/catalog?q=khai+sinh&pageSize=1&page=2');
    expect(ids(second.body)).toEqual(['a-chi-tu-khoa']);

    const numbered = await call(forms, 'GET', `/api/catalog?q=${encodeURIComponent('trích lục số 1')}`);
    // "so 1" occurs in "so 1", "so 10"… "so 19": the shortest name, so 1 itself, comes first
    expect(numbered.body.total).toBe(11);
    expect(ids(numbered.body)[0]).toBe('ban-sao-so-01');
  });

  it('keeps the filters, and lists only the given ids (names of a citizen’s dossiers)', async () => {
    const byCode = await call(forms, 'GET', '/api/catalog?q=1.00119');
    expect(ids(byCode.body)).toEqual(['z-dang-ky-khai-sinh']);
    // the agency's name is searched too (normalised once per agency, not written per procedure)
    const byAgency = await call(
      forms,
      'GET',
      `/api/catalog?q=${encodeURIComponent('uy ban nhan dan phuong sai gon')}`,
    );
    expect(byAgency.body.total).toBe(TOTAL);
    const none = await call(forms, 'GET', '/api/catalog?field=chung-thuc');
    expect(none.body).toMatchObject({ total: 0, items: [] });
    const zero = await call(forms, 'GET', '/api/catalog?zeroFeeOnline=true&pageSize=100');
    expect(zero.body.total).toBe(TOTAL);
    const some = await call(forms, 'GET', '/api/catalog?ids=z-dang-ky-ket-hon,ban-sao-so-07,khong-co');
    expect(ids(some.body).sort()).toEqual(['ban-sao-so-07', 'z-dang-ky-ket-hon']);
  });

  it.each([
    ['page=0'],
    ['page=-1'],
    ['page=abc'],
    ['page=1.5'],
    ['pageSize=0'],
    ['pageSize=101'],
    ['pageSize=1e2'],
  ])('refuses %s with a 400 problem in Vietnamese and English', async (param) => {
    const res = await call(forms, 'GET', `/api/catalog?${param}`);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(res.body.code).toBe('query.invalid-page');
    expect(res.body.messages.vi).toMatch(/phải là số nguyên từ 1 đến/);
    expect(res.body.messages.en).toMatch(/must be a whole number from 1 to/);
  });

  it('refuses more than 100 ids', async () => {
    const many = Array.from({ length: 101 }, (_, i) => `p${i}`).join(',');
    const res = await call(forms, 'GET', `/api/catalog?ids=${many}`);
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('query.too-many-ids');
  });
});

describe('compressed answers', () => {
  it('gzips a page for a client that accepts gzip; the decoded body is the same page', async () => {
    const plain = await forms.request('/api/catalog?pageSize=100');
    expect(plain.headers.get('content-encoding')).toBeNull();
    const expected = await plain.json();

    const res = await forms.request('/api/catalog?pageSize=100', {
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(res.headers.get('vary')).toMatch(/accept-encoding/i);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.length).toBeLessThan(JSON.stringify(expected).length / 3);
    expect(JSON.parse(gunzipSync(bytes).toString('utf8'))).toEqual(expected);
  });

  it('sends the gzip bytes base64-encoded through the Lambda adapter (API Gateway decodes them)', async () => {
    const env = {
      [envNames.tables.procedures]: t.config.tables.procedures,
      [envNames.tables.audit]: t.config.tables.audit,
      [envNames.tables.dossiers]: t.config.tables.dossiers,
      [envNames.tables.citizens]: t.config.tables.citizens,
      [envNames.tables.counters]: t.config.tables.counters,
      [envNames.buckets.catalog]: t.config.buckets.catalog,
      [envNames.buckets.uploads]: t.config.buckets.uploads,
      [envNames.authMode]: 'cognito',
      [envNames.region]: 'ap-southeast-1',
      [envNames.officerIssuer]: devIssuers.officer,
      // never fetched: the catalog is public
      [envNames.officerJwksUrl]: 'http://127.0.0.1:9/jwks.json',
      [envNames.officerAudience]: devIssuers.audience,
      [envNames.citizenIssuer]: devIssuers.citizen,
      [envNames.citizenJwksUrl]: 'http://127.0.0.1:9/jwks.json',
      [envNames.dynamoEndpoint]: t.aws.dynamoEndpoint,
      [envNames.s3Endpoint]: t.aws.s3Endpoint,
    };
    const handler = handle(withHealth(createFormsApp, env));
    const res = (await handler(
      httpApiEvent('GET', '/api/catalog?pageSize=50', { headers: { 'accept-encoding': 'gzip' } }) as never,
      lambdaContext as never,
    )) as { statusCode: number; headers: Record<string, string>; body: string; isBase64Encoded: boolean };
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.isBase64Encoded).toBe(true);
    const body = JSON.parse(gunzipSync(Buffer.from(res.body, 'base64')).toString('utf8'));
    expect(body).toMatchObject({ total: TOTAL, pageSize: 50 });
    expect(body.items).toHaveLength(TOTAL);
  });
});
