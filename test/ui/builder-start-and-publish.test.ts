/**
 * The low-code builder end to end in real Chromium, typing no JSON (window.__jsonEditorInputs
 * stays 0), for a ward and for a police unit with their seeded officers: the author starts
 * *Đăng ký tạm trú* from blank with the "Thủ tục mới" dialog, saves a test case from the preview and
 * runs it, submits; another officer approves; a publisher publishes (which updates the portal); a
 * citizen finds it without diacritics.
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
  page.setDefaultTimeout(30_000);
  await page.goto(`${server.url}/${path}`);
  await page.locator(`button[data-username="${username}"]`).click();
  return page;
}

const jsonInputs = (page: Page) => page.evaluate(() => window.__jsonEditorInputs ?? 0);

interface Unit {
  title: string;
  author: string;
  approver: string;
  publisher: string;
  id: string;
  name: string;
  code: string;
}

const units: Unit[] = [
  {
    title: 'a ward (UBND phường Hoàn Kiếm)',
    author: 'author.hoankiem',
    approver: 'approver.hoankiem',
    publisher: 'publisher.hoankiem',
    id: 'dang-ky-tam-tru',
    name: 'Đăng ký tạm trú',
    code: '1.004194',
  },
  {
    title: 'a police unit (Công an phường Hoàn Kiếm)',
    author: 'author.congan-hoankiem',
    approver: 'approver.congan-hoankiem',
    publisher: 'publisher.congan-hoankiem',
    id: 'dang-ky-tam-tru-cong-an',
    name: 'Đăng ký tạm trú tại Công an phường',
    code: '1.004195',
  },
];

for (const unit of units) {
  describe(`${unit.title}: from blank to the portal without JSON`, { timeout: 180_000 }, () => {
    let author: Page;

    it('creates the procedure from blank with the guided dialog (code format checked)', async () => {
      author = await signIn(unit.author);
      await author.getByRole('button', { name: '+ Thủ tục mới' }).click();
      const dialog = author.getByRole('dialog', { name: 'Thủ tục mới' });
      await dialog.getByLabel('Tên thủ tục (tiếng Việt)').fill(unit.name);
      await dialog.getByLabel('Tên thủ tục (tiếng Anh)').fill('Temporary residence registration');
      await dialog.getByLabel('Mã thủ tục (mã TTHC quốc gia)').fill('1.0041');
      await dialog.getByRole('button', { name: 'Tạo bản nháp' }).click();
      await dialog.getByText('Mã thủ tục gồm 1 chữ số, dấu chấm và 6 chữ số').waitFor();
      await dialog.getByLabel('Mã thủ tục (mã TTHC quốc gia)').fill(unit.code);
      const id = dialog.getByLabel('Mã định danh (tự đề xuất từ tên)');
      if ((await id.inputValue()) !== unit.id) await id.fill(unit.id);
      await dialog.getByLabel('Lĩnh vực').selectOption({ label: 'Cư trú' });
      await dialog.getByLabel('Mức độ trực tuyến').selectOption({ label: 'Toàn trình' });
      await dialog.getByLabel('Căn cứ pháp lý chính (số văn bản, có thể bổ sung sau)').fill('68/2020/QH14');
      await dialog.getByRole('button', { name: 'Tạo bản nháp' }).click();
      await author.getByRole('heading', { level: 1, name: unit.name }).waitFor();
      expect(await jsonInputs(author)).toBe(0);
    });

    it('warns that there is no test case, on its tab, in words', async () => {
      const testsTab = author.getByRole('tab', { name: /Ca kiểm thử/ });
      await expect.poll(() => testsTab.textContent()).toMatch(/Ca kiểm thử\s*\d/);
      await testsTab.click();
      await author
        .getByRole('tabpanel')
        .getByRole('button', { name: /Ca kiểm thử: Thủ tục chưa có ca kiểm thử nào/ })
        .waitFor();
      await author.screenshot({ path: `/tmp/ui-b8-flow-${unit.id}.png`, fullPage: true });
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
      const approver = await signIn(unit.approver, `#/builder/${unit.id}`);
      await approver.getByRole('button', { name: 'Phê duyệt', exact: true }).click();
      await approver.getByText('Đã phê duyệt.', { exact: true }).waitFor();
      const publisher = await signIn(unit.publisher, `#/builder/${unit.id}`);
      await publisher.getByRole('button', { name: 'Công bố và cập nhật Cổng dịch vụ công' }).click();
      await publisher.getByText('Đã công bố và cập nhật Cổng dịch vụ công', { exact: false }).waitFor();
      await expect.poll(() => publisher.getByTestId('workflow-next').textContent()).toContain('Đang áp dụng');

      const citizen = await (await browser.newContext({ viewport: desktop, locale: 'vi-VN' })).newPage();
      await citizen.goto(`${server.url}/#/`);
      await citizen.getByRole('searchbox').first().fill('tam tru');
      await citizen.getByRole('searchbox').first().press('Enter');
      await citizen.getByRole('link', { name: unit.name }).first().waitFor();
    });
  });
}
