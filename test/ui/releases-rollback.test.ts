/**
 * The rollback screen, in real Chromium against the real local server: a publisher opens the
 * catalog releases from the builder's home, sees them newest first with the current one marked
 * and what changed, and makes the earlier release current again. The page reads release
 * summaries only (GET /api/publish/releases), never manifests.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { desktop, launchChromium } from './support/chromium';
import { startUiServer, type UiServer } from './support/ui-server';

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

async function call(token: string | null, method: string, path: string, body?: unknown) {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  // biome-ignore lint/suspicious/noExplicitAny: answers are read field by field
  const json = (await response.json()) as any;
  expect(response.status, JSON.stringify(json).slice(0, 500)).toBeLessThan(300);
  return json;
}

const tokenOf = async (username: string) =>
  (await call(null, 'POST', '/dev-idp/officers/sign-in', { username })).token as string;

describe('catalog releases in the builder', () => {
  it('lists releases newest first and makes the earlier one current again', async () => {
    // a second release: a registry field added and published (four eyes), through the admin API
    const admin = await tokenOf('admin.hoankiem');
    const other = await tokenOf('admin.saigon');
    const base = '/api/admin/registry/registry';
    const { head } = await call(admin, 'GET', base);
    const current = await call(admin, 'GET', `${base}/versions/${head.publishedVersion}`);
    const registry = structuredClone(current.version.body);
    registry.fields.push({ id: 'thu-nghiem-phat-hanh', name: { vi: 'Thử nghiệm', en: 'Trial' } });
    const draft = await call(admin, 'PUT', base, { jurisdiction: 'viet-nam', registry });
    await call(admin, 'POST', `${base}/versions/${draft.version.version}/submit`);
    await call(other, 'POST', `${base}/versions/${draft.version.version}/approve`);
    await call(other, 'POST', `${base}/versions/${draft.version.version}/publish`);
    const publisher = await tokenOf('publisher.hoankiem');
    const list = await call(publisher, 'GET', '/api/publish/releases');
    expect(list.releases.length).toBeGreaterThanOrEqual(2);
    const [newest, earlier] = list.releases as { releaseId: string }[];

    const context = await browser.newContext({ viewport: desktop, locale: 'vi-VN' });
    const page = await context.newPage();
    page.setDefaultTimeout(30_000); // the first visit loads the builder chunks on a busy machine
    await page.goto(`${server.url}/#/builder`);
    await page.locator('button[data-username="publisher.hoankiem"]').click();
    await page.getByRole('link', { name: /Các bản phát hành danh mục/ }).click();
    await page.getByRole('heading', { name: 'Các bản phát hành danh mục' }).waitFor();
    const rows = page.locator('[data-testid="release-list"] tbody tr');
    await rows.first().waitFor();
    expect(await rows.first().textContent()).toContain(newest!.releaseId);
    expect(await rows.first().textContent()).toContain('đang phục vụ');
    // the current release offers no button; the earlier one does
    expect(await rows.first().getByRole('button').count()).toBe(0);
    const earlierRow = rows.filter({ hasText: earlier!.releaseId });
    await earlierRow.getByRole('button', { name: 'Đặt làm bản hiện hành' }).click();
    await page
      .locator('[data-testid="release-list"] tbody tr', { hasText: 'đang phục vụ' })
      .first()
      .waitFor();
    await expect
      .poll(async () => (await call(publisher, 'GET', '/api/publish/releases/current')).current.releaseId)
      .toBe(earlier!.releaseId);
    // after a rollback the list starts at the release now current
    await page
      .locator('[data-testid="release-list"] tbody tr', { hasText: earlier!.releaseId })
      .filter({ hasText: 'đang phục vụ' })
      .waitFor();
    await context.close();
  }, 180_000);
});
