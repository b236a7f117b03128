/**
 * Issue 12, finding 9: the builder and the portal keep working under the strict CSP of the local
 * server (the same policy CloudFront sends): the portal's form and the builder's live preview
 * compile schemas with Ajv (`new Function`, allowed by 'unsafe-eval' only), and nothing else is
 * refused. An inline script injected into the page is refused, which shows the policy is on.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { desktop, launchChromium } from './support/chromium';
import { startUiServer, type UiServer } from './support/ui-server';

let server: UiServer;
let browser: Browser;
let page: Page;
const violations: string[] = [];

beforeAll(async () => {
  server = await startUiServer();
  browser = await launchChromium();
  page = await browser.newPage({ viewport: desktop, locale: 'vi-VN' });
  page.setDefaultTimeout(10_000);
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the app under its Content-Security-Policy', () => {
  it('serves the page with the strict policy', async () => {
    const response = await page.goto(`${server.url}/`);
    const csp = response?.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    // No inline script may run; inline styles are allowed for the code editor's theme.
    expect(csp).toMatch(/script-src 'self' 'unsafe-eval'(;|$)/);
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
  });

  it('runs the portal form (Ajv in the browser) with no violation', async () => {
    await page.getByLabel('Tên thủ tục, mã thủ tục hoặc từ khóa').fill('dang ky khai sinh');
    await page.getByRole('button', { name: 'Tìm kiếm' }).click();
    await page.getByRole('link', { name: 'Thủ tục đăng ký khai sinh' }).click();
    await page.getByRole('link', { name: 'Nộp hồ sơ trực tuyến' }).click();
    await page.locator('button[data-personal-id="079088004321"]').click();
    await page.locator('#root_nguoiYeuCau_hoTen').waitFor();
    // The form is paged: "Tiếp tục" checks the first page in the browser with the core's Ajv.
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    await page.getByText(/Có \d+ chỗ cần sửa trên trang này/).waitFor();
    expect(violations).toEqual([]);
  });

  it('runs the builder and its live preview with no violation', async () => {
    await page.goto(`${server.url}/#/builder`);
    await page.locator('button[data-username="author.saigon"]').click();
    await page.getByRole('link', { name: 'Thủ tục đăng ký khai sinh' }).click();
    await page.locator('.preview').getByText('Người đi đăng ký khai sinh').first().waitFor();
    expect(violations).toEqual([]);
  });

  it('refuses an injected inline script', async () => {
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true;';
      document.body.append(script);
      return (window as unknown as { __injected?: boolean }).__injected === true;
    });
    expect(ran).toBe(false);
    await expect.poll(() => violations.length).toBeGreaterThan(0);
  });
});
