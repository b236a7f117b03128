/**
 * A citizen on a phone, in real Chromium against the real local server: finds birth registration
 * typed without diacritics, reads its fees and the 0-đồng online marker, signs in with the VNeID
 * stand-in, sees the locked prefilled name, gets Vietnamese errors next to the fields she missed,
 * uploads the birth certificate, submits and gets a receipt with a dossier code.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { continueTo, fillApplicant, fillBirthForm, fillChild, fillParents } from './support/birth-form';
import { launchChromium, phone, smallPhone } from './support/chromium';
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

  it('applies one page at a time on a small phone: checks each page, reviews, edits, submits', async () => {
    await page.setViewportSize(smallPhone);
    await page.getByRole('link', { name: 'Nộp hồ sơ trực tuyến' }).click();
    await page.locator(`button[data-personal-id="${CITIZEN}"]`).click();
    const heading = page.getByTestId('step-heading');
    await heading.filter({ hasText: 'Bước 1/5 — Người đi đăng ký' }).waitFor();

    // Page 1: the prefilled name is locked and names its source; later pages' fields are not shown.
    const name = page.locator('#root_nguoiYeuCau_hoTen');
    expect(await name.inputValue()).toBe('Trần Văn Minh');
    expect(await name.getAttribute('readonly')).not.toBeNull();
    expect(await page.locator('#root_nguoiYeuCau_hoTen__help').textContent()).toContain(
      'Cơ sở dữ liệu quốc gia về dân cư',
    );
    expect(await page.locator('#root_treEm_hoTen').count()).toBe(0);

    // "Tiếp tục" with the phone missing: a Vietnamese error next to it, focus on it, same page.
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    await page.getByText(/Có \d+ chỗ cần sửa trên trang này/).waitFor();
    const phoneField = page
      .locator('.form-group', { has: page.locator('#root_nguoiYeuCau_soDienThoai') })
      .last();
    await expect.poll(() => phoneField.textContent()).toContain('là bắt buộc');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id))
      .toBe('root_nguoiYeuCau_soDienThoai');
    expect(await heading.textContent()).toContain('Bước 1/5');
    await page.screenshot({ path: '/tmp/ui-portal-page-errors-phone.png', fullPage: true });

    await fillApplicant(page);
    await continueTo(page, /Bước 2\/5 — Người được khai sinh/);
    // Yes/no questions read Có/Không.
    const hasCertificate = page.locator('#root_coGiayChungSinh');
    await expect.poll(() => hasCertificate.textContent()).toMatch(/Có.*Không/);
    // Each option, label included, is a 44×44 px touch target on a 375 px phone (WCAG 2.5.5).
    const options = hasCertificate.locator('label');
    expect(await options.count()).toBe(2);
    for (const option of await options.all()) {
      const box = await option.boundingBox();
      expect(box?.height).toBeGreaterThanOrEqual(44);
      expect(box?.width).toBeGreaterThanOrEqual(44);
    }
    // Tapping the word "Không", not the small circle, chooses it.
    await hasCertificate.getByText('Không', { exact: true }).click();
    expect(await hasCertificate.getByLabel('Không').isChecked()).toBe(true);
    await hasCertificate.getByText('Có', { exact: true }).click();
    await fillChild(page);
    await continueTo(page, /Bước 3\/5/);
    await fillParents(page);

    // Back and forth keeps the answers, the date as typed (dd/mm/yyyy).
    await page.getByRole('button', { name: 'Quay lại' }).click();
    await heading.filter({ hasText: 'Bước 2/5' }).waitFor();
    expect(await page.locator('#root_treEm_hoTen').inputValue()).toBe('Trần Minh An');
    expect(await page.locator('#root_treEm_ngaySinh').inputValue()).toBe('15/01/2026');
    await continueTo(page, /Bước 3\/5/);
    expect(await page.locator('#root_me_hoTen').inputValue()).toBe('Lê Thị Hoa');
    await continueTo(page, /Bước 4\/5 — Lệ phí và bản sao/);
    // The allowed range is a hint before any error.
    expect(await page.locator('#root_soBanSao__help').textContent()).toContain('Từ 0 đến 10.');
    await continueTo(page, /Bước 5\/5 — Kiểm tra lại thông tin/);

    // Check your answers: every page, dates dd/mm/yyyy, yes/no as Có/Không.
    const child = page.locator('section[data-page="tre-em"]');
    await expect.poll(() => child.textContent()).toContain('Trần Minh An');
    expect(await child.textContent()).toContain('15/01/2026');
    expect(await child.locator('[data-path="/coGiayChungSinh"] dd').textContent()).toBe('Có');
    expect(await page.locator('section[data-page="cha-me"]').textContent()).toContain('Lê Thị Hoa');
    await page.screenshot({ path: '/tmp/ui-portal-check-answers-phone.png', fullPage: true });

    // "Sửa" goes to the page; "Tiếp tục" comes straight back to the check page.
    await page.getByRole('button', { name: 'Sửa: Người được khai sinh' }).click();
    await heading.filter({ hasText: 'Bước 2/5' }).waitFor();
    await page.locator('#root_treEm_hoTen').fill('Trần Minh Anh');
    await continueTo(page, /Bước 5\/5/);
    await expect.poll(() => child.textContent()).toContain('Trần Minh Anh');

    // The ID card is in the population database; the birth certificate must be uploaded.
    const idCard = page.locator('[data-document="giay-to-tuy-than"]');
    await expect
      .poll(() => idCard.textContent())
      .toContain('Đã có trong Cơ sở dữ liệu quốc gia về dân cư — không cần nộp');
    // Submitting without it: the server's error sits on the document, and goes once it is uploaded.
    await page.getByRole('button', { name: 'Nộp hồ sơ' }).click();
    const certificate = page.locator('[data-document="giay-chung-sinh"]');
    await expect.poll(() => certificate.textContent()).toContain('Chưa tải lên');
    await page.locator('#upload-giay-chung-sinh').setInputFiles({
      name: 'giay-chung-sinh.pdf',
      mimeType: 'application/pdf',
      buffer: samplePdf(),
    });
    await certificate.getByText('Đã tải lên').waitFor();
    expect(await certificate.textContent()).not.toContain('Chưa tải lên');
    // Nothing is wider than the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      smallPhone.width,
    );

    await page.getByRole('button', { name: 'Nộp hồ sơ' }).click();
    const code = page.getByTestId('dossier-code');
    await code.waitFor();
    expect((await code.textContent())?.trim()).toMatch(/\S{6,}/);
    const receipt = (await page.locator('article.receipt').textContent()) ?? '';
    expect(receipt).toContain('Đã tiếp nhận hồ sơ');
    expect(receipt).toContain('411/NQ-HĐND');
    expect(receipt).toContain('Ngày hẹn trả kết quả');
    expect(receipt).toMatch(/\d{2}\/\d{2}\/\d{4}/);
    expect(receipt).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    await page.screenshot({ path: '/tmp/ui-portal-receipt-phone.png', fullPage: true });

    // "Hồ sơ của tôi" lists it, dated dd/mm/yyyy.
    const dossierCode = (await code.textContent())?.trim() ?? '';
    await page.getByRole('navigation').getByRole('link', { name: 'Hồ sơ của tôi' }).click();
    await page.getByRole('link', { name: dossierCode }).waitFor();
    await expect.poll(() => page.locator('table.list').textContent()).toContain('Thủ tục đăng ký khai sinh');
    const list = (await page.locator('table.list').textContent()) ?? '';
    expect(list).toMatch(/\d{2}\/\d{2}\/\d{4}/);
    expect(list).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    await page.setViewportSize(phone);
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

  it('fetches the RE2 pattern engine only for a form that has a pattern', async () => {
    const tab = await (await browser.newContext({ viewport: phone })).newPage();
    tab.setDefaultTimeout(10_000);
    const scripts: string[] = [];
    tab.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    const re2 = () => scripts.filter((url) => /\/re2-engine-[^/]*\.js$/.test(url));
    // Birth registration has no pattern: its page check (the core's compiled schema, in the
    // browser) runs without RE2.
    await tab.goto(`${server.url}/#/thu-tuc/dang-ky-khai-sinh/nop`);
    await tab.locator(`button[data-personal-id="${CITIZEN}"]`).click();
    await tab.locator('#root_nguoiYeuCau_hoTen').waitFor();
    await tab.getByRole('button', { name: 'Tiếp tục' }).click();
    await tab.getByText(/Có \d+ chỗ cần sửa trên trang này/).waitFor();
    expect(re2()).toEqual([]);
    // The household business's name must start with "Hộ kinh doanh" (a pattern): RE2 comes first.
    await tab.goto(`${server.url}/#/thu-tuc/dang-ky-thanh-lap-ho-kinh-doanh/nop`);
    await tab.locator('#root_tenHoKinhDoanh').fill('Cơm Tấm Bến Thành');
    expect(re2()).toHaveLength(1);
    await tab.getByRole('button', { name: 'Nộp hồ sơ' }).click();
    await expect
      .poll(() => tab.locator('main').textContent())
      .toContain('«Tên hộ kinh doanh» không đúng mẫu quy định.');
  });

  it('retries a submission whose answer was lost without filing the dossier twice', async () => {
    // Nguyễn Thị Lan: her e-data warehouse holds the birth certificate, so nothing to upload.
    const retry = await (await browser.newContext({ viewport: phone })).newPage();
    retry.setDefaultTimeout(10_000);
    await retry.goto(`${server.url}/#/thu-tuc/dang-ky-khai-sinh/nop`);
    await retry.locator('button[data-personal-id="079190012345"]').click();
    await retry.locator('#root_nguoiYeuCau_hoTen').waitFor();
    await fillBirthForm(retry);
    // On the check page the server has resolved her documents for the answers: the birth
    // certificate ("has one" by default) is already in her warehouse, nothing to upload.
    const birth = retry.locator('[data-document="giay-chung-sinh"]');
    await expect
      .poll(() => birth.textContent())
      .toContain('Đã có trong Kho quản lý dữ liệu điện tử của tổ chức, cá nhân — không cần nộp');
    expect(await birth.textContent()).toContain('Giấy chứng sinh — Bệnh viện Từ Dũ');
    expect(await retry.locator('#upload-giay-chung-sinh').count()).toBe(0);

    // "No birth certificate" asks for a witness statement instead; "yes" again brings it back as held.
    const editChild = retry.getByRole('button', { name: 'Sửa: Người được khai sinh' });
    const hasCertificate = retry.locator('input[name="root_coGiayChungSinh"]');
    await editChild.click();
    await hasCertificate.nth(1).check();
    await continueTo(retry, /Bước 5\/5/);
    await retry.locator('#upload-van-ban-xac-nhan-viec-sinh').waitFor();
    await expect.poll(() => birth.count()).toBe(0);
    await editChild.click();
    await hasCertificate.nth(0).check();
    await continueTo(retry, /Bước 5\/5/);
    await expect.poll(() => birth.textContent()).toContain('không cần nộp');
    expect(await retry.locator('[data-document="van-ban-xac-nhan-viec-sinh"]').count()).toBe(0);

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
