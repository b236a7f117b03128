/**
 * The portal's search one page at a time, in real Chromium against the real local server: the
 * home asks the API for one page (never the whole catalog), "Xem thêm" appends the next page and
 * moves focus to its first result, searching without diacritics still finds, and axe-core finds no
 * serious or critical violation. The seeded catalog has 10 procedures, fewer than a page of 20:
 * the browser's requests are rewritten to pages of 4 (the server pages them for real).
 * The procedure page says which case a conditional document is for, in both languages, and leaves
 * out a part the officer left empty (a version published through the admin API).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { injectAxe } from './support/axe';
import { launchChromium, phone } from './support/chromium';
import { startUiServer, type UiServer } from './support/ui-server';

let server: UiServer;
let browser: Browser;
let page: Page;
const catalogRequests: URL[] = [];

beforeAll(async () => {
  server = await startUiServer();
  browser = await launchChromium();
  page = await browser.newPage({ viewport: phone, locale: 'vi-VN' });
  page.setDefaultTimeout(10_000);
  await page.route(/\/api\/catalog\?/, async (route) => {
    const url = new URL(route.request().url());
    catalogRequests.push(new URL(url));
    url.searchParams.set('pageSize', '4');
    await route.continue({ url: url.toString() });
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: { target: string[] }[];
}

async function seriousViolations(): Promise<string[]> {
  await injectAxe(page);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run()).violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const results = () => page.locator('ul.cards a.card-title');

/** The parts of the API's answers this test reads. */
interface Answer {
  token?: string;
  version?: number;
  definition?: Record<string, unknown>;
}

async function call(token: string | null, method: string, path: string, body?: unknown, etag?: string) {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(etag ? { 'if-match': etag } : {}),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const json = (await response.json()) as Answer;
  expect(response.status, JSON.stringify(json)).toBeLessThan(300);
  return { json, etag: response.headers.get('etag') ?? '' };
}

const tokenOf = async (username: string) =>
  (await call(null, 'POST', '/dev-idp/officers/sign-in', { username })).json.token ?? '';

describe('portal search, one page at a time', { timeout: 120_000 }, () => {
  it('shows the first page, then appends the next with "Xem thêm" and focuses its first result', async () => {
    await page.goto(`${server.url}/`);
    await page.getByText('Tìm thấy 10 thủ tục, đang hiển thị 4').waitFor();
    expect(await results().count()).toBe(4);
    // The portal asks for page 1 of 20, never the whole catalog.
    expect(catalogRequests.map((u) => [u.searchParams.get('page'), u.searchParams.get('pageSize')])).toEqual([
      ['1', '20'],
    ]);

    const more = page.getByRole('button', { name: 'Xem thêm (còn 6 thủ tục)' });
    await more.click();
    await page.getByText('Tìm thấy 10 thủ tục, đang hiển thị 8').waitFor();
    const names = await results().allTextContents();
    expect(names).toHaveLength(8);
    expect(new Set(names).size).toBe(8);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe(names[4]);
    expect(catalogRequests.at(-1)?.searchParams.get('page')).toBe('2');

    await page.getByRole('button', { name: 'Xem thêm (còn 2 thủ tục)' }).click();
    await page.getByText('Tìm thấy 10 thủ tục, đang hiển thị 10').waitFor();
    expect(await page.getByRole('button', { name: /Xem thêm/ }).count()).toBe(0);
    expect(await seriousViolations()).toEqual([]);
  });

  it('starts again at page 1 for a new search, typed without diacritics', async () => {
    await page.getByLabel('Tên thủ tục, mã thủ tục hoặc từ khóa').fill('dang ky khai sinh');
    await page.getByRole('button', { name: 'Tìm kiếm' }).click();
    await page.getByText(/^Tìm thấy \d+ thủ tục, đang hiển thị \d+$/).waitFor();
    await expect.poll(() => results().first().textContent()).toBe('Thủ tục đăng ký khai sinh');
    expect(catalogRequests.at(-1)?.searchParams.get('page')).toBe('1');
    expect(catalogRequests.at(-1)?.searchParams.get('q')).toBe('dang ky khai sinh');
    expect(await seriousViolations()).toEqual([]);
  });
});

