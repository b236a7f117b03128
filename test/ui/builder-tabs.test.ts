/**
 * The documents, fees and "steps & legal basis" tabs in real Chromium against the real local
 * server: an officer adds a conditional document with a reuse rule, a tiered fee line with an
 * exemption (the live calculator follows), is refused a cleared amount, edits steps and legal
 * basis, follows the Decree 42 checklist to the step that blocks full online, saves, and the
 * stored definition (read back through the API) is what she set. axe-core checks each tab.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it, onTestFailed } from 'vitest';
import type { Procedure } from '../../functions/core/types';
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
  page.setDefaultTimeout(20_000);
});

beforeEach(({ task }) => {
  // What the page looked like when a step failed, for the person reading the failure.
  onTestFailed(async () => {
    await page.screenshot({
      path: `/tmp/ui-builder-tabs-${task.name.slice(0, 20).replace(/\W+/g, '-')}.png`,
      fullPage: true,
    });
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Serious or critical axe-core violations inside the open tab panel, as "rule: target" lines. */
async function axeViolations(): Promise<string[]> {
  await injectAxe(page);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: string): Promise<AxeResult> } }).axe;
    type AxeResult = { violations: { id: string; impact: string; nodes: { target: string[] }[] }[] };
    const result = await axe.run('[role="tabpanel"]');
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
  });
}

const tab = (name: string) => page.getByRole('tab', { name });
const total = () => page.locator('.calculator [data-testid="fee-total"]').textContent();
/** The last item of the list editor at `pointer` (what "+ Thêm …" just added). */
const lastItem = (pointer: string): Locator =>
  page.locator(`.list-editor[data-pointer="${pointer}"] > ol > li`).last();

/** Adds a row "<field> <operator> <value>" to the condition editor inside `scope`. */
async function addConditionRow(scope: Locator, field: string, value?: string) {
  await scope.getByRole('button', { name: '+ Thêm dòng điều kiện' }).first().click();
  await scope.getByLabel('Trường của dòng 1').first().selectOption({ label: field });
  if (value !== undefined) await scope.getByLabel('Giá trị của dòng 1').first().selectOption(value);
}

