/**
 * Debian's Chromium driven by playwright-core (no downloaded browsers on these machines). The
 * flags keep it headless, sandbox-free for containers and quiet on the network.
 */
import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Phone-sized viewport (a common Android/iPhone size) and a desktop one. */
export const phone = { width: 390, height: 844 };
/** A small phone (iPhone SE class): the narrowest screen the portal is laid out for. */
export const smallPhone = { width: 375, height: 740 };
export const desktop = { width: 1366, height: 900 };

/** Launches headless Chromium; fails with a hint when it is not installed. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(`Chromium not found at ${chromiumPath}; install it with: apt-get install -y chromium`);
  }
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
