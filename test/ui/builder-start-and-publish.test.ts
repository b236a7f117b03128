/**
 * The low-code builder end to end in real Chromium, typing no JSON (window.__jsonEditorInputs
 * stays 0): a ward author starts *Đăng ký tạm trú* from blank with the "Thủ tục mới" dialog, saves a
 * test case from the preview and runs it, submits; another officer approves; a publisher publishes
 * (which updates the portal); a citizen finds it without diacritics.
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

async function signIn(username: string, path = '#/builder'): Promise<Page> {
  const context = await browser.newContext({ viewport: desktop, locale: 'vi-VN' });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  await page.goto(`${server.url}/${path}`);
  await page.locator(`button[data-username="${username}"]`).click();
  return page;
}

const jsonInputs = (page: Page) => page.evaluate(() => window.__jsonEditorInputs ?? 0);

describe('a ward officer authors a procedure from blank without JSON', () => {
  let author: Page;

  it('creates Đăng ký tạm trú from blank with the guided dialog (code format checked)', async () => {
    author = await signIn('author.hoankiem');
    await author.getByRole('button', { name: '+ Thủ tục mới' }).click();
    const dialog = author.getByRole('dialog', { name: 'Thủ tục mới' });
    await dialog.getByLabel('Tên thủ tục (tiếng Việt)').fill('Đăng ký tạm trú');
    await dialog.getByLabel('Tên thủ tục (tiếng Anh)').fill('Temporary residence registration');
    await dialog.getByLabel('Mã thủ tục (mã TTHC quốc gia)').fill('1.0041');
    await dialog.getByRole('button', { name: 'Tạo bản nháp' }).click();
    await dialog.getByText('Mã thủ tục gồm 1 chữ số, dấu chấm và 6 chữ số').waitFor();
    await dialog.getByLabel('Mã thủ tục (mã TTHC quốc gia)').fill('1.004194');
    expect(await dialog.getByLabel('Mã định danh (tự đề xuất từ tên)').inputValue()).toBe('dang-ky-tam-tru');
    await dialog.getByLabel('Lĩnh vực').selectOption({ label: 'Cư trú' });
    await dialog.getByLabel('Mức độ trực tuyến').selectOption({ label: 'Toàn trình' });
    await dialog.getByLabel('Căn cứ pháp lý chính (số văn bản, có thể bổ sung sau)').fill('68/2020/QH14');
    await dialog.getByRole('button', { name: 'Tạo bản nháp' }).click();
    await author.getByRole('heading', { level: 1, name: 'Đăng ký tạm trú' }).waitFor();
    expect(await jsonInputs(author)).toBe(0);
  });

  it('warns that there is no test case, on its tab, and a click on the finding goes there', async () => {
    const testsTab = author.getByRole('tab', { name: /Ca kiểm thử/ });
    await expect.poll(() => testsTab.textContent()).toMatch(/Ca kiểm thử\s*1/);
    await author.getByRole('tab', { name: /Thông tin chung/ }).click();
    await testsTab.click();
    const finding = author.getByRole('button', { name: /Ca kiểm thử: Thủ tục chưa có ca kiểm thử nào/ });
    await finding.waitFor();
    await author.screenshot({ path: '/tmp/ui-b8-flow-editor.png', fullPage: true });
  });

  it('saves a test case from the preview, runs it and sees it pass, then saves and submits', async () => {
    await author.getByRole('button', { name: 'Lưu thành ca kiểm thử', exact: true }).click();
    await author.getByText('Đã thêm ca kiểm thử').waitFor();
    await author.getByRole('tab', { name: /Ca kiểm thử/ }).click();
    await author.getByTestId('test-case').first().waitFor();
    await author.getByRole('button', { name: 'Chạy tất cả' }).click();
    await expect.poll(() => author.getByTestId('test-run-summary').textContent()).toBe('1/1 ca đạt');
    await author.getByRole('button', { name: 'Lưu', exact: true }).click();
    await author.getByText('Đã lưu bản nháp.', { exact: true }).waitFor();
    await author.getByRole('button', { name: 'Gửi duyệt', exact: true }).click();
    await author.getByText('Đã gửi duyệt.', { exact: true }).waitFor();
    expect(await author.getByRole('button', { name: 'Phê duyệt' }).count()).toBe(0);
    expect(await jsonInputs(author)).toBe(0);
  });

  it('is approved by another officer and published by a publisher: the portal shows it at once', async () => {
    const approver = await signIn('approver.hoankiem', '#/builder/dang-ky-tam-tru');
    await approver.getByRole('button', { name: 'Phê duyệt', exact: true }).click();
    await approver.getByText('Đã phê duyệt.', { exact: true }).waitFor();
    const publisher = await signIn('publisher.hoankiem', '#/builder/dang-ky-tam-tru');
    await publisher.getByRole('button', { name: 'Công bố và cập nhật Cổng dịch vụ công' }).click();
    await publisher.getByText('Đã công bố và cập nhật Cổng dịch vụ công', { exact: false }).waitFor();
    await expect.poll(() => publisher.getByTestId('workflow-next').textContent()).toContain('Đang áp dụng');

    const citizen = await (await browser.newContext({ viewport: desktop, locale: 'vi-VN' })).newPage();
    await citizen.goto(`${server.url}/#/`);
    await citizen.getByRole('searchbox').first().fill('tam tru');
    await citizen.getByRole('searchbox').first().press('Enter');
    await citizen
      .getByRole('link', { name: /Đăng ký tạm trú/ })
      .first()
      .waitFor();
  }, 90_000);
});
