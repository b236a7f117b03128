/**
 * Checker findings in real Chromium: a draft with a finding on the fees tab, the documents tab, a
 * form field and a test case shows each message in words next to the control it concerns (named by
 * the control's aria-describedby); a click on the finding in the tab's list focuses that control;
 * axe finds no serious or critical violation with the findings shown. Then the unsaved-changes
 * guard: the browser's Back button with edits asks in the app's own dialog; "Ở lại" keeps the
 * edits and the address, "Rời đi" leaves.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it, onTestFailed } from 'vitest';
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
  onTestFailed(async () => {
    await page.screenshot({
      path: `/tmp/ui-builder-findings-${task.name.slice(0, 20).replace(/\W+/g, '-')}.png`,
      fullPage: true,
    });
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Serious or critical axe-core violations inside `selector`, as "rule: target" lines. */
async function axeViolations(selector: string): Promise<string[]> {
  await injectAxe(page);
  return page.evaluate(async (context) => {
    const axe = (window as unknown as { axe: { run(context: string): Promise<AxeResult> } }).axe;
    type AxeResult = { violations: { id: string; impact: string; nodes: { target: string[] }[] }[] };
    const result = await axe.run(context);
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
  }, selector);
}

/**
 * The focused control: its place (`data-pointer`, its own or its wrapper's) and the text of what
 * its aria-describedby (its own or its group's) names.
 */
function focused() {
  return page.evaluate(() => {
    const el = document.activeElement;
    const holder = el?.hasAttribute('aria-describedby') ? el : el?.closest('[aria-describedby]');
    const ids = holder?.getAttribute('aria-describedby')?.split(' ') ?? [];
    return {
      pointer: el?.closest('[data-pointer]')?.getAttribute('data-pointer') ?? null,
      described: ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' | '),
    };
  });
}

const tab = (name: string) => page.getByRole('tab', { name: new RegExp(`^${name}`) });

/**
 * On tab `tabName`: the finding whose message contains `message` is written next to its control;
 * a click on it in the tab's list focuses the control at `pointer`.
 */
async function findingLeadsTo(tabName: string, message: string, pointer: string) {
  await tab(tabName).click();
  const panel = page.getByRole('tabpanel');
  // Beside the control…
  await panel.locator('[data-testid="inline-findings"]', { hasText: message }).first().waitFor();
  // …and in the tab's list, in words, with the pointer after them.
  const entry = panel.locator('.problems li', { hasText: message });
  await entry.getByRole('button').click();
  await expect.poll(async () => (await focused()).pointer).toBe(pointer);
  expect((await focused()).described).toContain(message);
  await page.screenshot({ path: `/tmp/ui-builder-findings${pointer.replace(/\W+/g, '-')}.png` });
  expect((await axeViolations('[role="tabpanel"]')).join('\n')).toBe('');
}

