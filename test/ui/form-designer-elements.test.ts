/**
 * The designer's controls for the rest of the format, in real Chromium against the real local
 * server, typing no JSON (the test fails if any JSON editor receives input): a form description,
 * a default value (an out-of-range one refused at once), radio buttons for a single choice, a
 * prefill into the first member of a repeating group, and an address's ward list edited by
 * pasting, removing a repeated name and reordering, a choice that cannot be picked, a different
 * portal label, the phone keyboard and capitals, and the catalog's `ui:options` rows — each then
 * seen in the live preview. axe-core runs on the new controls' dialog and, at the end, on the
 * designer with the address dialog open.
 */
import type { Browser, Page } from 'playwright-core';
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
    await page.screenshot({ path: `/tmp/ui-designer-elements-failed-${ctx.task.id}.png`, fullPage: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const dialog = () => page.locator('dialog.designer-dialog');
const preview = () => page.locator('.preview');
const done = async () => {
  await dialog().getByRole('button', { name: 'Xong' }).click();
  await dialog().waitFor({ state: 'detached' });
};
/** axe-core's serious and critical violations inside the given selectors. */
async function seriousViolations(selectors: string[]) {
  await injectAxe(page);
  return page.evaluate(
    async (include) => {
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
      const result = await axe.run({ include }, { resultTypes: ['violations'] });
      return result.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map((n) => n.target) }));
    },
    selectors.map((x) => [x]),
  );
}
const jsonInputs = () =>
  page.evaluate(() => (window as unknown as { __jsonEditorInputs?: number }).__jsonEditorInputs ?? 0);

