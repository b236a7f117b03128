/**
 * A citizen on a phone, in real Chromium against the real local server: finds birth registration
 * typed without diacritics, reads its fees and the 0-đồng online marker, signs in with the VNeID
 * stand-in, sees the locked prefilled name, gets Vietnamese errors next to the fields she missed,
 * uploads the birth certificate, submits and gets a receipt with a dossier code.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillBirthForm } from './support/birth-form';
import { launchChromium, phone } from './support/chromium';
import { samplePdf } from './support/sample-pdf';
import { startUiServer, type UiServer } from './support/ui-server';

// Trần Văn Minh: the population database knows him, the e-data warehouse holds no birth certificate.
const CITIZEN = '079088004321';

let server: UiServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await startUiServer();
  browser = await launchChromium();
  page = await browser.newPage({ viewport: phone, locale: 'vi-VN' });
  // Fail a stuck step with Playwright's call log, well before the test's own timeout.
  page.setDefaultTimeout(10_000);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('citizen portal on a phone', () => {
  it('finds "khai sinh" typed without diacritics and shows fees with the 0-đồng online marker', async () => {
    await page.goto(`${server.url}/`);
    await page.getByLabel('Tên thủ tục, mã thủ tục hoặc từ khóa').fill('dang ky khai sinh');
    await page.getByRole('button', { name: 'Tìm kiếm' }).click();
    const result = page.getByRole('link', { name: 'Thủ tục đăng ký khai sinh' });
    await result.waitFor();
    await page.screenshot({ path: '/tmp/ui-portal-search-phone.png' });
    await result.click();

    await page.getByRole('heading', { level: 1, name: 'Thủ tục đăng ký khai sinh' }).waitFor();
    const inPerson = page.getByRole('region', { name: 'Trực tiếp' });
    const online = page.getByRole('region', { name: 'Trực tuyến' });
    await expect.poll(() => inPerson.textContent()).toContain('8.000 đ');
    // The council resolution sets the charge to 0 đồng online (HCM 411/NQ-HĐND).
    await expect
      .poll(() => online.textContent())
      .toContain('0 đồng khi nộp trực tuyến theo Nghị quyết 411/NQ-HĐND');
    expect(await page.getByText('Căn cứ pháp lý').count()).toBe(1);
    await page.screenshot({ path: '/tmp/ui-portal-procedure-phone.png' });
  });

  it('signs in, shows the locked prefilled name, maps server errors to fields, and files with an upload', async () => {
    await page.getByRole('link', { name: 'Nộp hồ sơ trực tuyến' }).click();
    await page.locator(`button[data-personal-id="${CITIZEN}"]`).click();

    const name = page.locator('#root_nguoiYeuCau_hoTen');
    await name.waitFor();
    expect(await name.inputValue()).toBe('Trần Văn Minh');
    expect(await name.getAttribute('readonly')).not.toBeNull();
    expect(await page.locator('#root_nguoiYeuCau_hoTen__help').textContent()).toContain(
      'Cơ sở dữ liệu quốc gia về dân cư',
    );
    await page.screenshot({ path: '/tmp/ui-portal-form-phone.png' });

    // Documents before any answer is typed: his ID card is already in the population database,
    // the birth certificate (the form says "has one" by default) must be uploaded.
    const idCard = page.locator('[data-document="giay-to-tuy-than"]');
    await expect
      .poll(() => idCard.textContent())
      .toContain('Đã có trong Cơ sở dữ liệu quốc gia về dân cư — không cần nộp');
    await page.locator('#upload-giay-chung-sinh').waitFor();

    // Submit with the phone number and the child's details missing: the server's 422 lands next to the fields.
    await page.getByRole('button', { name: 'Nộp hồ sơ' }).click();
    await page.getByText(/Hồ sơ chưa được gửi: có \d+ chỗ cần sửa/).waitFor();
    const phoneField = page
      .locator('.form-group', { has: page.locator('#root_nguoiYeuCau_soDienThoai') })
      .last();
    await expect.poll(() => phoneField.textContent()).toContain('là bắt buộc');
    await page.screenshot({ path: '/tmp/ui-portal-errors-phone.png', fullPage: true });

    await fillBirthForm(page);

    // The birth certificate is not in his e-data warehouse: upload a scan.
    await page.locator('#upload-giay-chung-sinh').setInputFiles({
      name: 'giay-chung-sinh.pdf',
      mimeType: 'application/pdf',
      buffer: samplePdf(),
    });
    await page.locator('[data-document="giay-chung-sinh"]').getByText('Đã tải lên').waitFor();

    await page.getByRole('button', { name: 'Nộp hồ sơ' }).click();
    const code = page.getByTestId('dossier-code');
    await code.waitFor();
    expect((await code.textContent())?.trim()).toMatch(/\S{6,}/);
    const receipt = (await page.locator('article.receipt').textContent()) ?? '';
    expect(receipt).toContain('Đã tiếp nhận hồ sơ');
    expect(receipt).toContain('411/NQ-HĐND');
    expect(receipt).toContain('Ngày hẹn trả kết quả');
    await page.screenshot({ path: '/tmp/ui-portal-receipt-phone.png', fullPage: true });

    // "Hồ sơ của tôi" lists it.
    const dossierCode = (await code.textContent())?.trim() ?? '';
    await page.getByRole('navigation').getByRole('link', { name: 'Hồ sơ của tôi' }).click();
    await page.getByRole('link', { name: dossierCode }).waitFor();
    await expect.poll(() => page.locator('table.list').textContent()).toContain('Thủ tục đăng ký khai sinh');
  });

  it('switches to English and back, keeping Vietnamese the default', async () => {
    const fresh = await (await browser.newContext({ viewport: phone })).newPage();
    await fresh.goto(`${server.url}/#/thu-tuc/dang-ky-khai-sinh`);
    await fresh.getByRole('heading', { level: 1, name: 'Thủ tục đăng ký khai sinh' }).waitFor();
    await fresh.getByRole('button', { name: 'English' }).click();
    await fresh.getByRole('heading', { level: 1, name: 'Birth registration' }).waitFor();
    expect(await fresh.getByRole('link', { name: 'Apply online' }).count()).toBe(1);
    expect(await fresh.evaluate(() => document.documentElement.lang)).toBe('en');
    await fresh.screenshot({ path: '/tmp/ui-portal-procedure-en-phone.png' });
    await fresh.getByRole('button', { name: 'Tiếng Việt' }).click();
    await fresh.getByRole('heading', { level: 1, name: 'Thủ tục đăng ký khai sinh' }).waitFor();
  });

  it('retries a submission whose answer was lost without filing the dossier twice', async () => {
    // Nguyễn Thị Lan: her e-data warehouse holds the birth certificate, so nothing to upload.
    const retry = await (await browser.newContext({ viewport: phone })).newPage();
    retry.setDefaultTimeout(10_000);
    await retry.goto(`${server.url}/#/thu-tuc/dang-ky-khai-sinh/nop`);
    await retry.locator('button[data-personal-id="079190012345"]').click();
    await retry.locator('#root_nguoiYeuCau_hoTen').waitFor();
    // The server resolves her documents for the answers on the page: the birth certificate
    // ("has one" by default) is already in her warehouse, so there is nothing to upload.
    const birth = retry.locator('[data-document="giay-chung-sinh"]');
    await expect
      .poll(() => birth.textContent())
      .toContain('Đã có trong Kho quản lý dữ liệu điện tử của tổ chức, cá nhân — không cần nộp');
    expect(await birth.textContent()).toContain('Giấy chứng sinh — Bệnh viện Từ Dũ');
    expect(await retry.locator('#upload-giay-chung-sinh').count()).toBe(0);

    // "No birth certificate" asks for a witness statement instead; "yes" again brings it back as held.
    const hasCertificate = retry.locator('input[name="root_coGiayChungSinh"]');
    await hasCertificate.nth(1).check();
    await retry.locator('#upload-van-ban-xac-nhan-viec-sinh').waitFor();
    await expect.poll(() => birth.count()).toBe(0);
    await hasCertificate.nth(0).check();
    await expect.poll(() => birth.textContent()).toContain('không cần nộp');
    expect(await retry.locator('[data-document="van-ban-xac-nhan-viec-sinh"]').count()).toBe(0);

    await fillBirthForm(retry);
    await expect.poll(() => birth.textContent()).toContain('Đã có trong Kho quản lý dữ liệu điện tử');

    // The first answer is lost on the way back (the server did file it).
    let attempts = 0;
    await retry.route('**/api/submissions', async (route) => {
      attempts += 1;
      if (attempts === 1) {
        await route.fetch();
        await route.abort('failed');
      } else {
        await route.continue();
      }
    });
    await retry.getByRole('button', { name: 'Nộp hồ sơ' }).click();
    await retry.getByText('hồ sơ sẽ không bị tạo trùng').waitFor();
    await retry.getByRole('button', { name: 'Nộp hồ sơ' }).click();
    const code = ((await retry.getByTestId('dossier-code').textContent()) ?? '').trim();
    expect(code).not.toBe('');
    expect(attempts).toBe(2);
    const documents = (await retry.locator('article.receipt').textContent()) ?? '';
    expect(documents).toContain('Giấy chứng sinh — Dùng lại từ Kho quản lý dữ liệu điện tử');

    await retry.getByRole('navigation').getByRole('link', { name: 'Hồ sơ của tôi' }).click();
    await retry.getByRole('link', { name: code }).waitFor();
    expect(await retry.locator('table.list tbody tr').count()).toBe(1);
  });
});
