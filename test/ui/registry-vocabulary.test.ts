/**
 * Fee categories, levels and administrative units edited in the builder (#/builder/danh-muc), in
 * real Chromium against the real local server: bad input is named next to its control and nothing
 * is sent; an administrator adds a fee category, a level and an administrative unit, a second one
 * approves and publishes, and they are then pickable where they are used (the unit in the agency
 * editor, the fee category in the policy editor); removing a fee category that published
 * procedures charge is refused with those procedures listed. No serious axe violations.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { injectAxe } from './support/axe';
import { desktop, launchChromium } from './support/chromium';
import { startUiServer, type UiServer } from './support/ui-server';

const catalogs = join(import.meta.dirname, '..', '..', 'catalogs');
const registry = JSON.parse(readFileSync(join(catalogs, 'registry.json'), 'utf8'));
const chargingHoTich = readdirSync(join(catalogs, 'procedures'))
  .map((name) => JSON.parse(readFileSync(join(catalogs, 'procedures', name), 'utf8')))
  .filter((p: { fees: { category: string }[] }) => p.fees.some((f) => f.category === 'ho-tich'))
  .map((p: { id: string }) => p.id);

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

async function signedIn(username: string): Promise<Page> {
  const context = await browser.newContext({ viewport: desktop, locale: 'vi-VN' });
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  await page.goto(`${server.url}/#/builder`);
  await page.locator(`button[data-username="${username}"]`).click();
  return page;
}

async function openRegistryAs(username: string): Promise<Page> {
  const page = await signedIn(username);
  await page.getByRole('link', { name: 'Danh mục cơ quan và nguồn dữ liệu' }).click();
  await page.getByRole('heading', { name: /Danh mục dùng chung/ }).waitFor();
  return page;
}

const badge = (page: Page, text: string) => page.locator('h1 .badge', { hasText: text }).waitFor();

type AxeViolation = { id: string; impact: string | null; nodes: { target: string[] }[] };
async function seriousViolations(page: Page): Promise<string[]> {
  await injectAxe(page);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run()).violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The message tied to a control through aria-describedby. */
async function describedBy(page: Page, label: string): Promise<string> {
  const control = page.getByLabel(label, { exact: true });
  expect(await control.getAttribute('aria-invalid')).toBe('true');
  const id = await control.getAttribute('aria-describedby');
  return (await page.locator(`[id="${id}"]`).textContent()) ?? '';
}