describe('the procedure page', { timeout: 120_000 }, () => {
  it('says which case a conditional document is for, in Vietnamese and in English', async () => {
    await page.goto(`${server.url}/#/thu-tuc/dang-ky-khai-sinh`);
    await page.getByRole('heading', { level: 1, name: 'Thủ tục đăng ký khai sinh' }).waitFor();
    const doc = (id: string) => page.locator(`.doc-cases [data-document="${id}"]`);
    // A document of a case with a condition names the case…
    expect(await doc('xac-nhan-mang-thai-ho').textContent()).toContain(
      'Chỉ cần trong trường hợp: Trẻ em sinh ra do mang thai hộ',
    );
    expect(await doc('van-ban-uy-quyen').textContent()).toContain(
      'Chỉ cần trong trường hợp: Nộp hồ sơ qua người được ủy quyền',
    );
    // …one with its own condition says it depends on the form's answers…
    for (const id of ['giay-chung-sinh', 'van-ban-xac-nhan-viec-sinh']) {
      expect(await doc(id).textContent()).toContain(
        'Chỉ cần trong một số trường hợp, tùy câu trả lời trong tờ khai',
      );
    }
    // …and one always needed says nothing of the kind.
    expect(await doc('to-khai').textContent()).not.toContain('Chỉ cần');

    await page.getByRole('button', { name: 'English' }).click();
    await expect
      .poll(() => doc('xac-nhan-mang-thai-ho').textContent())
      .toContain('Only needed in the case: Child born through surrogacy');
    expect(await doc('van-ban-uy-quyen').textContent()).toContain(
      'Only needed in the case: Filed by an authorised person',
    );
    expect(await doc('giay-chung-sinh').textContent()).toContain(
      'Only needed in some cases, depending on your answers in the form',
    );
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    await page.getByRole('heading', { level: 1, name: 'Thủ tục đăng ký khai sinh' }).waitFor();
    expect(await seriousViolations()).toEqual([]);
  });

  it('leaves out a part the officer left empty instead of showing "Chưa nhập"', async () => {
    const id = 'dang-ky-ket-hon';
    const author = await tokenOf('author.hoankiem');
    const approver = await tokenOf('approver.hoankiem');
    const publisher = await tokenOf('publisher.hoankiem');
    const base = `/api/admin/procedures/${id}`;
    const created = await call(author, 'POST', `${base}/versions`);
    const { version, definition } = created.json;
    if (!definition || version === undefined) throw new Error('no draft');
    // What the builder's blank procedure holds when the officer typed no legal basis.
    const emptied = { ...definition, legalBasis: [{ number: 'Chưa nhập' }], conditions: [] };
    await call(author, 'PUT', `${base}/versions/${version}`, { definition: emptied }, created.etag);
    await call(author, 'POST', `${base}/versions/${version}/submit`);
    await call(approver, 'POST', `${base}/versions/${version}/approve`);
    await call(publisher, 'POST', `${base}/versions/${version}/publish`);
    await call(publisher, 'POST', '/api/publish/releases');
    // The catalog the portal reads now holds the builder's placeholder.
    const detail = await (await fetch(`${server.url}/api/catalog/procedures/${id}`)).json();
    expect(JSON.stringify(detail)).toContain('"legalBasis":[{"number":"Chưa nhập"}]');

    // A fresh tab: this one may hold the earlier release's answers in its HTTP cache.
    const tab = await (await browser.newContext({ viewport: phone, locale: 'vi-VN' })).newPage();
    tab.setDefaultTimeout(10_000);
    await tab.goto(`${server.url}/#/thu-tuc/${id}`);
    await tab.getByRole('heading', { level: 2, name: 'Thành phần hồ sơ' }).waitFor();
    expect(await tab.locator('main').textContent()).not.toContain('Chưa nhập');
    expect(await tab.getByRole('heading', { name: 'Căn cứ pháp lý' }).count()).toBe(0);
    expect(await tab.getByRole('heading', { name: 'Yêu cầu, điều kiện' }).count()).toBe(0);
    // The parts the officer did fill are still there.
    expect(await tab.getByRole('heading', { name: 'Trình tự thực hiện' }).count()).toBe(1);
  });
});
