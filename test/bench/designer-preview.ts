/**
 * `npm run bench:designer`: the time from a keystroke in the form designer to the updated live
 * preview, on a 100-field form, in real Chromium against the local server. Not a test: it prints
 * a table (median, p90 of N keystrokes) and writes it to test/bench/results/.
 *
 * Each keystroke is timed inside the page, from the keydown event to the first DOM mutation after
 * which the preview (or the designer's own row) shows the new text. Baseline in the same run: a
 * keystroke in a plain input whose listener writes a span (the browser's own floor).
 * BENCH_KEYS (default 15) sets N.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { addField } from '../../functions/core/designer/design-edits';
import { palette } from '../../functions/core/designer/palette';
import { formToDesign } from '../../functions/core/designer/read-design';
import { designToForm } from '../../functions/core/designer/write-design';
import { desktop, launchChromium } from '../ui/support/chromium';
import { startUiServer } from '../ui/support/ui-server';

const N = Number(process.env.BENCH_KEYS ?? 15);
const FIELDS = 100;

/** Arms an in-page timer: keydown → first mutation after which `selector`'s text contains `text`. */
async function timeKey(page: Page, selector: string, text: string, key: string): Promise<number> {
  await page.evaluate(
    ({ selector, text }) => {
      const w = window as unknown as { __bench?: number | null; __start?: number };
      w.__bench = null;
      const target = document.querySelector(selector) ?? document.body;
      document.addEventListener('keydown', () => (w.__start = performance.now()), {
        capture: true,
        once: true,
      });
      const observer = new MutationObserver(() => {
        if (w.__start !== undefined && (target.textContent ?? '').includes(text) && w.__bench === null) {
          w.__bench = performance.now() - w.__start;
          observer.disconnect();
        }
      });
      observer.observe(target, { subtree: true, childList: true, characterData: true, attributes: true });
    },
    { selector, text },
  );
  await page.keyboard.press(key);
  await page.waitForFunction(
    () => (window as unknown as { __bench?: number | null }).__bench != null,
    undefined,
    {
      timeout: 60_000,
    },
  );
  return page.evaluate(() => (window as unknown as { __bench: number }).__bench);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const p90 = (xs: number[]) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.9))]!;

async function main() {
  const server = await startUiServer();
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: desktop, locale: 'vi-VN' });
    page.setDefaultTimeout(60_000);
    await page.goto(`${server.url}/#/builder`);
    await page.locator('button[data-username="author.saigon"]').click();
    await page.getByRole('link', { name: 'Thủ tục đăng ký khai sinh' }).click();
    await page.getByRole('button', { name: 'Tạo phiên bản mới để sửa' }).click();
    await page.getByRole('button', { name: 'Lưu', exact: true }).waitFor();

    // The 100-field form: birth registration's own fields plus palette fields, saved as the draft.
    const version = await page.evaluate(async () => {
      const session = JSON.parse(localStorage.getItem('tthc.officerSession') ?? '{}') as { token: string };
      const res = await fetch('/api/admin/procedures/dang-ky-khai-sinh/versions/2', {
        headers: { authorization: `Bearer ${session.token}` },
      });
      return res.json();
    });
    let design = formToDesign(version.definition.form);
    const basic = palette.filter((p) => p.group === 'basic');
    for (let i = design.root.fields.length; i < FIELDS; i++) {
      const made = basic[i % basic.length]!.make();
      design = addField(design, [], { ...made, key: `truong${i}`, title: `Trường số ${i}` });
    }
    const definition = { ...version.definition, form: designToForm(design) };
    const status = await page.evaluate(
      async ({ definition, revision }) => {
        const session = JSON.parse(localStorage.getItem('tthc.officerSession') ?? '{}') as { token: string };
        const res = await fetch('/api/admin/procedures/dang-ky-khai-sinh/versions/2', {
          method: 'PUT',
          headers: {
            authorization: `Bearer ${session.token}`,
            'content-type': 'application/json',
            'if-match': `"${revision}"`,
          },
          body: JSON.stringify({ definition }),
        });
        return res.status;
      },
      { definition, revision: version.revision },
    );
    if (status !== 200) throw new Error(`saving the 100-field form failed: HTTP ${status}`);
    await page.reload();
    await page.getByRole('tab', { name: 'Biểu mẫu' }).click();
    const last = `truong${FIELDS - 1}`;
    await page.locator(`[data-field="${last}"]`).getByRole('button', { name: /^Sửa/ }).click();
    const title = page.locator('dialog.designer-dialog').getByTestId('field-title');
    await title.focus();
    await page
      .locator('.preview')
      .getByText(`Trường số ${FIELDS - 1}`)
      .first()
      .waitFor();

    const preview: number[] = [];
    const row: number[] = [];
    let label = `Trường số ${FIELDS - 1}`;
    for (let i = 0; i < N; i++) {
      const key = String.fromCharCode(97 + (i % 26));
      label += key;
      preview.push(await timeKey(page, '.preview', label, key));
    }
    for (let i = 0; i < N; i++) {
      const key = String.fromCharCode(97 + (i % 26));
      label += key;
      row.push(await timeKey(page, `[data-field="${last}"]`, label, key));
    }
    await page.keyboard.press('Escape');

    // Baseline: a plain input outside React, its listener writing a span.
    await page.evaluate(() => {
      const input = document.createElement('input');
      input.id = 'bench-plain';
      const span = document.createElement('span');
      span.id = 'bench-echo';
      input.addEventListener('input', () => (span.textContent = input.value));
      document.body.append(input, span);
      input.focus();
    });
    const plain: number[] = [];
    let typed = '';
    for (let i = 0; i < N; i++) {
      const key = String.fromCharCode(97 + (i % 26));
      typed += key;
      plain.push(await timeKey(page, '#bench-echo', typed, key));
    }

    const fmt = (x: number) => x.toFixed(1).padStart(9);
    const lines = [
      `Designer keystroke → updated view, ${FIELDS}-field form, N=${N} keystrokes each (ms, Chromium ${browser.version()})`,
      '',
      `${'measure'.padEnd(52)}   median       p90`,
      `${'keystroke in the field label → live preview updated'.padEnd(52)}${fmt(median(preview))} ${fmt(p90(preview))}`,
      `${'keystroke in the field label → designer row updated'.padEnd(52)}${fmt(median(row))} ${fmt(p90(row))}`,
      `${'baseline: keystroke in a plain input → span updated'.padEnd(52)}${fmt(median(plain))} ${fmt(p90(plain))}`,
      '',
      // Wall-clock figures on a shared machine: compare runs only at a similar load.
      `load average at the end (1, 5, 15 min): ${loadavg()
        .map((x) => x.toFixed(2))
        .join(', ')}`,
    ];
    console.log(lines.join('\n'));
    const out = join(dirname(fileURLToPath(import.meta.url)), 'results', 'designer-preview.txt');
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, `${lines.join('\n')}\n`);
  } finally {
    await browser.close();
    await server.stop();
  }
}

await main();