describe('registry vocabularies in the builder', () => {
  it('bad input is named next to its control, in Vietnamese, and nothing is saved', async () => {
    const page = await openRegistryAs('admin.hoankiem');
    await badge(page, 'Đã công bố');
    const n = registry.feeCategories.length + 1;
    await page.getByRole('button', { name: '+ Thêm loại phí' }).click();
    await page.getByLabel(`Mã loại phí ${n}`, { exact: true }).fill('Le Phi Moi');
    await page.getByLabel(`Tên tiếng Anh của loại phí ${n}`, { exact: true }).fill('New charge');
    await page.getByRole('button', { name: '+ Thêm loại phí' }).click();
    await page.getByLabel(`Mã loại phí ${n + 1}`, { exact: true }).fill(registry.feeCategories[0].id);
    await page.getByLabel(`Tên loại phí ${n + 1}`, { exact: true }).fill('Trùng mã');
    await page.getByLabel(`Tên tiếng Anh của loại phí ${n + 1}`, { exact: true }).fill('Same id');
    await page.getByRole('button', { name: 'Lưu bản nháp' }).click();

    await page.getByTestId('registry-issues').waitFor();
    expect(await page.getByTestId('registry-issues').textContent()).toContain('Chưa lưu');
    expect(await describedBy(page, `Mã loại phí ${n}`)).toContain('chữ thường không dấu');
    expect(await describedBy(page, `Tên loại phí ${n}`)).toBe('Cần nhập tên tiếng Việt.');
    expect(await describedBy(page, `Mã loại phí ${n + 1}`)).toBe(
      `Mã «${registry.feeCategories[0].id}» đã dùng ở dòng 1; mỗi mục cần một mã riêng.`,
    );
    // the first problem has the focus, and the version is untouched
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      `Mã loại phí ${n}`,
    );
    await badge(page, 'Đã công bố');
    expect(await seriousViolations(page)).toEqual([]);
    // fixing the id clears its message as one types
    await page.getByLabel(`Mã loại phí ${n}`, { exact: true }).fill('le-phi-moi');
    expect(
      await page.getByLabel(`Mã loại phí ${n}`, { exact: true }).getAttribute('aria-invalid'),
    ).toBeNull();
    // a removed row comes back with "Hoàn tác", at its place and with what was typed
    await page.getByRole('button', { name: 'Xóa loại phí Trùng mã' }).click();
    expect(await page.getByLabel(`Tên loại phí ${n + 1}`, { exact: true }).count()).toBe(0);
    await page.getByText('Đã xóa «loại phí Trùng mã».').waitFor();
    await page.getByRole('status').getByRole('button', { name: 'Hoàn tác' }).click();
    expect(await page.getByLabel(`Tên loại phí ${n + 1}`, { exact: true }).inputValue()).toBe('Trùng mã');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Xóa loại phí Trùng mã');
    await page.context().close();
  }, 120_000);

  it('a fee category, a level and an administrative unit are added, approved, published, then pickable', async () => {
    const author = await openRegistryAs('admin.hoankiem');
    await badge(author, 'Đã công bố');
    const cat = registry.feeCategories.length + 1;
    await author.getByRole('button', { name: '+ Thêm loại phí' }).click();
    await author.getByLabel(`Mã loại phí ${cat}`, { exact: true }).fill('phi-y-te');
    await author.getByLabel(`Tên loại phí ${cat}`, { exact: true }).fill('Phí y tế');
    await author.getByLabel(`Tên tiếng Anh của loại phí ${cat}`, { exact: true }).fill('Health fees');
    const lvl = registry.levels.length + 1;
    await author.getByRole('button', { name: '+ Thêm cấp' }).click();
    await author.getByLabel(`Mã cấp ${lvl}`, { exact: true }).fill('dac-khu');
    await author.getByLabel(`Tên cấp ${lvl}`, { exact: true }).fill('Cấp Đặc khu');
    await author.getByLabel(`Tên tiếng Anh của cấp ${lvl}`, { exact: true }).fill('Special zone');
    const unit = registry.jurisdictions.length + 1;
    await author.getByRole('button', { name: '+ Thêm đơn vị hành chính' }).click();
    await author.getByLabel(`Mã đơn vị hành chính ${unit}`, { exact: true }).fill('dac-khu-phu-quoc');
    await author.getByLabel(`Tên đơn vị hành chính ${unit}`, { exact: true }).fill('Đặc khu Phú Quốc');
    await author
      .getByLabel(`Tên tiếng Anh của đơn vị hành chính ${unit}`, { exact: true })
      .fill('Phu Quoc Special Zone');
    // the new level is offered for the new unit at once
    await author.getByLabel(`Cấp của đơn vị hành chính ${unit}`).selectOption('dac-khu');
    await author.getByLabel(`Đơn vị cấp trên của đơn vị hành chính ${unit}`).selectOption('viet-nam');
    await author.getByRole('button', { name: 'Lưu bản nháp' }).click();
    await badge(author, 'Bản nháp');
    await author.getByRole('button', { name: 'Gửi duyệt' }).click();
    await badge(author, 'Chờ duyệt');
    expect(await author.getByRole('button', { name: 'Phê duyệt' }).count()).toBe(0);

    const approver = await openRegistryAs('admin.saigon');
    await badge(approver, 'Chờ duyệt');
    expect(await approver.getByLabel(`Tên loại phí ${cat}`, { exact: true }).inputValue()).toBe('Phí y tế');
    // sent back with a reason the author reads on the returned draft, then submitted again
    await approver.getByLabel('Lý do trả lại (người soạn sẽ thấy)').fill('Kiểm tra lại tên tiếng Anh.');
    await approver.getByRole('button', { name: 'Trả lại để sửa' }).click();
    await badge(approver, 'Bản nháp');
    await author.reload();
    await author.getByTestId('review-comment').filter({ hasText: 'Kiểm tra lại tên tiếng Anh.' }).waitFor();
    await author.getByRole('button', { name: 'Gửi duyệt' }).click();
    await badge(author, 'Chờ duyệt');
    await approver.reload();
    await badge(approver, 'Chờ duyệt');
    await approver.getByRole('button', { name: 'Phê duyệt' }).click();
    await badge(approver, 'Đã duyệt');
    await approver.getByRole('button', { name: 'Công bố' }).click();
    await badge(approver, 'Đã công bố');
    expect(await seriousViolations(approver)).toEqual([]);

    // pickable where used: the unit for an agency in the registry editor …
    const reread = await openRegistryAs('admin.hoankiem');
    await badge(reread, 'Đã công bố');
    const agencyUnit = reread.getByLabel('Địa bàn của cơ quan 1');
    await agencyUnit.selectOption('dac-khu-phu-quoc');
    expect(await agencyUnit.inputValue()).toBe('dac-khu-phu-quoc');
    // … and the fee category and the unit in a new policy, for a national author (who speaks for
    // every unit inside Việt Nam; a Hà Nội officer is offered only Hà Nội's)
    const policyAuthor = await signedIn('author.kstthc');
    await policyAuthor.getByRole('link', { name: 'Chính sách phí, lệ phí (nghị quyết HĐND)' }).click();
    await policyAuthor.getByRole('link', { name: 'Soạn chính sách mới' }).click();
    const category = policyAuthor.getByLabel('Phí y tế', { exact: true });
    await category.check();
    expect(await category.isChecked()).toBe(true);
    await policyAuthor.getByLabel('Địa bàn áp dụng').selectOption('dac-khu-phu-quoc');
    for (const p of [author, approver, reread, policyAuthor]) await p.context().close();
  }, 300_000);

  it('removing a fee category that published procedures charge is refused, the procedures listed', async () => {
    expect(chargingHoTich.length).toBeGreaterThan(0);
    const page = await openRegistryAs('admin.hoankiem');
    const name = registry.feeCategories.find((c: { id: string }) => c.id === 'ho-tich').name.vi;
    await page.getByRole('button', { name: `Xóa loại phí ${name}` }).click();
    await page.getByRole('button', { name: 'Lưu bản nháp' }).click();
    await badge(page, 'Bản nháp');
    await expect.poll(() => page.getByTestId('registry-broken').textContent()).toContain(chargingHoTich[0]);
    await page.getByRole('button', { name: 'Gửi duyệt' }).click();
    const refusal = page.getByRole('alert');
    await refusal.waitFor();
    const text = (await refusal.textContent()) ?? '';
    expect(text).toContain('Thay đổi này làm hỏng');
    for (const id of chargingHoTich) expect(text).toContain(`Thủ tục "${id}"`);
    await badge(page, 'Bản nháp');
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/ui-registry-fee-category-refused.png', fullPage: true });
  }, 120_000);
});
