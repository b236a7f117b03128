/**
 * The builder's expert JSON view and its safety nets in real Chromium: the CodeMirror editor loads
 * only when its tab opens, stays in sync with the visual editors both ways, reports a syntax error
 * in Vietnamese at its line and counts typed input; a finding in words focuses its field; leaving
 * with unsaved edits asks first; and axe-core finds no serious or critical violation on the
 * builder's screens (home, the "Thủ tục mới" dialog, every editor tab).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
  page.setDefaultTimeout(30_000);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: { target: string[] }[];
}

/** Serious and critical axe-core violations on the page as it is now, as readable lines. */
async function seriousViolations(where: string): Promise<string[]> {
  await injectAxe(page);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run()).violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${where}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const jsonInputs = () => page.evaluate(() => window.__jsonEditorInputs ?? 0);
const editorChunkLoaded = () =>
  page.evaluate(() => performance.getEntriesByType('resource').some((r) => /json-code-editor/.test(r.name)));

// A shared 2-core machine: steps wait long, never on a clock of their own.
describe('builder: accessibility, expert JSON view, safety nets', { timeout: 180_000 }, () => {
  it('has no serious or critical axe violation on the home page and the new-procedure dialog', async () => {
    await page.goto(`${server.url}/#/builder`);
    await page.locator('button[data-username="author.saigon"]').click();
    await page.getByRole('link', { name: 'Thủ tục đăng ký khai sinh' }).waitFor();
    const found = await seriousViolations('home');
    await page.getByRole('button', { name: '+ Thủ tục mới' }).click();
    await page.getByRole('dialog', { name: 'Thủ tục mới' }).waitFor();
    await page.getByRole('radio', { name: /Một thủ tục có sẵn/ }).check();
    found.push(...(await seriousViolations('new-procedure dialog')));
    await page.getByRole('button', { name: 'Hủy' }).click();
    expect(found).toEqual([]);
  });

  it('has none on any editor tab either, and does not load the code editor until asked', async () => {
    await page.getByRole('link', { name: 'Thủ tục đăng ký khai sinh' }).click();
    await page.getByRole('button', { name: 'Tạo phiên bản mới để sửa' }).click();
    await page.getByRole('button', { name: 'Lưu', exact: true }).waitFor();
    const found: string[] = [];
    for (const tab of await page.getByRole('tab').all()) {
      const name = (await tab.textContent()) ?? '';
      if (/JSON/.test(name)) continue;
      await tab.click();
      found.push(...(await seriousViolations(`tab ${name}`)));
    }
    expect(found).toEqual([]);
    expect(await editorChunkLoaded()).toBe(false);
  });

  it('keeps the JSON view in sync both ways and reports a syntax error in Vietnamese at its line', async () => {
    await page.getByRole('tab', { name: /Thông tin chung/ }).click();
    await page.getByLabel('Tên thủ tục (tiếng Việt)').fill('Đăng ký khai sinh (bản thử)');
    expect(await jsonInputs()).toBe(0);
    await page.getByRole('tab', { name: /JSON/ }).click();
    const code = page.getByTestId('json-code-editor').locator('.cm-content');
    await code.waitFor();
    expect(await editorChunkLoaded()).toBe(true);
    await expect.poll(() => code.textContent()).toContain('Đăng ký khai sinh (bản thử)');
    expect(await page.locator('.cm-lineNumbers').count()).toBe(1);

    // A valid edit in the JSON becomes the definition (the heading follows)…
    await code.getByText('"Đăng ký khai sinh (bản thử)"').first().click();
    await page.keyboard.press('End');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowLeft');
    await page.keyboard.type(' 2');
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Đăng ký khai sinh (bản thử 2)');
    expect(await jsonInputs()).toBeGreaterThan(0);

    // …a broken one is not applied, and says why in Vietnamese at its line.
    await page.keyboard.press('End');
    await page.keyboard.press('Backspace');
    await page.locator('.cm-lint-marker-error').first().waitFor();
    await page.locator('.cm-lint-marker-error').first().hover();
    await expect
      .poll(() => page.locator('.cm-tooltip-lint').first().textContent())
      .toContain('Thiếu dấu phẩy');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Đăng ký khai sinh (bản thử 2)');
    await page.keyboard.type(',');
    await page.locator('.cm-lint-marker-error').first().waitFor({ state: 'detached' });
  });

  it('takes the officer from a finding to its field, and asks before leaving with unsaved edits', async () => {
    await page.getByRole('tab', { name: /Thông tin chung/ }).click();
    await page.getByLabel('Mã thủ tục', { exact: true }).fill('1.00');
    await page.getByRole('tab', { name: /Cách thức & phí/ }).click();
    const identityTab = page.getByRole('tab', { name: /Thông tin chung/ });
    await expect.poll(() => identityTab.textContent()).toMatch(/Thông tin chung\s*\d/);
    await identityTab.click();
    await page
      .getByRole('tabpanel')
      .getByRole('button', { name: /Mã thủ tục:/ })
      .click();
    await expect
      .poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value))
      .toBe('1.00');
    // The finding is also written next to the field, and the field names it.
    const described = await page.evaluate(() =>
      (document.activeElement?.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' '),
    );
    expect(described).toMatch(/^Lỗi: /);

    // A link out of the editor is held and asked about in the app's own dialog.
    await page.getByRole('link', { name: '‹ Danh sách thủ tục' }).click();
    const dialog = page.getByRole('dialog', { name: 'Có thay đổi chưa lưu' });
    await dialog.getByRole('button', { name: 'Ở lại' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await page.getByRole('button', { name: 'Lưu', exact: true }).isVisible()).toBe(true);
    expect(await page.getByLabel('Mã thủ tục', { exact: true }).inputValue()).toBe('1.00');
  });
});
