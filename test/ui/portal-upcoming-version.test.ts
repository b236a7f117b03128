/**
 * The portal announces a coming change, in real Chromium against the real local server: a new
 * version of a published procedure is approved and scheduled "có hiệu lực từ" a future date
 * through the admin API (the builder's own calls), the catalog is released, and the citizen's
 * procedure page shows the date in both languages while the current version still serves.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { desktop, launchChromium } from './support/chromium';
import { startUiServer, type UiServer } from './support/ui-server';

let server: UiServer;
let browser: Browser;
const id = 'dang-ky-ket-hon';

beforeAll(async () => {
  server = await startUiServer();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** The parts of the API's answers this test reads. */
interface Answer {
  token?: string;
  /** A procedure version is answered flat: its number and definition at the top. */
  version?: number;
  definition?: { keywords?: string[] } & Record<string, unknown>;
}

async function call(
  token: string | null,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
) {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const json = (await response.json()) as Answer;
  expect(response.status, JSON.stringify(json)).toBeLessThan(300);
  return { json, etag: response.headers.get('etag') ?? '' };
}

const tokenOf = async (username: string) =>
  (await call(null, 'POST', '/dev-idp/officers/sign-in', { username })).json.token ?? '';

describe('a version scheduled for a date', () => {
  it('is announced on the citizen procedure page with its date', async () => {
    const author = await tokenOf('author.hoankiem');
    const approver = await tokenOf('approver.hoankiem');
    const publisher = await tokenOf('publisher.hoankiem');
    const base = `/api/admin/procedures/${id}`;
    const created = await call(author, 'POST', `${base}/versions`);
    const { version, definition = {} } = created.json;
    await call(
      author,
      'PUT',
      `${base}/versions/${version}`,
      { definition: { ...definition, keywords: [...(definition.keywords ?? []), 'lịch hiệu lực'] } },
      { 'if-match': created.etag },
    );
    await call(author, 'POST', `${base}/versions/${version}/submit`);
    await call(approver, 'POST', `${base}/versions/${version}/approve`);
    await call(publisher, 'POST', `${base}/versions/${version}/schedule`, { effectiveFrom: '2099-06-01' });
    await call(publisher, 'POST', '/api/publish/releases');

    const page = await browser.newPage({ viewport: desktop, locale: 'vi-VN' });
    page.setDefaultTimeout(15_000);
    await page.goto(`${server.url}/#/thu-tuc/${id}`);
    const notice = page.getByRole('note', { name: 'Thay đổi sắp áp dụng' });
    await notice.waitFor();
    expect(await notice.textContent()).toContain(
      `Từ ngày 01/06/2099, thủ tục này áp dụng phiên bản mới (phiên bản ${version})`,
    );
    await page.getByRole('button', { name: 'English' }).click();
    const english = page.getByRole('note', { name: 'Coming change' });
    await english.waitFor();
    expect(await english.textContent()).toContain(`From 1 Jun 2099, a new version of this procedure applies`);
  }, 90_000);
});
