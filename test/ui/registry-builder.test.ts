/**
 * The registry edited in the builder, in real Chromium against the real local server: an
 * administrator adds an agency and submits the draft; a second administrator approves and
 * publishes it; removing an agency that published procedures name is refused, with the
 * procedures concerned listed on screen.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { desktop, launchChromium } from './support/chromium';
import { startUiServer, type UiServer } from './support/ui-server';

let server: UiServer;
let browser: Browser;

beforeAll(async () => {
  server = await startUiServer();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** A fresh browser session signed in as `username`, on the registry page reached from the home. */
async function openRegistryAs(username: string): Promise<Page> {
  const context = await browser.newContext({ viewport: desktop, locale: 'vi-VN' });
  const page = await context.newPage();
  page.setDefaultTimeout(30_000); // the first visit loads the builder chunks on a busy machine
  await page.goto(`${server.url}/#/builder`);
  await page.locator(`button[data-username="${username}"]`).click();
  await page.getByRole('link', { name: 'Danh mục cơ quan và nguồn dữ liệu' }).click();
  await page.getByRole('heading', { name: /Danh mục dùng chung/ }).waitFor();
  return page;
}

const badge = (page: Page, text: string) => page.locator('h1 .badge', { hasText: text }).waitFor();

describe('registry in the builder', () => {
  it('an administrator adds an agency and submits; another approves and publishes it', async () => {
    const author = await openRegistryAs('admin.hoankiem');
    await badge(author, 'Đã công bố');
    const rows = author.locator('tr[data-agency]');
    const before = await rows.count();
    await author.getByRole('button', { name: '+ Thêm cơ quan' }).click();
    const n = before + 1;
    await author.getByLabel(`Mã cơ quan ${n}`, { exact: true }).fill('trung-tam-y-te-hoan-kiem');
    await author.getByLabel(`Tên cơ quan ${n}`, { exact: true }).fill('Trung tâm Y tế phường Hoàn Kiếm');
    await author
      .getByLabel(`Tên tiếng Anh của cơ quan ${n}`, { exact: true })
      .fill('Hoan Kiem Ward Health Centre');
    await author.getByLabel(`Địa bàn của cơ quan ${n}`).selectOption('phuong-hoan-kiem');
    await author.getByLabel(`Cấp của cơ quan ${n}`).selectOption('xa');
    await author.getByRole('button', { name: 'Lưu bản nháp' }).click();
    await badge(author, 'Bản nháp');
    await author.getByRole('button', { name: 'Gửi duyệt' }).click();
    await badge(author, 'Chờ duyệt');
    // the author may not approve her own submission: the button is not offered
    expect(await author.getByRole('button', { name: 'Phê duyệt' }).count()).toBe(0);

    const approver = await openRegistryAs('admin.saigon');
    await badge(approver, 'Chờ duyệt');
    expect(await approver.getByLabel(`Tên cơ quan ${n}`, { exact: true }).inputValue()).toBe(
      'Trung tâm Y tế phường Hoàn Kiếm',
    );
    await approver.getByRole('button', { name: 'Phê duyệt' }).click();
    await badge(approver, 'Đã duyệt');
    await approver.getByRole('button', { name: 'Công bố' }).click();
    await badge(approver, 'Đã công bố');

    // the published registry is what the API now serves
    const reread = await openRegistryAs('admin.hoankiem');
    await badge(reread, 'Đã công bố');
    expect(await reread.locator('tr[data-agency="trung-tam-y-te-hoan-kiem"]').count()).toBe(1);
  }, 180_000);

  it('removing an agency that published procedures name is refused with those procedures listed', async () => {
    const page = await openRegistryAs('admin.hoankiem');
    const remove = page.getByRole('button', { name: 'Xóa cơ quan Ủy ban nhân dân phường Hoàn Kiếm' });
    const rows = await page.locator('tr[data-agency]').count();
    // taken back first: "Hoàn tác" puts the agency back at its place, focus on its own "Xóa"
    await remove.click();
    expect(await page.locator('tr[data-agency]').count()).toBe(rows - 1);
    await page.getByText('Đã xóa «cơ quan Ủy ban nhân dân phường Hoàn Kiếm».').waitFor();
    await page.getByRole('status').getByRole('button', { name: 'Hoàn tác' }).click();
    expect(await page.locator('tr[data-agency]').count()).toBe(rows);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Xóa cơ quan Ủy ban nhân dân phường Hoàn Kiếm',
    );
    await remove.click();
    await page.getByRole('button', { name: 'Lưu bản nháp' }).click();
    await badge(page, 'Bản nháp');
    // the draft already says what it would break
    await expect.poll(() => page.getByTestId('registry-broken').textContent()).toContain('dang-ky-ket-hon');
    await page.getByRole('button', { name: 'Gửi duyệt' }).click();
    const refusal = page.getByRole('alert');
    await refusal.waitFor();
    const text = await refusal.textContent();
    expect(text).toContain('Thay đổi này làm hỏng');
    expect(text).toContain('Thủ tục "dang-ky-ket-hon"');
    expect(text).toContain('/procedures/cap-giay-phep-xay-dung-nha-o-rieng-le/agency');
    await badge(page, 'Bản nháp'); // refused: still a draft
    await page.screenshot({ path: '/tmp/ui-registry-refused.png', fullPage: true });
  }, 180_000);
});
