/**
 * react-jsonschema-form's fields and widgets no catalog form uses (alt-date, range, colour, file,
 * rating, Layout*) are a chunk of their own that a citizen's form fetches only when it names one
 * (builder-ui/src/ui/bundle-swaps/rjsf-rare-components.ts). In real Chromium against the real
 * local server: the published marriage form never fetches it; a version whose uiSchema shows the
 * other party's birth date as year / month / day lists (`ui:widget: alt-date`, reachable only from
 * the JSON view) is published through the admin API, and the citizen's form fetches the chunk
 * once, draws the lists, and the core's checks judge the date they set.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, phone } from './support/chromium';
import { startUiServer, type UiServer } from './support/ui-server';

// Trần Văn Minh: the population database knows him (his own part of the form is prefilled).
const CITIZEN = '079088004321';
const id = 'dang-ky-ket-hon';

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

interface Answer {
  token?: string;
  version?: number;
  definition?: { form: { uiSchema?: Record<string, unknown> } } & Record<string, unknown>;
}

async function call(token: string | null, method: string, path: string, body?: unknown, etag?: string) {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(etag ? { 'if-match': etag } : {}),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const json = (await response.json()) as Answer;
  expect(response.status, JSON.stringify(json)).toBeLessThan(300);
  return { json, etag: response.headers.get('etag') ?? '' };
}

const tokenOf = async (username: string) =>
  (await call(null, 'POST', '/dev-idp/officers/sign-in', { username })).json.token ?? '';

/** A citizen's tab on the marriage form, recording which scripts it fetched. */
async function openMarriageForm(): Promise<{ tab: Page; rare: () => string[] }> {
  const tab = await (await browser.newContext({ viewport: phone, locale: 'vi-VN' })).newPage();
  tab.setDefaultTimeout(15_000);
  const scripts: string[] = [];
  tab.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  await tab.goto(`${server.url}/#/thu-tuc/${id}/nop`);
  await tab.locator(`button[data-personal-id="${CITIZEN}"]`).click();
  await tab.locator('#root_benKia_hoTen').waitFor();
  return { tab, rare: () => scripts.filter((url) => /\/rjsf-rare-components-[^/]*\.js$/.test(url)) };
}

describe("rjsf's rare components, fetched when a form names one", () => {
  it('are not fetched by the published marriage form', async () => {
    const { tab, rare } = await openMarriageForm();
    await tab.getByRole('button', { name: 'Nộp hồ sơ' }).click();
    await tab.getByText(/chỗ cần sửa/).waitFor();
    expect(rare()).toEqual([]);
    await tab.context().close();
  }, 90_000);

  it('draw the birth date as year / month / day lists once a version asks for them', async () => {
    const author = await tokenOf('author.hoankiem');
    const approver = await tokenOf('approver.hoankiem');
    const publisher = await tokenOf('publisher.hoankiem');
    const base = `/api/admin/procedures/${id}`;
    const created = await call(author, 'POST', `${base}/versions`);
    const { version, definition } = created.json;
    if (!definition || version === undefined) throw new Error('no draft');
    const uiSchema = { ...definition.form.uiSchema, benKia: { ngaySinh: { 'ui:widget': 'alt-date' } } };
    const form = { ...definition.form, uiSchema };
    await call(
      author,
      'PUT',
      `${base}/versions/${version}`,
      { definition: { ...definition, form } },
      created.etag,
    );
    await call(author, 'POST', `${base}/versions/${version}/submit`);
    await call(approver, 'POST', `${base}/versions/${version}/approve`);
    await call(publisher, 'POST', `${base}/versions/${version}/publish`);

    const { tab, rare } = await openMarriageForm();
    const year = tab.locator('#root_benKia_ngaySinh_year');
    await year.waitFor();
    expect(rare()).toHaveLength(1);
    const birthDate = tab.locator('.form-group', { has: year }).last();
    // The other party named, her birth date not chosen: the core's `required` names the field.
    await tab.locator('#root_benKia_hoTen').fill('Lê Thị Hoa');
    await tab.getByRole('button', { name: 'Nộp hồ sơ' }).click();
    await expect.poll(() => birthDate.textContent()).toContain('là bắt buộc');
    // A date in the future, set through the lists, is refused by the core's x-notFuture…
    // (rjsf lists years up to two after the current one)
    await year.selectOption({ label: String(new Date().getFullYear() + 1) });
    await tab.locator('#root_benKia_ngaySinh_month').selectOption({ label: '06' });
    await tab.locator('#root_benKia_ngaySinh_day').selectOption({ label: '15' });
    await tab.getByRole('button', { name: 'Nộp hồ sơ' }).click();
    await expect.poll(() => birthDate.textContent()).not.toContain('là bắt buộc');
    await expect.poll(() => birthDate.textContent()).toContain('không được sau ngày nộp hồ sơ');
    // …and a past one passes: the next check finds one problem fewer, none of them the date.
    const problems = async () =>
      Number(/có (\d+) chỗ cần sửa/.exec((await tab.locator('main').textContent()) ?? '')?.[1]);
    const before = await problems();
    expect(before).toBeGreaterThan(1);
    await year.selectOption({ label: '1995' });
    await tab.getByRole('button', { name: 'Nộp hồ sơ' }).click();
    await expect.poll(problems).toBe(before - 1);
    expect(await birthDate.textContent()).not.toMatch(/là bắt buộc|không được sau ngày nộp hồ sơ/);
    expect(rare()).toHaveLength(1);
    await tab.context().close();
  }, 120_000);
});