describe('documents, fees and lists in the builder', () => {
  it('opens a new draft of birth registration', async () => {
    await page.goto(`${server.url}/#/builder`);
    await page.locator('button[data-username="author.saigon"]').click();
    await page.getByRole('link', { name: 'Thủ tục đăng ký khai sinh' }).click();
    await page.getByRole('button', { name: 'Tạo phiên bản mới để sửa' }).click();
    await page.getByRole('button', { name: 'Lưu', exact: true }).waitFor();
    await page.getByTestId('calc-channel').selectOption('in-person');
    await expect.poll(total).toBe('16.000 đ');
  }, 120_000);

  it('adds a document needed only when filing by proxy, with a reuse rule', async () => {
    await tab('Hồ sơ & tái sử dụng').click();
    await page
      .locator('.list-editor[data-pointer="/documentCases/0/documents"] > button', {
        hasText: 'Thêm giấy tờ',
      })
      .click();
    const doc = lastItem('/documentCases/0/documents');
    await doc.getByLabel('Tên giấy tờ — tiếng Việt').fill('Văn bản ủy quyền có chứng thực');
    await doc.getByLabel('Tên giấy tờ — tiếng Anh').fill('Certified power of attorney');
    await doc.getByLabel('Mã giấy tờ').fill('van-ban-uy-quyen-thu');
    await doc.getByLabel('Số bản sao').fill('1');
    await doc.getByRole('checkbox', { name: 'Word (DOCX)' }).check();
    await doc.getByLabel('Dung lượng tối đa').fill('2');
    await addConditionRow(doc, 'Nộp hồ sơ theo ủy quyền của cha, mẹ?');
    await doc.getByRole('button', { name: '+ Thêm quy tắc tái sử dụng dữ liệu' }).click();
    await doc.getByLabel('Nguồn dữ liệu').selectOption('residence');
    await doc.getByLabel('Loại giấy tờ, dữ liệu').selectOption('thong-tin-cu-tru');
    await doc.getByLabel('Cách dùng').selectOption('replace');
    // What the mode means, in words, beside the picker.
    await doc.getByText('Người dân không phải nộp: có dữ liệu thì dùng lại').waitFor();
    // A cleared count is refused beside its box, not taken as 0.
    await doc.getByLabel('Số bản chính').fill('');
    await doc.getByText('Chưa nhập — ô này bắt buộc (không tự coi là 0)').waitFor();
    await doc.getByLabel('Số bản chính').fill('1');
    expect(await doc.locator('.field-error').count()).toBe(0);
    expect((await axeViolations()).join('\n')).toBe('');

    // The preview asks for the document only when the applicant files by proxy.
    const docs = page.locator('.preview .docs');
    expect(await docs.textContent()).not.toContain('Văn bản ủy quyền có chứng thực');
    const byProxy = page.locator('.preview input[name="root_laNguoiDuocUyQuyen"]');
    await byProxy.nth(0).check();
    await expect.poll(() => docs.textContent()).toContain('Văn bản ủy quyền có chứng thực');
    await byProxy.nth(1).check();
    await expect.poll(() => docs.textContent()).not.toContain('Văn bản ủy quyền có chứng thực');
  }, 120_000);

  it('adds a tiered fee line with an exemption; the calculator follows', async () => {
    await tab('Cách thức & phí').click();
    await page.getByRole('button', { name: '+ Thêm khoản thu' }).click();
    const line = lastItem('/fees');
    // A new line starts on the fee category of the procedure's field (hộ tịch) and on a fixed
    // amount left empty, refused beside its box until filled (not 0).
    expect(await line.getByLabel('Nhóm phí (danh mục)').inputValue()).toBe('ho-tich');
    expect(await line.getByLabel('Cách tính mức thu').inputValue()).toBe('fixed');
    expect(await line.getByLabel(/^Mức thu/).inputValue()).toBe('');
    await line.getByText('Chưa nhập — ô này bắt buộc (không tự coi là 0)').waitFor();
    await line.getByLabel('Tên khoản thu — tiếng Việt').fill('Phí cấp bản sao có chứng thực');
    await line.getByLabel('Tên khoản thu — tiếng Anh').fill('Certified copy fee');
    await line.getByLabel('Mã khoản thu').fill('phi-ban-sao-chung-thuc');
    await line.getByLabel('Loại', { exact: true }).selectOption('phi');
    await line.getByLabel('Nhóm phí (danh mục)').selectOption('chung-thuc');
    await line.getByLabel('Cách tính mức thu').selectOption('tiered');
    await line.getByLabel('Số đơn vị lấy từ trường').selectOption('/soBanSao');
    await line.getByLabel('Đơn giá (bậc 1)').fill('5000');
    await line.getByRole('button', { name: '+ Thêm bậc' }).click();
    await line.getByLabel('Đến (bậc 1)').fill('2');
    await line.getByRole('button', { name: '+ Thêm bậc' }).click();
    // Tier 2 starts at unit 3: ending it at 2 is refused beside the box.
    await line.getByLabel('Đến (bậc 2)').fill('2');
    await line.getByText('"Đến" (2) nhỏ hơn "từ" (3): các bậc phải tăng dần').waitFor();
    await line.getByLabel('Đến (bậc 2)').fill('5');
    await line.getByLabel('Đơn giá (bậc 2)').fill('3000');
    await line.getByLabel('Đơn giá (bậc 3)').fill('1000');
    // A removed tier comes back with "Hoàn tác", at its place, with its bound and price.
    const tiers = line.getByTestId('fee-tiers-phi-ban-sao-chung-thuc');
    await line.getByRole('button', { name: 'Xóa bậc 2' }).click();
    expect(await tiers.locator('tbody tr').count()).toBe(2);
    const tierNotice = line.locator('.tiers > [role="status"]');
    await tierNotice.getByText('Đã xóa «bậc 2».').waitFor();
    await tierNotice.getByRole('button', { name: 'Hoàn tác' }).click();
    expect(await tiers.locator('tbody tr').count()).toBe(3);
    expect(await line.getByLabel('Đến (bậc 2)').inputValue()).toBe('5');
    expect(await line.getByLabel('Đơn giá (bậc 2)').inputValue()).toBe('3000');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Xóa bậc 2');
    expect(await tierNotice.textContent()).toBe('');
    await line.getByRole('checkbox', { name: 'Trực tiếp' }).check();
    // One copy by default: 1 × 5.000 đ on top of 16.000 đ.
    await expect.poll(total).toBe('21.000 đ');

    await line.getByRole('button', { name: '+ Thêm miễn, giảm' }).click();
    const exemption = lastItem('/fees/2/exemptions');
    await addConditionRow(exemption, 'Diện được miễn lệ phí', 'Hộ nghèo');
    // A removed condition row comes back with "Hoàn tác", naming the field it tested.
    const chosen = await exemption.getByLabel('Giá trị của dòng 1').inputValue();
    await exemption.getByRole('button', { name: 'Xóa dòng 1' }).click();
    expect(await exemption.locator('.condition-row').count()).toBe(0);
    const rowNotice = exemption.locator('.condition-editor > [role="status"]');
    await rowNotice.getByText('Đã xóa «dòng 1: Diện được miễn lệ phí».').waitFor();
    await rowNotice.getByRole('button', { name: 'Hoàn tác' }).click();
    expect(await exemption.getByLabel('Giá trị của dòng 1').inputValue()).toBe(chosen);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Xóa dòng 1');
    await exemption.getByLabel('Lý do (đối tượng được miễn, giảm) — tiếng Việt').fill('Hộ nghèo');
    await exemption.getByLabel('Số hiệu văn bản').fill('85/2019/TT-BTC');
    await exemption.getByLabel('Điều, khoản').fill('khoản 2 Điều 5');
    await exemption.getByLabel('Trích yếu').fill('Hướng dẫn về phí và lệ phí thuộc thẩm quyền của HĐND tỉnh');
    expect(await line.locator('.field-error').count()).toBe(0);
    expect((await axeViolations()).join('\n')).toBe('');

    // Six copies priced by tier: 2 × 5.000 + 3 × 3.000 + 1 × 1.000 = 20.000 đ,
    // plus the charge (8.000 đ) and 6 × 8.000 đ for the extracts.
    await page.locator('.preview #root_soBanSao').fill('6');
    await expect.poll(total).toBe('76.000 đ');
    // A poor household: the charge's own exemption and the new one make both lines 0 đ.
    await page.locator('.preview #root_dienMienLePhi').selectOption('Hộ nghèo');
    await expect.poll(total).toBe('48.000 đ');
    await page.locator('.preview #root_dienMienLePhi').selectOption('Không');
    await page.locator('.preview #root_soBanSao').fill('1');
    await expect.poll(total).toBe('21.000 đ');
  }, 120_000);

  it('refuses a cleared amount: an error beside it, no quote, no save', async () => {
    const amount = page.getByTestId('fee-amount-le-phi-khai-sinh');
    await amount.fill('');
    const line = page.locator('[data-fee="le-phi-khai-sinh"]');
    await line.getByText('Chưa nhập — ô này bắt buộc (không tự coi là 0)').waitFor();
    expect(await amount.getAttribute('aria-invalid')).toBe('true');
    await page.getByTestId('calc-paused').waitFor();
    expect(await page.locator('.calculator [data-testid="fee-total"]').count()).toBe(0);
    // The checker's format error about the same box is in the tab's list, but not said a second
    // time beside the box ("Phải là số nguyên" under "Chưa nhập…"): one message, the clear one.
    await page
      .getByRole('tabpanel')
      .locator('.problems li', { hasText: 'số tiền › số tiền' })
      .first()
      .waitFor();
    expect(await amount.locator('xpath=..').locator('[data-testid="inline-findings"]').count()).toBe(0);
    expect(
      await amount.evaluate((el) =>
        (el.getAttribute('aria-describedby') ?? '')
          .split(' ')
          .map((id) => document.getElementById(id)?.textContent)
          .join(' | '),
      ),
    ).toBe('Chưa nhập — ô này bắt buộc (không tự coi là 0)');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await page.getByText('Định nghĩa thủ tục không đúng định dạng.').first().waitFor();
    await amount.fill('-5');
    await line.getByText('Không được là số âm').waitFor();
    await amount.fill('8000');
    await expect.poll(total).toBe('21.000 đ');

    // A processing time in days with no number is refused too (not 0 days).
    const inPerson = page.locator('[data-pointer="/channels/0"]');
    await inPerson.getByLabel('Thời hạn giải quyết tính theo').selectOption('working-days');
    await inPerson.getByText('Chưa nhập thời hạn giải quyết (không tự coi là 0 ngày)').waitFor();
    await inPerson.getByTestId('processing-in-person').fill('1');
    expect(await inPerson.locator('.field-error').count()).toBe(0);
    await inPerson.getByLabel('Thời hạn giải quyết tính theo').selectOption('same-day');
    await inPerson.getByLabel('Nhận sau giờ này thì trả ngày làm việc kế tiếp').fill('15');
  }, 120_000);

  it('takes back a removed fee line with "Hoàn tác", at its place and on its channel', async () => {
    const notice = page.getByRole('tabpanel').locator('.list-editor[data-pointer="/fees"] > [role="status"]');
    await page.getByRole('button', { name: 'Xóa Khoản thu 3' }).click();
    await notice.getByText('Đã xóa «Phí cấp bản sao có chứng thực».').waitFor();
    await expect.poll(total).toBe('16.000 đ');
    expect(await page.locator('[data-fee="phi-ban-sao-chung-thuc"]').count()).toBe(0);
    expect((await axeViolations()).join('\n')).toBe('');
    await notice.getByRole('button', { name: 'Hoàn tác' }).click();
    const line = lastItem('/fees');
    expect(await line.getAttribute('data-pointer')).toBe('/fees/2');
    expect(await line.getByLabel('Mã khoản thu').inputValue()).toBe('phi-ban-sao-chung-thuc');
    expect(await line.getByRole('checkbox', { name: 'Trực tiếp' }).isChecked()).toBe(true);
    await expect.poll(total).toBe('21.000 đ');
    expect(await notice.textContent()).toBe('');
    // Focus stays in the list: on the restored line's own "Xóa".
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Xóa Khoản thu 3',
    );
  }, 120_000);

  it('edits steps and legal basis with list editors', async () => {
    await tab('Trình tự & căn cứ').click();
    await page.getByRole('button', { name: '+ Thêm bước' }).click();
    const step = lastItem('/steps');
    await step
      .getByLabel('Nội dung — tiếng Việt')
      .fill('Người đi đăng ký ký vào Sổ hộ tịch tại Bộ phận Một cửa');
    await step.getByLabel('Ai thực hiện').selectOption('applicant');
    await step.getByRole('checkbox', { name: 'Phải có mặt trực tiếp' }).check();

    await page.getByRole('button', { name: '+ Thêm văn bản' }).click();
    const law = lastItem('/legalBasis');
    await law.getByLabel('Số hiệu văn bản').fill('123/2015/NĐ-CP');
    await law
      .getByLabel('Trích yếu')
      .fill('Quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch');
    await law.getByLabel('Ngày ban hành').fill('15/11/2015');
    await law.getByLabel('Cơ quan ban hành').fill('Chính phủ');
    // Reorder by keyboard: the new document moves up one place and keeps the focus.
    const count = await page.locator('.list-editor[data-pointer="/legalBasis"] > ol > li').count();
    await page.getByRole('button', { name: `Đưa Văn bản ${count} lên` }).focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe(`Đưa Văn bản ${count - 1} lên`);
    expect((await axeViolations()).join('\n')).toBe('');
  }, 120_000);

  it('adds a derived fact reading a date of the form, its problems said beside the controls', async () => {
    await tab('Trình tự & căn cứ').click();
    await page.getByRole('button', { name: '+ Thêm dữ kiện suy ra' }).click();
    const fact = lastItem('/derived');
    await fact.getByText('Chưa nhập tên', { exact: true }).waitFor();
    await fact.getByText('Chọn ngày bắt đầu', { exact: true }).waitFor();
    const name = fact.getByLabel('Tên (dùng trong điều kiện)');
    await name.fill('soNgayTuKhiSinh');
    await fact.getByText('Tên này đã dùng cho dữ kiện khác', { exact: true }).waitFor();
    await name.fill('soNgayTre');
    // The dates offered are the form's date fields and the filing date; the end defaults to the latter.
    const from = fact.getByLabel(/^Từ ngày/);
    expect(await from.locator('option[value="/treEm/ngaySinh"]').count()).toBe(1);
    await from.selectOption('/treEm/ngaySinh');
    expect(await fact.getByLabel(/^Đến ngày/).inputValue()).toBe('$filingDate');
    await expect.poll(() => fact.locator('.field-error, [role="alert"]').count()).toBe(0);
    expect((await axeViolations()).join('\n')).toBe('');
  }, 120_000);

  it('shows the Decree 42 checklist beside the online level; a failing item leads to its step', async () => {
    await tab('Thông tin chung').click();
    const checklist = page.getByTestId('online-checklist');
    const failing = checklist.locator('li.failed');
    await expect.poll(() => failing.count()).toBe(1);
    expect(await failing.textContent()).toContain('Không bước nào đòi có mặt trực tiếp');
    expect(await checklist.locator('li.met').count()).toBe(4);
    // The paper item names the reuse mode as the documents tab does, not by the format's "replace".
    const checklistText = (await checklist.textContent()) ?? '';
    expect(checklistText).toContain('«Thay thế hoàn toàn»');
    expect(checklistText).not.toContain('replace');
    // The decision number, the type and the English description are edited here, not only as JSON.
    await page.getByLabel('Quyết định công bố (số hiệu)').fill('1085/QĐ-BTP');
    await page.getByLabel('Loại thủ tục').selectOption({ label: 'Thủ tục liên thông' });
    const english = page.getByLabel('Mô tả (tiếng Anh)');
    expect(await english.inputValue()).toContain('Registers a child’s birth');
    await english.fill('Registers a birth and issues the birth certificate.');
    expect((await axeViolations()).join('\n')).toBe('');

    const steps = await page.evaluate(() => document.querySelectorAll('[data-pointer^="/steps/"]').length);
    expect(steps).toBe(0);
    await failing.getByRole('button', { name: /^Bước 5: Người đi đăng ký ký vào Sổ hộ tịch/ }).click();
    expect(await tab('Trình tự & căn cứ').getAttribute('aria-selected')).toBe('true');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-pointer')))
      .toBe('/steps/4/inPerson');
  }, 120_000);

  it('saves, and the stored definition is what the officer set', async () => {
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await page.getByText('Đã lưu bản nháp.', { exact: true }).waitFor();
    const stored = await page.evaluate(async () => {
      const session = JSON.parse(localStorage.getItem('tthc.officerSession') ?? '{}') as { token: string };
      const res = await fetch('/api/admin/procedures/dang-ky-khai-sinh/versions/2', {
        headers: { authorization: `Bearer ${session.token}` },
      });
      return ((await res.json()) as { definition: unknown }).definition;
    });
    const p = stored as Procedure;
    expect(p.derived?.at(-1)).toEqual({
      name: 'soNgayTre',
      kind: 'days-between',
      from: '/treEm/ngaySinh',
      to: '$filingDate',
    });
    expect(p.decision).toBe('1085/QĐ-BTP');
    expect(p.procedureType).toBe('inter-agency');
    expect(p.description?.en).toBe('Registers a birth and issues the birth certificate.');
    expect(p.description?.vi).toMatch(/^Đăng ký việc sinh của trẻ em/);
    const doc = p.documentCases[0]?.documents.at(-1);
    expect(doc).toEqual({
      id: 'van-ban-uy-quyen-thu',
      name: { vi: 'Văn bản ủy quyền có chứng thực', en: 'Certified power of attorney' },
      originals: 1,
      copies: 1,
      accept: [
        'application/pdf',
        'image/jpeg',
        'image/png',
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      ],
      maxBytes: 2 * 1024 * 1024,
      when: { properties: { laNguoiDuocUyQuyen: { const: true } }, required: ['laNguoiDuocUyQuyen'] },
      reuse: [{ source: 'residence', record: 'thong-tin-cu-tru', mode: 'replace' }],
    });
    expect(p.fees.at(-1)).toEqual({
      id: 'phi-ban-sao-chung-thuc',
      kind: 'phi',
      category: 'chung-thuc',
      name: { vi: 'Phí cấp bản sao có chứng thực', en: 'Certified copy fee' },
      amount: {
        type: 'tiered',
        units: { from: '/soBanSao' },
        tiers: [
          { upTo: 2, unitPrice: 5000 },
          { upTo: 5, unitPrice: 3000 },
          { upTo: null, unitPrice: 1000 },
        ],
      },
      exemptions: [
        {
          id: 'mien-giam-1',
          when: { properties: { dienMienLePhi: { const: 'Hộ nghèo' } }, required: ['dienMienLePhi'] },
          percentOff: 100,
          reason: { vi: 'Hộ nghèo' },
          legalBasis: {
            number: '85/2019/TT-BTC',
            article: 'khoản 2 Điều 5',
            title: 'Hướng dẫn về phí và lệ phí thuộc thẩm quyền của HĐND tỉnh',
          },
        },
      ],
    });
    expect(p.fees[0]?.amount).toEqual({ type: 'fixed', amount: 8000 });
    expect(p.channels.find((c) => c.channel === 'in-person')?.fees).toContain('phi-ban-sao-chung-thuc');
    expect(p.channels[0]?.processingTime).toMatchObject({ type: 'same-day', cutoffHour: 15 });
    expect(p.channels[0]?.processingTime.value).toBeUndefined();
    expect(p.channels.find((c) => c.channel === 'online')?.fees).not.toContain('phi-ban-sao-chung-thuc');
    expect(p.steps.at(-1)).toEqual({
      title: { vi: 'Người đi đăng ký ký vào Sổ hộ tịch tại Bộ phận Một cửa' },
      actor: 'applicant',
      inPerson: true,
    });
    expect(p.legalBasis.at(-2)).toEqual({
      number: '123/2015/NĐ-CP',
      title: 'Quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch',
      date: '2015-11-15',
      issuer: 'Chính phủ',
    });
  }, 120_000);
});
