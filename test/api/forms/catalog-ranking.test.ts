/**
 * Search order over HTTP, with the names of the real catalog: "khai sinh" lists the birth
 * registration before the civil-status copy whose longer name also mentions a birth certificate,
 * although the release's index lists the copy first; a match in the name beats one in keywords.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFormsApp } from '../../../functions/apps/forms/app';
import { createPublishApp } from '../../../functions/apps/publish/app';
import { createTestDeps, type TestPlatform } from '../../support/test-deps';
import { call } from '../submissions/fixtures/http';
import { trichLucProcedure } from '../submissions/fixtures/trich-luc-procedure';

const NOW = new Date('2026-03-13T02:00:00Z');

let t: TestPlatform;
let forms: ReturnType<typeof createFormsApp>;

beforeAll(async () => {
  t = await createTestDeps({ overrides: { clock: { now: () => NOW } } });
  await t.seedCatalog([
    trichLucProcedure({
      id: 'a-ban-sao-trich-luc',
      name: {
        vi: 'Cấp bản sao Trích lục hộ tịch, bản sao Giấy khai sinh',
        en: 'Copy of a civil status extract or birth certificate',
      },
      keywords: ['trích lục', 'bản sao'],
    }),
    trichLucProcedure({
      id: 'b-dang-ky-khai-sinh',
      code: '1.001193',
      name: { vi: 'Thủ tục đăng ký khai sinh', en: 'Birth registration' },
      keywords: ['giấy khai sinh'],
    }),
  ]);
  forms = createFormsApp(t.deps);
  const publisher = await t.officerToken('publisher.saigon');
  const published = await call(createPublishApp(t.deps), 'POST', '/api/publish/releases', {
    token: publisher,
  });
  expect(published.status).toBe(201);
});
afterAll(() => t.stop());

const ids = async (q: string) => {
  const res = await call(forms, 'GET', `/api/catalog?q=${encodeURIComponent(q)}`);
  expect(res.status).toBe(200);
  return res.body.items.map((e: { id: string }) => e.id) as string[];
};

describe('catalog search ranking', () => {
  it('ranks the procedure the phrase names best first, with or without diacritics', async () => {
    expect(await ids('khai sinh')).toEqual(['b-dang-ky-khai-sinh', 'a-ban-sao-trich-luc']);
    expect(await ids('KHAI SINH')).toEqual(['b-dang-ky-khai-sinh', 'a-ban-sao-trich-luc']);
  });

  it('keeps the index order when no query is given', async () => {
    expect(await ids('')).toEqual(['a-ban-sao-trich-luc', 'b-dang-ky-khai-sinh']);
  });

  it('ranks a match in the name above a match in the keywords only', async () => {
    expect(await ids('giay khai sinh')).toEqual(['a-ban-sao-trich-luc', 'b-dang-ky-khai-sinh']);
    expect(await ids('trich luc')).toEqual(['a-ban-sao-trich-luc']);
  });
});
