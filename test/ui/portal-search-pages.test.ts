/**
 * The portal's search one page at a time, in real Chromium against the real local server: the
 * home asks the API for one page (never the whole catalog), "Xem thêm" appends the next page and
 * moves focus to its first result, searching without diacritics still finds, and axe-core finds no
 * serious or critical violation. The seeded catalog has 10 procedures, fewer than a page of 20:
 * the browser's requests are rewritten to pages of 4 (the server pages them for real).
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
