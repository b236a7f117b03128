/**
 * A council resolution authored and approved in the builder, in real Chromium against the real
 * local server: the author fills the policy's controls, saves and sees the impact table (which
 * procedures' fees change, before → after, when); another officer of the city sees the same table,
 * sends it back with a reason, then approves and publishes it; an officer of another city only reads it.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { desktop, launchChromium } from './support/chromium';
import { startUiServer, type UiServer } from './support/ui-server';

let server: UiServer;
let browser: Browser;
let page: Page;
const policyId = 'hn-ui-2027-ho-tich';

beforeAll(async () => {
  server = await startUiServer();
  browser = await launchChromium();
  page = await browser.newPage({ viewport: desktop, locale: 'vi-VN' });
  page.setDefaultTimeout(15_000);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const impactRows = (p: Page) => p.getByTestId('impact-table').locator('tbody tr');

describe('fee policy in the builder', () => {
  it('an officer of Hà Nội drafts a resolution and sees its impact on fees', async () => {
    await page.goto(`${server.url}/#/builder`);
    await page.locator('button[data-username="author.tuphap-hanoi"]').click();
    await page.getByRole('link', { name: 'Chính sách phí, lệ phí (nghị quyết HĐND)' }).click();
    // the seeded resolutions are listed as published data
    await page
      .getByRole('link', { name: /77\/2025\/NQ-HĐND/ })
      .first()
      .waitFor();
    await page.getByRole('link', { name: 'Soạn chính sách mới' }).click();

    await page.getByTestId('policy-id').fill(policyId);
    await page.getByLabel('Số hiệu').fill('15/2026/NQ-HĐND');
    await page.getByLabel('Trích yếu').fill('Miễn lệ phí hộ tịch quý I/2027');
    // dates typed as Vietnamese write them, dd/mm/yyyy, whatever the browser's language
    await page.getByLabel('Ngày ký').fill('30/11/2026');
    await page.getByLabel('Địa bàn áp dụng').selectOption('ha-noi');
    await page.getByLabel('Tóm tắt (tiếng Việt)').fill('Lệ phí hộ tịch 0 đồng trong quý I/2027.');
    await page.getByLabel('Có hiệu lực từ').fill('1/1/2027');
    const lastDay = page.getByLabel('Hết hiệu lực sau ngày (để trống nếu chưa có)');
    await lastDay.fill('31/02/2027');
    await page.getByLabel('Trực tiếp', { exact: true }).check();
    await page.getByLabel('Lệ phí hộ tịch', { exact: true }).check();
    // the policies it replaces are ticked from the jurisdiction's own, by number, not typed as ids
    const supersedes = page.getByTestId('supersedes');
    await supersedes.getByLabel(/07\/2023\/NQ-HĐND/).check();
    expect(await supersedes.getByText(/411\/NQ-HĐND/).count()).toBe(0);
    // a day that does not exist is named beside its box, and saving it is refused
    await page.getByText('Không có ngày 31/02/2027 trong lịch').waitFor();
    expect(await lastDay.getAttribute('aria-invalid')).toBe('true');
    await page.getByRole('button', { name: 'Lưu bản nháp' }).click();
    // the refusal names the box by its label, not by a pointer or a regular expression
    await page
      .locator('.alert.error li')
      .filter({ hasText: 'Hết hiệu lực sau ngày: Phải là một ngày có thật' })
      .waitFor();
    expect(await impactRows(page).count()).toBe(0);
    await lastDay.fill('31/03/2027');
    expect(await lastDay.getAttribute('aria-invalid')).toBeNull();
    await page.getByRole('button', { name: 'Lưu bản nháp' }).click();

    await expect.poll(() => impactRows(page).count(), { timeout: 30_000 }).toBe(1);
    const row = await impactRows(page).first().textContent();
    expect(row).toContain('Thủ tục đăng ký kết hôn');
    expect(row).toContain('Trực tiếp');
    expect(row).toContain('1.000.000 đ');
    expect(row).toContain('01/01/2027 → 31/03/2027');
    await page.getByRole('button', { name: 'Gửi duyệt' }).click();
    await page.locator('h1 .badge', { hasText: 'Chờ duyệt' }).waitFor();
    // an author offers no review buttons: approving is another officer's
    expect(await page.getByRole('button', { name: 'Phê duyệt' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Trả lại để sửa' }).count()).toBe(0);
    await page.screenshot({ path: '/tmp/ui-policy-author.png', fullPage: true });
  }, 60_000);

  it("an approver of another city reads it but is offered no button on Hà Nội's resolution", async () => {
    const context = await browser.newContext({ viewport: desktop, locale: 'vi-VN' });
    const other = await context.newPage();
    other.setDefaultTimeout(15_000);
    await other.goto(`${server.url}/#/builder`);
    await other.locator('button[data-username="approver.sonoivu-hcm"]').click();
    await other.getByRole('link', { name: 'Chính sách phí, lệ phí (nghị quyết HĐND)' }).click();
    // not an author: no "new policy" link
    await other.getByRole('link', { name: /15\/2026\/NQ-HĐND/ }).waitFor();
    expect(await other.getByRole('link', { name: 'Soạn chính sách mới' }).count()).toBe(0);
    await other.getByRole('link', { name: /15\/2026\/NQ-HĐND/ }).click();
    await other.getByTestId('policy-next').filter({ hasText: 'Bạn chỉ xem được chính sách này' }).waitFor();
    expect(
      await other
        .getByRole('button')
        .filter({ hasText: /Phê duyệt|Trả lại|Công bố|Lưu/ })
        .count(),
    ).toBe(0);
    expect(await other.getByLabel('Số hiệu').isDisabled()).toBe(true);
    await context.close();
  }, 60_000);

  it('another officer sees the impact table, approves and publishes', async () => {
    const context = await browser.newContext({ viewport: desktop, locale: 'vi-VN' });
    const approver = await context.newPage();
    approver.setDefaultTimeout(15_000);
    await approver.goto(`${server.url}/#/builder`);
    await approver.locator('button[data-username="approver.tuphap-hanoi"]').click();
    await approver.getByRole('link', { name: 'Chính sách phí, lệ phí (nghị quyết HĐND)' }).click();
    await approver.getByRole('link', { name: /15\/2026\/NQ-HĐND/ }).click();
    await expect.poll(() => impactRows(approver).count(), { timeout: 30_000 }).toBe(1);
    expect(await impactRows(approver).first().textContent()).toContain('0 đ');
    // the stored dates read back as dd/mm/yyyy
    expect(await approver.getByLabel('Ngày ký').inputValue()).toBe('30/11/2026');
    expect(await approver.getByLabel('Có hiệu lực từ').inputValue()).toBe('01/01/2027');
    expect(
      await approver
        .getByTestId('supersedes')
        .getByLabel(/07\/2023\/NQ-HĐND/)
        .isChecked(),
    ).toBe(true);
    // sent back with a reason (none, no sending back); the author reads it, fixes and resubmits
    const sendBack = approver.getByRole('button', { name: 'Trả lại để sửa' });
    expect(await sendBack.isDisabled()).toBe(true);
    await approver
      .getByLabel('Lý do trả lại (người soạn sẽ thấy)')
      .fill('Ghi cơ quan ban hành: HĐND Thành phố Hà Nội.');
    await sendBack.click();
    await approver.locator('h1 .badge', { hasText: 'Bản nháp' }).waitFor();
    expect(await approver.getByRole('button', { name: 'Phê duyệt' }).count()).toBe(0);

    await page.reload();
    await page.getByTestId('review-comment').filter({ hasText: 'Ghi cơ quan ban hành' }).waitFor();
    await page.getByLabel('Cơ quan ban hành').fill('HĐND Thành phố Hà Nội');
    await page.getByRole('button', { name: 'Lưu bản nháp' }).click();
    await expect.poll(() => page.getByLabel('Cơ quan ban hành').inputValue()).toBe('HĐND Thành phố Hà Nội');
    await page.getByRole('button', { name: 'Gửi duyệt' }).click();
    await page.locator('h1 .badge', { hasText: 'Chờ duyệt' }).waitFor();

    await approver.reload();
    await approver.locator('h1 .badge', { hasText: 'Chờ duyệt' }).waitFor();
    expect(await approver.getByLabel('Cơ quan ban hành').inputValue()).toBe('HĐND Thành phố Hà Nội');
    await approver.getByRole('button', { name: 'Phê duyệt' }).click();
    await approver.locator('h1 .badge', { hasText: 'Đã duyệt' }).waitFor();
    await approver.getByRole('button', { name: 'Công bố' }).click();
    await approver.locator('h1 .badge', { hasText: 'Đã công bố' }).waitFor();
    await approver.screenshot({ path: '/tmp/ui-policy-approver.png', fullPage: true });
  }, 60_000);
});
