/**
 * A procedure-control officer in real Chromium against the real local server: signs in to the
 * builder, opens birth registration, starts a new draft version, changes a fee and sees the live
 * preview's calculator follow (the core running in the browser), gets a finding in words (pointer
 * after them) on the tab of a bad edit, saves, and is told plainly when someone else saved first.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { desktop, launchChromium } from './support/chromium';
import { startUiServer, type UiServer } from './support/ui-server';

let server: UiServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await startUiServer();
  browser = await launchChromium();
  page = await browser.newPage({ viewport: desktop, locale: 'vi-VN' });
  // Fail a stuck step with Playwright's call log, well before the test's own timeout.
  page.setDefaultTimeout(30_000);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** A separate browser context (own storage) signed in as another demo officer, on the procedure. */
async function officerPage(username: string): Promise<Page> {
  const context = await browser.newContext({ viewport: desktop, locale: 'vi-VN' });
  const other = await context.newPage();
  await other.goto(`${server.url}/#/builder`);
  await other.locator(`button[data-username="${username}"]`).click();
  await other.getByRole('link', { name: 'Thủ tục đăng ký khai sinh' }).click();
  return other;
}

const calculatorTotal = () => page.locator('.calculator [data-testid="fee-total"]').textContent();

describe('procedure builder', { timeout: 180_000 }, () => {
  it('lists the agency’s procedures after an officer signs in', async () => {
    await page.goto(`${server.url}/#/builder`);
    await page.locator('button[data-username="author.saigon"]').click();
    await page.getByRole('link', { name: 'Thủ tục đăng ký khai sinh' }).waitFor();
    // Only her own agency's procedures: a Hà Nội ward's procedure is not listed.
    expect(await page.getByRole('link', { name: /Cấp bản sao Trích lục hộ tịch/ }).count()).toBe(0);
    await page.screenshot({ path: '/tmp/ui-builder-list.png' });
  });

  it('edits a new draft: the live preview and fee calculator follow the edit', async () => {
    await page.getByRole('link', { name: 'Thủ tục đăng ký khai sinh' }).click();
    await page.getByRole('button', { name: 'Tạo phiên bản mới để sửa' }).click();
    await page.getByText('Phiên bản 2', { exact: false }).first().waitFor();
    await page.getByRole('button', { name: 'Lưu', exact: true }).waitFor();

    // The preview is the citizen's form, generated in the browser.
    await page.locator('.preview').getByText('Người đi đăng ký khai sinh').first().waitFor();
    await page.getByTestId('calc-channel').selectOption('in-person');
    // In person, the form's defaults (one copy): 8.000 đ charge + 8.000 đ for the copy.
    await expect.poll(calculatorTotal).toBe('16.000 đ');

    await page.getByRole('tab', { name: 'Cách thức & phí' }).click();
    await page.getByTestId('fee-amount-le-phi-khai-sinh').fill('12000');
    await expect.poll(calculatorTotal).toBe('20.000 đ');
    // Online, HCM's resolution still makes the charge 0 đồng; the copy fee is the ministry's and stays.
    await page.getByTestId('calc-channel').selectOption('online');
    await expect.poll(calculatorTotal).toBe('8.000 đ');
    await page.screenshot({ path: '/tmp/ui-builder-editor.png', fullPage: true });
  });

  it('reports a bad edit in words on its tab (pointer after), then saves a good one', async () => {
    await page.getByTestId('fee-amount-le-phi-khai-sinh').fill('-5');
    const report = page.getByTestId('check-report');
    await expect.poll(() => report.textContent()).toMatch(/Có \d+ lỗi/);
    const finding = page.getByRole('tabpanel').locator('.problems li').first();
    await expect.poll(() => finding.textContent()).toContain('Phí, lệ phí 1 › số tiền');
    expect(await finding.locator('code').textContent()).toBe('/fees/0/amount/amount');
    await expect.poll(() => page.getByRole('tab', { name: /Cách thức & phí/ }).textContent()).toMatch(/\d/);
    await page.screenshot({ path: '/tmp/ui-builder-problem.png' });

    await page.getByTestId('fee-amount-le-phi-khai-sinh').fill('12000');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await page.getByText('Đã lưu bản nháp.', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Kiểm tra bản đã lưu trên máy chủ' }).click();
    await expect.poll(() => report.first().textContent()).toContain('bản đã lưu');
  });

  it('says so when someone else saved the draft first', async () => {
    // Another officer's tab saves the same draft through the API.
    const status = await page.evaluate(async () => {
      const session = JSON.parse(localStorage.getItem('tthc.officerSession') ?? '{}') as { token: string };
      const auth = { authorization: `Bearer ${session.token}` };
      const url = '/api/admin/procedures/dang-ky-khai-sinh/versions/2';
      const current = await (await fetch(url, { headers: auth })).json();
      const definition = {
        ...current.definition,
        keywords: [...(current.definition.keywords ?? []), 'giấy khai sinh'],
      };
      const res = await fetch(url, {
        method: 'PUT',
        headers: { ...auth, 'content-type': 'application/json', 'if-match': `"${current.revision}"` },
        body: JSON.stringify({ definition }),
      });
      return res.status;
    });
    expect(status).toBe(200);

    await page.getByTestId('fee-amount-le-phi-khai-sinh').fill('15000');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await page.getByText('Bản nháp đã được người khác sửa').waitFor();
    await page.screenshot({ path: '/tmp/ui-builder-conflict.png' });
  });

  it('takes the draft through review and publication; the portal then shows the new fee', async () => {
    await page.getByRole('button', { name: 'Tải bản mới nhất (bỏ thay đổi của tôi)' }).click();
    await page.getByText('Bản nháp đã được người khác sửa').waitFor({ state: 'detached' });
    expect(await page.getByText('Có thay đổi chưa lưu').count()).toBe(0);
    await page.getByTestId('fee-amount-le-phi-khai-sinh').fill('15000');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await page.getByText('Đã lưu bản nháp.', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Gửi duyệt', exact: true }).click();
    await page.getByText('Đã gửi duyệt.', { exact: true }).waitFor();

    const approver = await officerPage('approver.saigon');
    await approver.getByRole('button', { name: 'Phê duyệt' }).click();
    await approver.getByText('Đã phê duyệt.', { exact: true }).waitFor();

    const publisher = await officerPage('publisher.saigon');
    // One button: publishing also updates the portal's catalog, and says so.
    await publisher.getByRole('button', { name: 'Công bố và cập nhật Cổng dịch vụ công' }).click();
    await publisher.getByText('Đã công bố và cập nhật Cổng dịch vụ công', { exact: false }).waitFor();
    await publisher.screenshot({ path: '/tmp/ui-builder-published.png' });

    const citizen = await (await browser.newContext({ viewport: desktop, locale: 'vi-VN' })).newPage();
    await citizen.goto(`${server.url}/#/thu-tuc/dang-ky-khai-sinh`);
    const inPerson = citizen.getByRole('region', { name: 'Trực tiếp' });
    await expect.poll(() => inPerson.textContent()).toContain('15.000 đ');
    // Three officers and a release build: more steps than the other cases.
  });

  it('starts a new procedure copied from an existing one, choosing to leave its tests behind', async () => {
    await page.getByRole('button', { name: 'Tạo thủ tục mới từ bản này…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Thủ tục mới' });
    const tests = dialog.getByRole('checkbox', { name: /Ca kiểm thử/ });
    await tests.waitFor();
    expect(await tests.isChecked()).toBe(false);
    await dialog.getByLabel('Tên thủ tục (tiếng Việt)').fill('Đăng ký khai sinh lưu động');
    await dialog.getByLabel('Tên thủ tục (tiếng Anh)').fill('Mobile birth registration');
    // A malformed national code is refused with the field named…
    await dialog.getByLabel('Mã thủ tục (mã TTHC quốc gia)').fill('1.001193.LD');
    await dialog.getByRole('button', { name: 'Tạo bản nháp' }).click();
    await dialog.getByText('Mã thủ tục gồm 1 chữ số, dấu chấm và 6 chữ số').waitFor();
    // …and a well-formed one goes through.
    await dialog.getByLabel('Mã thủ tục (mã TTHC quốc gia)').fill('1.999001');
    expect(await dialog.getByLabel('Mã định danh (tự đề xuất từ tên)').inputValue()).toBe(
      'dang-ky-khai-sinh-luu-dong',
    );
    await dialog.getByRole('button', { name: 'Tạo bản nháp' }).click();
    await page.getByRole('heading', { level: 1, name: 'Đăng ký khai sinh lưu động' }).waitFor();
    await page.getByText('Bản nháp', { exact: true }).first().waitFor();
    await page.getByRole('link', { name: '‹ Danh sách thủ tục' }).click();
    await page.getByRole('link', { name: 'Đăng ký khai sinh lưu động' }).waitFor();
  });
});
