/**
 * Sign-in through OpenID Connect in real Chromium, as on AWS (Cognito hosted UI / VNeID): local
 * mode serves a /config.json naming the dev IdP, the builder's "Đăng nhập" redirects to its
 * authorize page (PKCE S256), the officer picks an account there and comes back signed in.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { desktop, launchChromium } from './support/chromium';
import { startUiServer, type UiServer } from './support/ui-server';

let server: UiServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await startUiServer({ localOidc: true });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: desktop, locale: 'vi-VN' });
  page.setDefaultTimeout(10_000);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('OpenID Connect sign-in', () => {
  it('signs an officer in through the identity provider’s redirect and returns to the builder', async () => {
    await page.goto(`${server.url}/#/builder`);
    await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();

    await page.waitForURL(/\/dev-idp\/authorize\?/);
    const authorize = new URL(page.url());
    expect(authorize.searchParams.get('client_id')).toBe('builder');
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('redirect_uri')).toBe(`${server.url}/`);
    await page.locator('button[data-account="author.saigon"]').click();

    await page.getByRole('link', { name: 'Thủ tục đăng ký khai sinh' }).waitFor();
    // Back on the builder route, with the code and state gone from the address bar.
    expect(page.url()).toBe(`${server.url}/#/builder`);
    expect(await page.getByRole('link', { name: /Cấp bản sao Trích lục hộ tịch/ }).count()).toBe(0);
    // The session holds the provider's ID token for the chosen officer.
    const session = await page.evaluate(() => localStorage.getItem('tthc.officerSession'));
    expect(JSON.parse(session ?? '{}')).toMatchObject({
      principal: { kind: 'officer', sub: 'author.saigon', agency: 'ubnd-phuong-sai-gon' },
    });
    await page.screenshot({ path: '/tmp/ui-oidc-builder.png' });
  });

  it('signs a citizen in through the VNeID stand-in instead of the demo picker', async () => {
    await page.goto(`${server.url}/#/ho-so`);
    await page.getByRole('button', { name: 'Đăng nhập', exact: true }).waitFor();
    expect(await page.locator('button[data-personal-id]').count()).toBe(0);
    await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
    await page.waitForURL(/\/dev-idp\/authorize\?/);
    expect(new URL(page.url()).searchParams.get('client_id')).toBe('portal');
    const personalId = await page.locator('button[data-account]').first().getAttribute('data-account');
    await page.locator(`button[data-account="${personalId}"]`).click();

    await page.waitForURL(`${server.url}/#/ho-so`);
    await expect
      .poll(async () =>
        JSON.parse((await page.evaluate(() => localStorage.getItem('tthc.citizenSession'))) ?? '{}'),
      )
      .toMatchObject({ principal: { kind: 'citizen', personalId } });
    // Signed in: the card's button is gone.
    await expect.poll(() => page.getByRole('button', { name: 'Đăng nhập', exact: true }).count()).toBe(0);
  });
});
