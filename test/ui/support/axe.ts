/**
 * Injects axe-core into a page that runs under the product's Content-Security-Policy. A script tag
 * (what `page.addScriptTag` adds) is inline code, which the CSP rightly refuses; evaluating the
 * source through the DevTools protocol is not subject to the page's CSP, so the page under test
 * keeps exactly the policy citizens and officers get.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Makes `window.axe` available in the page (once per document). */
export async function injectAxe(page: Page): Promise<void> {
  if (await page.evaluate(() => 'axe' in window)) return;
  await page.evaluate(`${axeSource}\n;window.axe = axe;`);
}
