/**
 * The form designer in real Chromium against the real local server: an officer adds fields from
 * the palette, sets required and limits, is refused an invalid combination at once, makes a field
 * conditional and sees the preview show and hide it, picks a locked prefill and sees it filled for
 * a demo citizen; then the keyboard-only path (add, make required, move) and axe-core on the
 * designer with the field dialog open.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { injectAxe } from './support/axe';
import { desktop, launchChromium } from './support/chromium';
import { startUiServer, type UiServer } from './support/ui-server';

let server: UiServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await startUiServer();
  browser = await launchChromium();
  page = await browser.newPage({ viewport: desktop, locale: 'vi-VN' });
  // The machine is shared and every edit recompiles the preview: allow slow steps, never flaky ones.
  page.setDefaultTimeout(30_000);
  page.on('dialog', (d) => void d.accept());
});

afterEach(async (ctx) => {
  if (ctx.task.result?.state === 'fail')
    await page.screenshot({ path: `/tmp/ui-designer-failed-${ctx.task.id}.png`, fullPage: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const dialog = () => page.locator('dialog.designer-dialog');
const preview = () => page.locator('.preview');
const rootFields = () =>
  page
    .locator('.designer-main > ol.designer-fields > li')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-field')));

async function fieldInDialog(label: string): Promise<Locator> {
  return dialog().getByLabel(label, { exact: true });
}

describe('form designer', () => {
  it('opens a new draft of birth registration on the "Biểu mẫu" tab', async () => {
    await page.goto(`${server.url}/#/builder`);
    await page.locator('button[data-username="author.saigon"]').click();
    await page.getByRole('link', { name: 'Thủ tục đăng ký khai sinh' }).click();
    await page.getByRole('button', { name: 'Tạo phiên bản mới để sửa' }).click();
    await page.getByRole('button', { name: 'Lưu', exact: true }).waitFor();
    await page.getByRole('tab', { name: 'Biểu mẫu' }).click();
    await page.getByRole('heading', { name: 'Thiết kế biểu mẫu điện tử' }).waitFor();
    // The catalog's fields are shown as rows, sections with their fields inside.
    expect(await rootFields()).toEqual([
      'nguoiYeuCau',
      'quanHeVoiTre',
      'treEm',
      'me',
      'cha',
      'coGiayChungSinh',
      'mangThaiHo',
      'laNguoiDuocUyQuyen',
      'nguoiUyQuyen',
      'dienMienLePhi',
      'soBanSao',
    ]);
  }, 120_000);

  it('adds a number field, refuses minimum > maximum at once, then takes a valid range and "required"', async () => {
    await page.getByRole('button', { name: '+ Số', exact: true }).click();
    await dialog().waitFor();
    // The dialog is taller than the screen; "Xong" stays in sight without scrolling to its end.
    const fits = await dialog().evaluate((d) => {
      const done = [...d.querySelectorAll('button')].find((b) => b.textContent === 'Xong');
      const box = d.getBoundingClientRect();
      const button = done?.getBoundingClientRect();
      return {
        scrolls: d.scrollHeight > d.clientHeight,
        top: d.scrollTop,
        visible: !!button && button.top >= box.top && button.bottom <= box.bottom,
      };
    });
    expect(fits).toEqual({ scrolls: true, top: 0, visible: true });
    await (await fieldInDialog('Nhãn (tiếng Việt)')).fill('Số trang giấy tờ');
    await dialog().getByTestId('field-minimum').fill('5');
    await dialog().getByTestId('field-maximum').fill('1');
    // The error is next to the control, and the definition is not changed while it stands.
    await dialog().getByText('Giá trị: giá trị tối thiểu (5) lớn hơn giá trị tối đa (1).').waitFor();
    expect(await dialog().getByTestId('field-maximum').getAttribute('aria-invalid')).toBe('true');
    await page.getByTestId('designer-problems').waitFor();
    await dialog().getByTestId('field-maximum').fill('50');
    await dialog().getByText('lớn hơn giá trị tối đa').waitFor({ state: 'detached' });
    await dialog().getByTestId('field-required').check();
    await dialog().getByRole('button', { name: 'Xong' }).click();
    await dialog().waitFor({ state: 'detached' });
    const row = page.locator('[data-field="so"]');
    expect(await row.textContent()).toContain('bắt buộc');
    // The preview shows the new field, and refuses 60 (out of range) when the form is checked.
    await preview()
      .getByLabel(/Số trang giấy tờ/)
      .waitFor();
    await page.screenshot({ path: '/tmp/ui-designer-limits.png', fullPage: true });
  }, 120_000);

  it('a field shown only when a yes/no answer is "Có" appears and disappears in the preview', async () => {
    await page.getByRole('button', { name: '+ Có/Không', exact: true }).click();
    await (await fieldInDialog('Nhãn (tiếng Việt)')).fill('Nhận bản điện tử qua thư?');
    await dialog().getByLabel('Cách hiển thị').selectOption({ label: 'Ô đánh dấu' });
    await dialog().getByRole('button', { name: 'Xong' }).click();
    await page.getByRole('button', { name: '+ Thư điện tử', exact: true }).click();
    await (await fieldInDialog('Nhãn (tiếng Việt)')).fill('Thư điện tử nhận bản sao');
    // Without a row the field is "always shown" (not "always applies", which is said of rules).
    const showWhen = dialog().getByRole('group', { name: /^Hiện trường này khi/ });
    expect(await showWhen.locator('legend').textContent()).toBe('Hiện trường này khi… — luôn hiện');
    // The key is explained where it is typed: an officer leaves it as it is.
    const key = dialog().getByLabel('Tên kỹ thuật (khóa)', { exact: true });
    const help = await key.getAttribute('aria-describedby');
    expect(await dialog().locator(`[id="${help}"]`).textContent()).toContain('người nộp không thấy');
    await dialog().getByRole('button', { name: '+ Thêm dòng điều kiện' }).click();
    await dialog().getByLabel('Trường của dòng 1').selectOption({ label: 'Nhận bản điện tử qua thư?' });
    expect(await dialog().getByLabel('Phép so sánh của dòng 1').inputValue()).toBe('is');
    await dialog().getByLabel('Giá trị của dòng 1').selectOption({ label: 'Có' });
    await dialog().getByRole('button', { name: 'Xong' }).click();
    expect(await page.locator('[data-field="email"]').textContent()).toContain('có điều kiện');

    const email = preview().getByLabel('Thư điện tử nhận bản sao');
    await preview().getByLabel('Nhận bản điện tử qua thư?').waitFor();
    await expect.poll(() => email.count()).toBe(0);
    await preview().getByLabel('Nhận bản điện tử qua thư?').check();
    await email.waitFor();
    await preview().getByLabel('Nhận bản điện tử qua thư?').uncheck();
    await email.waitFor({ state: 'detached' });
  }, 120_000);

  it('a locked prefill picked from the registry is filled and read-only in the preview for a demo citizen', async () => {
    await page.getByRole('button', { name: '+ Họ và tên', exact: true }).click();
    await (await fieldInDialog('Nhãn (tiếng Việt)')).fill('Họ tên người nhận kết quả');
    await dialog().getByLabel('Nguồn dữ liệu').selectOption({ label: 'Cơ sở dữ liệu quốc gia về dân cư' });
    // The "Họ và tên" preset starts on the full name (not the source's first attribute, the ID
    // number), even after its label was changed.
    expect(
      await dialog()
        .getByLabel(/^Thông tin/)
        .inputValue(),
    ).toBe('fullName');
    expect(await dialog().getByLabel(/^Khóa/).isChecked()).toBe(true);
    await dialog().getByRole('button', { name: 'Xong' }).click();
    expect(await page.locator('[data-field="hoTen"]').textContent()).toContain('điền sẵn, khóa');

    await preview().getByTestId('preview-citizen').selectOption({ label: 'Nguyễn Thị Lan (079190012345)' });
    const input = preview().getByLabel(/Họ tên người nhận kết quả/);
    await expect.poll(() => input.inputValue()).toBe('Nguyễn Thị Lan');
    expect(await input.isEditable()).toBe(false);
    await page.screenshot({ path: '/tmp/ui-designer-prefill.png', fullPage: true });
  }, 120_000);

  it('keyboard only: adds a field, makes it required and moves it', async () => {
    // Start from the palette's first button, then only keys.
    await page.getByRole('button', { name: '+ Ngày sinh', exact: true }).focus();
    await page.keyboard.press('Enter');
    await dialog().waitFor();
    const active = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return {
          testid: el?.getAttribute('data-testid'),
          field: el?.closest('[data-field]')?.getAttribute('data-field'),
          handle: el?.classList.contains('drag-handle'),
        };
      });
    expect((await active()).testid).toBe('field-title');
    for (let i = 0; i < 40 && (await active()).testid !== 'field-required'; i++)
      await page.keyboard.press('Tab');
    expect((await active()).testid).toBe('field-required');
    await page.keyboard.press('Space');
    expect(await dialog().getByTestId('field-required').isChecked()).toBe(true);
    await page.keyboard.press('Escape');
    await dialog().waitFor({ state: 'detached' });
    expect(await page.locator('[data-field="ngaySinh"]').textContent()).toContain('bắt buộc');

    const before = await rootFields();
    expect(before[before.length - 1]).toBe('ngaySinh');
    // Closing the dialog puts the focus on the new field's "Sửa" button, not on the page's body;
    // the drag handle is just before it.
    expect(await active()).toMatchObject({ field: 'ngaySinh', handle: false });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Sửa «Ngày sinh»');
    await page.keyboard.press('Shift+Tab');
    expect(await active()).toMatchObject({ field: 'ngaySinh', handle: true });
    // dnd-kit announces each step in its live region; wait for it before the next key.
    const announced = (text: string) =>
      page.locator('[id^="DndLiveRegion"]', { hasText: text }).waitFor({ state: 'attached' });
    await page.keyboard.press('Space');
    await page.locator('[data-field="ngaySinh"] .drag-handle[aria-pressed="true"]').waitFor();
    await page.keyboard.press('ArrowUp');
    await announced(`ở vị trí ${before.length - 1}.`);
    await page.keyboard.press('ArrowUp');
    await announced(`ở vị trí ${before.length - 2}.`);
    await page.keyboard.press('Space');
    const expected = [...before.slice(0, -3), 'ngaySinh', ...before.slice(-3, -1)];
    await expect.poll(rootFields).toEqual(expected);
  }, 120_000);

  it('axe-core finds no serious or critical violation in the designer with the field dialog open', async () => {
    await page.locator('[data-field="email"]').getByRole('button', { name: /^Sửa/ }).click();
    await dialog().waitFor();
    await injectAxe(page);
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: {
            run: (
              ctx: unknown,
              opts: unknown,
            ) => Promise<{ violations: { id: string; impact: string; nodes: { target: unknown }[] }[] }>;
          };
        }
      ).axe;
      const result = await axe.run(
        { include: [['.designer'], ['dialog.designer-dialog']] },
        { resultTypes: ['violations'] },
      );
      return result.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map((n) => n.target) }));
    });
    await page.screenshot({ path: '/tmp/ui-designer-dialog.png', fullPage: true });
    expect(violations).toEqual([]);
  }, 120_000);
});