describe('form designer: every element with its own control', () => {
  it('opens a new draft of birth registration on the "Biểu mẫu" tab', async () => {
    await page.goto(`${server.url}/#/builder`);
    await page.locator('button[data-username="author.saigon"]').click();
    await page.getByRole('link', { name: 'Thủ tục đăng ký khai sinh' }).click();
    await page.getByRole('button', { name: 'Tạo phiên bản mới để sửa' }).click();
    await page.getByRole('button', { name: 'Lưu', exact: true }).waitFor();
    await page.getByRole('tab', { name: 'Biểu mẫu' }).click();
    await page.getByRole('heading', { name: 'Thiết kế biểu mẫu điện tử' }).waitFor();
  }, 120_000);

  it('a form description typed in the designer is shown at the top of the preview', async () => {
    await page.getByLabel('Mô tả biểu mẫu (tiếng Việt)').fill('Khai trung thực, đầy đủ theo giấy tờ gốc.');
    await page.getByLabel('Mô tả biểu mẫu (tiếng Anh)').fill('Declare truthfully, as in the originals.');
    await preview().getByText('Khai trung thực, đầy đủ theo giấy tờ gốc.').waitFor();
  }, 120_000);

  it('a default value outside the range is refused beside its control; a valid one fills the preview', async () => {
    await page.getByRole('button', { name: '+ Số', exact: true }).click();
    await dialog().getByLabel('Nhãn (tiếng Việt)', { exact: true }).fill('Số bản sao cần cấp thêm');
    await dialog().getByTestId('field-maximum').fill('10');
    await dialog().getByTestId('field-default').fill('12');
    await dialog().getByText('Giá trị mặc định (12) lớn hơn giới hạn trên (10).').waitFor();
    expect(await dialog().getByTestId('field-default').getAttribute('aria-invalid')).toBe('true');
    await page.getByTestId('designer-problems').waitFor();
    await dialog().getByTestId('field-default').fill('3');
    await dialog().getByText('Giá trị mặc định (12)').waitFor({ state: 'detached' });
    await done();
    const input = preview().getByLabel(/Số bản sao cần cấp thêm/);
    await expect.poll(() => input.inputValue()).toBe('3');
  }, 120_000);

  it('a single choice shown as radio buttons is drawn with radio buttons', async () => {
    await page.getByRole('button', { name: '+ Chọn một', exact: true }).click();
    await dialog().getByLabel('Nhãn (tiếng Việt)', { exact: true }).fill('Hình thức nhận kết quả');
    await dialog().getByLabel('Cách hiển thị').selectOption({ label: 'Nút chọn' });
    await dialog().getByLabel('Lựa chọn 2: không cho chọn trên Cổng').check();
    // A removed choice comes back with "Hoàn tác", still not pickable on the portal.
    await dialog().getByRole('button', { name: 'Xóa lựa chọn 2' }).click();
    expect(await dialog().locator('ol.choices > li').count()).toBe(1);
    await dialog().getByText('Đã xóa «Lựa chọn 2».').waitFor();
    await dialog().getByRole('button', { name: 'Hoàn tác' }).click();
    expect(await dialog().getByLabel('Lựa chọn 2: không cho chọn trên Cổng').isChecked()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Xóa lựa chọn 2',
    );
    // Each choice's boxes say what they hold: the stored value first, explained above the list.
    const value = dialog().getByLabel('Lựa chọn 1', { exact: true });
    expect(await value.getAttribute('placeholder')).toBe('Giá trị');
    expect(
      await value.evaluate(
        (el) => document.getElementById(el.getAttribute('aria-describedby') ?? '')?.textContent,
      ),
    ).toContain('ô đầu là giá trị lưu trong hồ sơ');
    expect(await dialog().getByLabel('Tên tiếng Anh của lựa chọn 1').getAttribute('placeholder')).toBe(
      'Tên tiếng Anh',
    );
    await done();
    await preview().getByRole('radio', { name: 'Lựa chọn 2' }).waitFor();
    expect(await preview().getByRole('radio', { name: 'Lựa chọn 1' }).count()).toBe(1);
    // ui:enumDisabled: shown, but cannot be picked.
    expect(await preview().getByRole('radio', { name: 'Lựa chọn 2' }).isDisabled()).toBe(true);
    expect(await preview().getByRole('radio', { name: 'Lựa chọn 1' }).isDisabled()).toBe(false);
  }, 120_000);

  it('a different portal label (a blank one refused at once), a phone keyboard and capitals reach the preview', async () => {
    await page.getByRole('button', { name: '+ Văn bản ngắn', exact: true }).click();
    await dialog().getByLabel('Nhãn (tiếng Việt)', { exact: true }).fill('Số điện thoại người đi cùng');
    await dialog().getByLabel('Nhãn hiển thị khác trên Cổng').check();
    await dialog().getByTestId('field-titleOverride').fill('');
    await dialog().getByText('Nhãn hiển thị trên Cổng đang trống').first().waitFor();
    await dialog().getByTestId('field-titleOverride').fill('Điện thoại người đi cùng');
    // The default keyboard is named as a keyboard, not "(chữ thường)" (which reads as "lower case").
    expect(await dialog().getByTestId('field-inputType').locator('option').first().textContent()).toBe(
      'Bàn phím thông thường',
    );
    await dialog().getByTestId('field-inputType').selectOption({ label: 'Số điện thoại (bàn phím số)' });
    await dialog().getByTestId('field-autocapitalize').selectOption({ label: 'Không tự viết hoa' });
    await dialog().getByText('Nhãn hiển thị trên Cổng đang trống').waitFor({ state: 'detached' });
    // The pattern box is named in plain words and points most officers to "Định dạng" instead.
    const pattern = dialog().getByLabel('Mẫu ký tự cho phép (nâng cao)');
    expect(
      await pattern.evaluate(
        (el) => document.getElementById(el.getAttribute('aria-describedby') ?? '')?.textContent,
      ),
    ).toContain('Hầu hết các trường chỉ cần chọn "Định dạng"');
    expect(await dialog().getByText('biểu thức chính quy)').count()).toBe(0);
    expect(await seriousViolations(['dialog.designer-dialog'])).toEqual([]);
    await done();
    const input = preview().getByLabel(/^Điện thoại người đi cùng/);
    await input.waitFor();
    expect(await input.getAttribute('type')).toBe('tel');
    expect(await input.getAttribute('autocapitalize')).toBe('none');
    expect(await preview().getByText('Số điện thoại người đi cùng').count()).toBe(0);
  }, 120_000);

  it("the catalog's lines written nested in ui:options are edited with the same control", async () => {
    await page.locator('[data-field="nguoiYeuCau/noiCuTru"]').getByRole('button', { name: /^Sửa/ }).click();
    const lines = dialog().getByLabel('Số dòng hiển thị');
    expect(await lines.inputValue()).toBe('3');
    await lines.fill('5');
    await done();
    const area = preview().locator('textarea#root_nguoiYeuCau_noiCuTru');
    await expect.poll(() => area.getAttribute('rows')).toBe('5');
  }, 120_000);

  it('a prefill into a repeating group fills the first member for a demo citizen, and is not lockable', async () => {
    await page.getByRole('button', { name: '+ Nhóm lặp lại (vd. thành viên hộ)', exact: true }).click();
    await dialog().waitFor();
    await done();
    await page.locator('[data-field="thanhVien/hoTen"]').getByRole('button', { name: /^Sửa/ }).click();
    await dialog().getByText('điền sẵn vào mục đầu tiên của nhóm').waitFor();
    await dialog().getByLabel('Nguồn dữ liệu').selectOption({ label: 'Cơ sở dữ liệu quốc gia về dân cư' });
    await dialog()
      .getByLabel(/^Thông tin/)
      .selectOption({ label: 'Họ, chữ đệm và tên' });
    expect(await dialog().getByLabel(/^Khóa/).count()).toBe(0);
    await done();
    expect(await page.locator('[data-field="thanhVien/hoTen"]').textContent()).toContain('điền sẵn');

    await preview().getByTestId('preview-citizen').selectOption({ label: 'Nguyễn Thị Lan (079190012345)' });
    const first = preview().locator('#root_thanhVien_0_hoTen');
    await expect.poll(() => first.inputValue()).toBe('Nguyễn Thị Lan');
    expect(await first.isEditable()).toBe(true);
  }, 120_000);

  it('an address ward list is edited by pasting, refusing a repeated name, removing and reordering', async () => {
    await page.getByRole('button', { name: '+ Địa chỉ (tỉnh/thành → xã/phường)', exact: true }).click();
    const wards = dialog().getByTestId('ward-lists');
    await wards.getByLabel('Tỉnh, thành phố').selectOption('Thành phố Huế');
    await wards.getByText('Chưa có danh sách: người nộp tự gõ.').waitFor();
    await wards
      .getByLabel('Dán nhiều xã/phường (mỗi dòng một tên)')
      .fill('Phường Thuận Hóa\nPhường Phú Xuân\nPhường Thuận Hóa\n');
    await wards.getByRole('button', { name: 'Thêm các dòng đã dán' }).click();
    await wards.getByText('Xã/phường «Phường Thuận Hóa» bị lặp lại trong danh sách.').waitFor();
    await page.getByTestId('designer-problems').waitFor();
    await wards.getByRole('button', { name: 'Xóa Phường Thuận Hóa' }).last().click();
    await wards.getByText('bị lặp lại').waitFor({ state: 'detached' });
    // The removal can be taken back until the list is edited again.
    const undo = wards.getByTestId('undo-removal');
    await undo.getByText('Đã xóa «Phường Thuận Hóa».').waitFor();
    await undo.getByRole('button', { name: 'Hoàn tác' }).waitFor();
    await wards.getByRole('button', { name: 'Đưa Phường Phú Xuân lên' }).click();
    await expect.poll(() => undo.textContent()).toBe('');
    const listed = () =>
      wards.locator('ol.ward-list input').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    await expect.poll(listed).toEqual(['Phường Phú Xuân', 'Phường Thuận Hóa']);
    await wards.getByRole('button', { name: '+ Thêm xã/phường' }).click();
    await wards.getByLabel('Xã/phường 3').fill('Phường Hương An');
    await expect.poll(listed).toEqual(['Phường Phú Xuân', 'Phường Thuận Hóa', 'Phường Hương An']);
    await page.getByTestId('designer-problems').waitFor({ state: 'detached' });
    await done();

    await preview().locator('#root_diaChi_tinhThanh').selectOption('Thành phố Huế');
    const ward = preview().locator('select#root_diaChi_xaPhuong');
    await expect
      .poll(() => ward.locator('option').evaluateAll((els) => els.map((e) => e.textContent).filter(Boolean)))
      .toEqual(['Phường Phú Xuân', 'Phường Thuận Hóa', 'Phường Hương An']);
  }, 120_000);

  it('typed no JSON, and axe-core finds no serious or critical violation with the address dialog open', async () => {
    expect(await jsonInputs()).toBe(0);
    await page.locator('[data-field="diaChi"]').getByRole('button', { name: /^Sửa/ }).first().click();
    await dialog().getByTestId('ward-lists').waitFor();
    const violations = await seriousViolations(['.designer', 'dialog.designer-dialog']);
    await page.screenshot({ path: '/tmp/ui-designer-address-dialog.png', fullPage: true });
    expect(violations).toEqual([]);
  }, 120_000);
});