describe('findings next to their controls', () => {
  it('opens a draft that has findings on four tabs', async () => {
    await page.goto(`${server.url}/#/builder`);
    await page.locator('button[data-username="author.saigon"]').click();
    await page.getByRole('link', { name: 'Thủ tục đăng ký khai sinh' }).click();
    await page.getByRole('button', { name: 'Tạo phiên bản mới để sửa' }).click();
    await page.getByRole('button', { name: 'Lưu', exact: true }).waitFor();
    // Another tool (or the JSON view) saved a draft with mistakes the checker finds.
    const status = await page.evaluate(async () => {
      const session = JSON.parse(localStorage.getItem('tthc.officerSession') ?? '{}') as { token: string };
      const auth = { authorization: `Bearer ${session.token}` };
      const url = '/api/admin/procedures/dang-ky-khai-sinh/versions/2';
      const current = await (await fetch(url, { headers: auth })).json();
      const d = current.definition;
      d.fees[1].amount.units.from = '/soBanSaoKhongCo';
      d.documentCases[2].documents[0].id = 'to-khai';
      d.form.schema.properties.treEm.properties.hoTen.format = 'ho-ten-khong-co';
      d.tests[0].expect.documentsRequired = ['giay-to-khong-co'];
      const res = await fetch(url, {
        method: 'PUT',
        headers: { ...auth, 'content-type': 'application/json', 'if-match': `"${current.revision}"` },
        body: JSON.stringify({ definition: d }),
      });
      return res.status;
    });
    expect(status).toBe(200);
    await page.reload();
    await expect.poll(() => page.getByTestId('check-report').textContent()).toMatch(/Có \d+ lỗi/);
  }, 120_000);

  it('fees: the unit count read from a missing field, beside its picker', async () => {
    await findingLeadsTo(
      'Cách thức & phí',
      'Số lượng đọc từ «/soBanSaoKhongCo»',
      '/fees/1/amount/units/from',
    );
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-invalid'))).toBe('true');
  }, 60_000);

  it('documents: a duplicate document id, beside the id box', async () => {
    await findingLeadsTo(
      'Hồ sơ & tái sử dụng',
      'Mã giấy tờ «to-khai» bị trùng',
      '/documentCases/2/documents/0/id',
    );
  }, 60_000);

  it("form: an unknown format, on the field's row in the designer (inside its section)", async () => {
    await findingLeadsTo(
      'Biểu mẫu',
      'Định dạng «ho-ten-khong-co» không được hỗ trợ',
      '/form/field/treEm/field/hoTen',
    );
    // The finding's place is said with the field, not only as a pointer.
    const entry = page.getByRole('tabpanel').locator('.problems li', { hasText: 'ho-ten-khong-co' });
    expect(await entry.textContent()).toContain('Biểu mẫu › trường «treEm» › trường «hoTen» › định dạng');
    // The control is the field's "Sửa" button: the row is where the officer edits it.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Sửa');
  }, 60_000);

  it('tests: an expectation naming a document that does not exist, beside that expectation', async () => {
    await findingLeadsTo(
      'Ca kiểm thử',
      'giấy tờ «giay-to-khong-co» không tồn tại',
      '/tests/0/expect/documentsRequired',
    );
    // The unknown id is shown and dropped with one click; the finding goes.
    const unknown = page.getByRole('checkbox', { name: /«giay-to-khong-co» \(không tồn tại/ });
    // (A click, not uncheck(): the box goes away with the id.)
    await unknown.click();
    await page
      .locator('[data-testid="inline-findings"]', { hasText: 'giay-to-khong-co' })
      .waitFor({ state: 'detached' });
  }, 60_000);
});

describe('the unsaved-changes guard', () => {
  it('asks when Back is pressed with unsaved edits; "Ở lại" keeps them', async () => {
    await tab('Thông tin chung').click();
    await page.getByLabel('Mã địa phương').fill('KS-01');
    await page.getByText('Có thay đổi chưa lưu', { exact: true }).waitFor();
    const before = page.url();

    await page.goBack();
    const dialog = page.getByRole('dialog', { name: 'Có thay đổi chưa lưu' });
    await dialog.waitFor();
    // Focus starts on the safe answer.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Ở lại');
    expect((await axeViolations('dialog')).join('\n')).toBe('');

    await dialog.getByRole('button', { name: 'Ở lại' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(page.url()).toBe(before);
    expect(await page.getByLabel('Mã địa phương').inputValue()).toBe('KS-01');
    expect(await page.getByRole('button', { name: 'Lưu', exact: true }).isVisible()).toBe(true);
  }, 60_000);

  it('asks too before opening another version from the history', async () => {
    await page
      .getByRole('region', { name: 'Lịch sử phiên bản' })
      .getByRole('button', { name: 'Phiên bản 1' })
      .click();
    const dialog = page.getByRole('dialog', { name: 'Có thay đổi chưa lưu' });
    await dialog.getByRole('button', { name: 'Ở lại' }).click();
    await dialog.waitFor({ state: 'detached' });
    // Still the draft with the edit: opening version 1 would have replaced it.
    expect(await page.getByLabel('Mã địa phương').inputValue()).toBe('KS-01');
  }, 60_000);

  it('Escape also stays; "Rời đi" leaves for where Back was going', async () => {
    await page.goBack();
    const dialog = page.getByRole('dialog', { name: 'Có thay đổi chưa lưu' });
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await page.getByLabel('Mã địa phương').inputValue()).toBe('KS-01');

    await page.goBack();
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Rời đi' }).click();
    await page.getByRole('link', { name: 'Thủ tục đăng ký khai sinh' }).waitFor();
    expect(new URL(page.url()).hash).toBe('#/builder');
  }, 60_000);
});
