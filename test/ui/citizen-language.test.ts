/**
 * The citizen's pages in real Chromium: the search and procedure pages load without the form
 * stack (rjsf, Ajv, markdown); the apply page speaks only Vietnamese in its labels and options,
 * shows dates as dd/mm/yyyy and draws long answers in the page's font; in English it uses the
 * form's `x-en` labels.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, smallPhone } from './support/chromium';
import { startUiServer, type UiServer } from './support/ui-server';

const CITIZEN = '079088004321';
// Strings only Ajv ("strictTuples", an option name) and rjsf (an English default text) contain.
const FORM_STACK_MARKERS = ['strictTuples', 'No items yet. Use the button below'];
// English words rjsf or a careless label would show on a Vietnamese page.
const ENGLISH = /\b(Yes|No|Add|Remove|Submit|Item|required|Select|Continue|Back|Next|Full name|Father)\b/;

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

/** A fresh page that records the body of every script it loads. */
async function recordingPage(locale = 'vi-VN'): Promise<{ page: Page; scripts: Map<string, string> }> {
  const page = await (await browser.newContext({ viewport: smallPhone, locale })).newPage();
  page.setDefaultTimeout(10_000);
  const scripts = new Map<string, string>();
  page.on('response', async (response) => {
    if (response.request().resourceType() !== 'script') return;
    scripts.set(response.url(), await response.text().catch(() => ''));
  });
  return { page, scripts };
}

const loadsFormStack = (scripts: Map<string, string>) =>
  [...scripts.values()].some((body) => FORM_STACK_MARKERS.some((m) => body.includes(m)));

async function signInAndApply(page: Page): Promise<void> {
  await page.goto(`${server.url}/#/thu-tuc/dang-ky-khai-sinh/nop`);
  await page.locator(`button[data-personal-id="${CITIZEN}"]`).click();
  await page.locator('#root_nguoiYeuCau_hoTen').waitFor();
}

/** Text of every label, legend and choice on the page. */
const labelsAndOptions = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('main label, main legend, main option, main button')].map(
      (el) => el.textContent?.trim() ?? '',
    ),
  );

describe('a light citizen front page', () => {
  it('searches and reads a procedure without loading rjsf or Ajv; the apply page loads them', async () => {
    const { page, scripts } = await recordingPage();
    await page.goto(`${server.url}/`);
    await page.getByLabel('Tên thủ tục, mã thủ tục hoặc từ khóa').fill('khai sinh');
    await page.getByRole('button', { name: 'Tìm kiếm' }).click();
    // Ranked: the phrase in the name first.
    const first = page.locator('main a[href^="#/thu-tuc/"]').first();
    await expect.poll(() => first.textContent()).toContain('Thủ tục đăng ký khai sinh');
    await first.click();
    await page.getByRole('heading', { level: 1, name: 'Thủ tục đăng ký khai sinh' }).waitFor();
    expect(scripts.size).toBeGreaterThan(0);
    expect(loadsFormStack(scripts)).toBe(false);

    await page.getByRole('link', { name: 'Nộp hồ sơ trực tuyến' }).click();
    await page.locator(`button[data-personal-id="${CITIZEN}"]`).click();
    await page.locator('#root_nguoiYeuCau_hoTen').waitFor();
    expect(loadsFormStack(scripts)).toBe(true);
  });
});

describe('a form without pages', () => {
  it('stays one page: fields, documents, fee and the submit button together', async () => {
    const { page } = await recordingPage();
    await page.goto(`${server.url}/#/thu-tuc/cap-ban-sao-trich-luc-ho-tich/nop`);
    await page.locator(`button[data-personal-id="${CITIZEN}"]`).click();
    await page.locator('#root_nguoiYeuCau_hoTen').waitFor();
    expect(await page.getByTestId('step-heading').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Tiếp tục' }).count()).toBe(0);
    expect(await page.locator('#root_soBanSao').count()).toBe(1);
    expect(await page.getByRole('heading', { name: 'Phí, lệ phí phải nộp' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Nộp hồ sơ' }).count()).toBe(1);
    const english = (await labelsAndOptions(page)).filter((text) => ENGLISH.test(text));
    expect(english).toEqual([]);
  });
});

describe('the apply page in Vietnamese', () => {
  it('has no English in labels and options, and shows dates as dd/mm/yyyy', async () => {
    const { page } = await recordingPage();
    await signInAndApply(page);
    const seen: string[] = [];
    seen.push(...(await labelsAndOptions(page)));
    // The applicant's birth date comes prefilled from the population database.
    const birthDate = page.locator('#root_nguoiYeuCau_ngaySinh');
    expect(await birthDate.inputValue()).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
    expect(await birthDate.getAttribute('placeholder')).toBe('dd/mm/yyyy');

    await page.locator('#root_nguoiYeuCau_soDienThoai').fill('0912345678');
    await page.locator('#root_quanHeVoiTre').selectOption('Mẹ');
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    await page.getByTestId('step-heading').filter({ hasText: 'Bước 2/5' }).waitFor();
    seen.push(...(await labelsAndOptions(page)));
    const childBirth = page.locator('#root_treEm_ngaySinh');
    expect(await childBirth.getAttribute('placeholder')).toBe('dd/mm/yyyy');
    // A date that does not exist is refused with the dd/mm/yyyy hint, in Vietnamese.
    await page.locator('#root_treEm_hoTen').fill('Trần Minh An');
    await page.locator('#root_treEm_gioiTinh').selectOption('Nữ');
    await childBirth.fill('31/02/2026');
    await page.locator('#root_treEm_noiSinh').fill('Bệnh viện Từ Dũ');
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    const dateGroup = page.locator('.form-group', { has: childBirth }).last();
    await expect.poll(() => dateGroup.textContent()).toContain('dd/mm/yyyy');
    expect(await dateGroup.textContent()).not.toContain('YYYY-MM-DD');

    const english = seen.filter((text) => ENGLISH.test(text));
    expect(english).toEqual([]);
    expect(seen).toContain('Có');
    expect(seen).toContain('Không');
  });

  it('draws a long answer in the page font, not monospace', async () => {
    const { page } = await recordingPage();
    await signInAndApply(page);
    const area = page.locator('textarea#root_nguoiYeuCau_noiCuTru');
    await area.fill('Số 12 đường Nguyễn Thị Minh Khai, phường Sài Gòn — số định danh, hộ khẩu thường trú');
    const font = await area.evaluate((el) => getComputedStyle(el).fontFamily);
    expect(font).not.toMatch(/mono/i);
    expect(font).toBe(await page.evaluate(() => getComputedStyle(document.body).fontFamily));
    await area.screenshot({ path: '/tmp/ui-portal-textarea-vi.png' });
  });

  it('uses the x-en labels and choices when the language switch says English', async () => {
    const { page } = await recordingPage('en-GB');
    await signInAndApply(page);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByTestId('step-heading').filter({ hasText: 'Step 1 of 5 — Applicant' }).waitFor();
    expect(await page.locator('label[for="root_nguoiYeuCau_hoTen"]').textContent()).toContain('Full name');
    const relation = await page.locator('#root_quanHeVoiTre option').allTextContents();
    expect(relation).toContain('Father');
    expect(await page.getByRole('button', { name: 'Continue' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    await page.getByTestId('step-heading').filter({ hasText: 'Bước 1/5 — Người đi đăng ký' }).waitFor();
  });
});
