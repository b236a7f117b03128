/**
 * The low-code builder end to end in real Chromium, typing no JSON (window.__jsonEditorInputs
 * stays 0), for a ward and for a police unit with their seeded officers: the author starts
 * *Đăng ký tạm trú* from blank with the "Thủ tục mới" dialog, saves a test case from the preview and
 * runs it, submits; another officer approves; a publisher publishes (which updates the portal); a
 * citizen finds it without diacritics. The ward groups its form into two pages with the designer's
 * page controls, so its citizen applies one page at a time on a phone.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it, onTestFailed } from 'vitest';
import { desktop, launchChromium } from './support/chromium';
import { samplePdf } from './support/sample-pdf';
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

async function signIn(username: string, path = '#/builder'): Promise<Page> {
  const context = await browser.newContext({ viewport: desktop, locale: 'vi-VN' });
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  await page.goto(`${server.url}/${path}`);
  await page.locator(`button[data-username="${username}"]`).click();
  return page;
}

const jsonInputs = (page: Page) => page.evaluate(() => window.__jsonEditorInputs ?? 0);
const total = (page: Page) => page.locator('.calculator [data-testid="fee-total"]').textContent();
/** The last item of the list editor at `pointer` (what "+ Thêm …" just added). */
const lastItem = (page: Page, pointer: string): Locator =>
  page.locator(`.list-editor[data-pointer="${pointer}"] > ol > li`).last();

const lodgingQuestion = 'Ở nhờ, thuê, mượn chỗ ở của người khác?';
const ownerName = 'Họ tên chủ hộ, chủ sở hữu chỗ ở';

/**
 * Two pages with the designer's controls: "+ Thêm trang" twice (the first page takes every field so
 * far), both named, then the lodging question and the owner's name moved to the second page from
 * their field dialogs.
 */
async function splitIntoTwoPages(author: Page, secondPage: string): Promise<void> {
  await author.getByRole('button', { name: '+ Thêm trang' }).click();
  await author.getByRole('button', { name: '+ Thêm trang' }).click();
  await author.getByLabel('Tên trang 1', { exact: true }).fill('Thông tin người đăng ký');
  await author.getByLabel('Tên trang 1 (tiếng Anh)').fill('Applicant');
  await author.getByLabel('Tên trang 2', { exact: true }).fill(secondPage);
  const dialog = author.locator('dialog.designer-dialog');
  for (const label of [lodgingQuestion, ownerName]) {
    await author.getByRole('button', { name: `Sửa «${label}»` }).click();
    // The select's name is its label followed by its pages' titles, hence the prefix match.
    await dialog.getByLabel(/^Trang/).selectOption({ label: secondPage });
    await dialog.getByRole('button', { name: 'Xong' }).click();
    await dialog.waitFor({ state: 'detached' });
  }
  // Each field's row names its page.
  const fields = author.getByRole('list', { name: 'Các trường của biểu mẫu' }).locator(':scope > li');
  await expect.poll(() => fields.filter({ hasText: secondPage }).count()).toBe(2);
  expect(await fields.filter({ hasText: 'Thông tin người đăng ký' }).count()).toBe(3);
}

interface Unit {
  title: string;
  author: string;
  approver: string;
  publisher: string;
  id: string;
  name: string;
  code: string;
  /** The second page's title when the author splits the form into two pages (contract 1, `ui:pages`). */
  secondPage?: string;
}

const units: Unit[] = [
  {
    title: 'a ward (UBND phường Hoàn Kiếm)',
    author: 'author.hoankiem',
    approver: 'approver.hoankiem',
    publisher: 'publisher.hoankiem',
    id: 'dang-ky-tam-tru',
    name: 'Đăng ký tạm trú',
    code: '1.004194',
    secondPage: 'Chỗ ở đăng ký tạm trú',
  },
  {
    title: 'a police unit (Công an phường Hoàn Kiếm)',
    author: 'author.congan-hoankiem',
    approver: 'approver.congan-hoankiem',
    publisher: 'publisher.congan-hoankiem',
    id: 'dang-ky-tam-tru-cong-an',
    name: 'Đăng ký tạm trú tại Công an phường',
    code: '1.004195',
  },
];

for (const unit of units) {
  describe(`${unit.title}: from blank to the portal without JSON`, { timeout: 180_000 }, () => {
    let author: Page;
    beforeEach(() => {
      // What the author's page looked like when a step failed, for the person reading the failure.
      onTestFailed(async () => {
        await author?.screenshot({ path: `/tmp/ui-b8-flow-failed-${unit.id}.png`, fullPage: true });
      });
    });

    it('creates the procedure from blank with the guided dialog (code format checked)', async () => {
      author = await signIn(unit.author);
      await author.getByRole('button', { name: '+ Thủ tục mới' }).click();
      const dialog = author.getByRole('dialog', { name: 'Thủ tục mới' });
      await dialog.getByLabel('Tên thủ tục (tiếng Việt)').fill(unit.name);
      await dialog.getByLabel('Tên thủ tục (tiếng Anh)').fill('Temporary residence registration');
      // Each code says what it is for; the example is in the help, not a look-alike placeholder.
      const code = dialog.getByLabel('Mã thủ tục (mã TTHC quốc gia)');
      expect(await code.getAttribute('placeholder')).toBeNull();
      const help = (box: Locator) =>
        box.evaluate((el) => document.getElementById(el.getAttribute('aria-describedby') ?? '')?.textContent);
      expect(await help(code)).toBe(
        'Mã thủ tục trên Cơ sở dữ liệu quốc gia về thủ tục hành chính, ví dụ 1.004194.',
      );
      expect(await help(dialog.getByLabel('Mã định danh (tự đề xuất từ tên)'))).toContain('địa chỉ trang');
      await code.fill('1.0041');
      await dialog.getByRole('button', { name: 'Tạo bản nháp' }).click();
      await dialog.getByText('Mã thủ tục gồm 1 chữ số, dấu chấm và 6 chữ số').waitFor();
      await dialog.getByLabel('Mã thủ tục (mã TTHC quốc gia)').fill(unit.code);
      const id = dialog.getByLabel('Mã định danh (tự đề xuất từ tên)');
      if ((await id.inputValue()) !== unit.id) await id.fill(unit.id);
      await dialog.getByLabel('Lĩnh vực').selectOption({ label: 'Cư trú' });
      await dialog.getByLabel('Mức độ trực tuyến').selectOption({ label: 'Toàn trình' });
      await dialog.getByLabel('Căn cứ pháp lý chính (số văn bản, có thể bổ sung sau)').fill('68/2020/QH14');
      await dialog.getByRole('button', { name: 'Tạo bản nháp' }).click();
      await author.getByRole('heading', { level: 1, name: unit.name }).waitFor();
      expect(await jsonInputs(author)).toBe(0);
    });

    it('designs the CT01 form: name, ID and birth date prefilled and locked, and a conditional field', async () => {
      await author.getByRole('tab', { name: /Biểu mẫu/ }).click();
      await author.getByRole('heading', { name: 'Thiết kế biểu mẫu điện tử' }).waitFor();
      const dialog = author.locator('dialog.designer-dialog');
      const addPrefilled = async (preset: string, attribute: string) => {
        await author.getByRole('button', { name: `+ ${preset}`, exact: true }).click();
        await dialog.getByLabel('Nguồn dữ liệu').selectOption({ label: 'Cơ sở dữ liệu quốc gia về dân cư' });
        await dialog.getByLabel(/^Thông tin/).selectOption({ label: attribute });
        expect(await dialog.getByLabel(/^Khóa/).isChecked()).toBe(true);
        await dialog.getByTestId('field-required').check();
        await dialog.getByRole('button', { name: 'Xong' }).click();
        await dialog.waitFor({ state: 'detached' });
      };
      await addPrefilled('Họ và tên', 'Họ, chữ đệm và tên');
      await addPrefilled('Số định danh cá nhân', 'Số định danh cá nhân');
      await addPrefilled('Ngày sinh', 'Ngày sinh');
      await author.getByRole('button', { name: '+ Có/Không', exact: true }).click();
      await dialog
        .getByLabel('Nhãn (tiếng Việt)', { exact: true })
        .fill('Ở nhờ, thuê, mượn chỗ ở của người khác?');
      await dialog.getByRole('button', { name: 'Xong' }).click();
      await author.getByRole('button', { name: '+ Văn bản ngắn', exact: true }).click();
      await dialog.getByLabel('Nhãn (tiếng Việt)', { exact: true }).fill('Họ tên chủ hộ, chủ sở hữu chỗ ở');
      await dialog.getByRole('button', { name: '+ Thêm dòng điều kiện' }).click();
      await dialog
        .getByLabel('Trường của dòng 1')
        .selectOption({ label: 'Ở nhờ, thuê, mượn chỗ ở của người khác?' });
      await dialog.getByLabel('Giá trị của dòng 1').selectOption({ label: 'Có' });
      await dialog.getByRole('button', { name: 'Xong' }).click();
      await dialog.waitFor({ state: 'detached' });
      if (unit.secondPage) await splitIntoTwoPages(author, unit.secondPage);

      // The preview fills the locked fields for a demo citizen; the conditional one follows its answer.
      const preview = author.locator('.preview');
      await preview.getByTestId('preview-citizen').selectOption({ label: 'Lê Thị Mai (001195003456)' });
      const name = preview.locator('#root_hoTen');
      await expect.poll(() => name.inputValue()).toBe('Lê Thị Mai');
      expect(await name.isEditable()).toBe(false);
      const owner = preview.getByLabel(/Họ tên chủ hộ/);
      await expect.poll(() => owner.count()).toBe(0);
      // Yes/no is a pair of radios: "Có" first.
      await preview.locator('input[name="root_coKhong"]').nth(0).check();
      await owner.first().waitFor();
      expect(await jsonInputs(author)).toBe(0);
    });

    it('sets the fees with controls: 15.000 đ in person, 7.000 đ online', async () => {
      await author.getByRole('tab', { name: /Cách thức & phí/ }).click();
      const addLine = async (id: string, vi: string, amount: string, channel: string) => {
        await author.getByRole('button', { name: '+ Thêm khoản thu' }).click();
        const line = lastItem(author, '/fees');
        await line.getByLabel('Tên khoản thu — tiếng Việt').fill(vi);
        await line.getByLabel('Tên khoản thu — tiếng Anh').fill('Temporary residence charge');
        await line.getByLabel('Mã khoản thu').fill(id);
        await line.getByLabel('Loại', { exact: true }).selectOption('le-phi');
        // A residence procedure's new line starts on the residence charge, a fixed amount not yet typed.
        expect(await line.getByLabel('Nhóm phí (danh mục)').inputValue()).toBe('cu-tru');
        await line.getByLabel('Cơ quan quy định mức thu').selectOption('ministry');
        expect(await line.getByLabel('Cách tính mức thu').inputValue()).toBe('fixed');
        expect(await line.getByTestId(`fee-amount-${id}`).inputValue()).toBe('');
        await line.getByTestId(`fee-amount-${id}`).fill(amount);
        await line.getByRole('checkbox', { name: channel }).check();
      };
      await addLine('le-phi-tam-tru', 'Lệ phí đăng ký tạm trú', '15000', 'Trực tiếp');
      await addLine('le-phi-tam-tru-truc-tuyen', 'Lệ phí đăng ký tạm trú (trực tuyến)', '7000', 'Trực tuyến');
      await author.getByTestId('calc-channel').selectOption('in-person');
      await expect.poll(() => total(author)).toBe('15.000 đ');
      await author.getByTestId('calc-channel').selectOption('online');
      // Hà Nội's council supports ministry-set charges filed online (77/2025/NQ-HĐND): 0 đ there.
      await expect.poll(() => total(author)).toMatch(/^(7\.000|0) đ$/);
      expect(await jsonInputs(author)).toBe(0);
    });

    it('adds the proof of lodging, reusable from the land database in fallback mode', async () => {
      await author.getByRole('tab', { name: /Hồ sơ & tái sử dụng/ }).click();
      const first = lastItem(author, '/documentCases/0/documents');
      await first.getByLabel('Tên giấy tờ — tiếng Việt').fill('Tờ khai thay đổi thông tin cư trú (Mẫu CT01)');
      await author
        .locator('.list-editor[data-pointer="/documentCases/0/documents"] > button', {
          hasText: 'Thêm giấy tờ',
        })
        .click();
      const proof = lastItem(author, '/documentCases/0/documents');
      await proof.getByLabel('Tên giấy tờ — tiếng Việt').fill('Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp');
      await proof.getByLabel('Tên giấy tờ — tiếng Anh').fill('Proof of lawful lodging');
      await proof.getByLabel('Mã giấy tờ').fill('giay-to-cho-o-hop-phap');
      await proof.getByLabel('Số bản sao').fill('1');
      await proof.getByRole('button', { name: '+ Thêm quy tắc tái sử dụng dữ liệu' }).click();
      await proof.getByLabel('Nguồn dữ liệu').selectOption('land');
      await proof.getByLabel('Loại giấy tờ, dữ liệu').selectOption('giay-chung-nhan-qsdd');
      await proof.getByLabel('Cách dùng').selectOption('fallback');
      await expect.poll(() => author.locator('.preview .docs').textContent()).toContain('chỗ ở hợp pháp');

      // A conditional document: the owner's consent, only when living in someone else's home.
      await author
        .locator('.list-editor[data-pointer="/documentCases/0/documents"] > button', {
          hasText: 'Thêm giấy tờ',
        })
        .click();
      const consent = lastItem(author, '/documentCases/0/documents');
      await consent
        .getByLabel('Tên giấy tờ — tiếng Việt')
        .fill('Văn bản đồng ý của chủ hộ, chủ sở hữu chỗ ở');
      await consent.getByLabel('Tên giấy tờ — tiếng Anh').fill('Consent of the owner');
      await consent.getByLabel('Mã giấy tờ').fill('y-kien-chu-ho');
      await consent.getByRole('button', { name: '+ Thêm dòng điều kiện' }).first().click();
      await consent
        .getByLabel('Trường của dòng 1')
        .first()
        .selectOption({ label: 'Ở nhờ, thuê, mượn chỗ ở của người khác?' });
      // The preview's answer says "Có" (set on the form tab): the consent is asked; "Không" drops it.
      const docs = author.locator('.preview .docs');
      await expect.poll(() => docs.textContent()).toContain('Văn bản đồng ý của chủ hộ');
      await author.locator('.preview input[name="root_coKhong"]').nth(1).check();
      await expect.poll(() => docs.textContent()).not.toContain('Văn bản đồng ý của chủ hộ');
      expect(await jsonInputs(author)).toBe(0);
    });

    it('warns that there is no test case, on its tab, in words', async () => {
      const testsTab = author.getByRole('tab', { name: /Ca kiểm thử/ });
      await expect.poll(() => testsTab.textContent()).toMatch(/Ca kiểm thử\s*\d/);
      await testsTab.click();
      await author
        .getByRole('tabpanel')
        .getByRole('button', { name: /Ca kiểm thử: Thủ tục chưa có ca kiểm thử nào/ })
        .waitFor();
      await author.screenshot({ path: `/tmp/ui-b8-flow-${unit.id}.png`, fullPage: true });
    });

    it('saves a test case from the preview, runs it and sees it pass, then saves and submits', async () => {
      await author.getByRole('button', { name: 'Lưu thành ca kiểm thử', exact: true }).click();
      await author.getByText('Đã thêm ca kiểm thử').waitFor();
      await author.getByRole('tab', { name: /Ca kiểm thử/ }).click();
      await author.getByTestId('test-case').first().waitFor();
      // Named in words (the preview's channel and a Vietnamese date), not "online, 2026-12-02".
      expect(
        await author.getByTestId('test-case').first().getByLabel('Tên ca kiểm thử').inputValue(),
      ).toMatch(/^Ca 1: Trực tuyến, \d{2}\/\d{2}\/\d{4}$/);
      // Deleting a case asks first; "Hủy" keeps it.
      const asked = new Promise<string>((resolve) =>
        author.once('dialog', (d) => {
          resolve(d.message());
          void d.dismiss();
        }),
      );
      await author.getByRole('button', { name: 'Xóa ca kiểm thử này' }).click();
      expect(await asked).toContain('Xóa ca kiểm thử «Ca 1: Trực tuyến');
      expect(await author.getByTestId('test-case').count()).toBe(1);
      await author.getByRole('button', { name: 'Chạy tất cả' }).click();
      await expect.poll(() => author.getByTestId('test-run-summary').textContent()).toBe('1/1 ca đạt');
      await author.getByRole('button', { name: 'Lưu', exact: true }).click();
      await author.getByText('Đã lưu bản nháp.', { exact: true }).waitFor();
      await author.getByRole('button', { name: 'Gửi duyệt', exact: true }).click();
      await author.getByText('Đã gửi duyệt.', { exact: true }).waitFor();
      expect(await author.getByRole('button', { name: 'Phê duyệt' }).count()).toBe(0);
      expect(await jsonInputs(author)).toBe(0);
    });

    it('is approved by another officer and published by a publisher: the portal shows it at once', async () => {
      const approver = await signIn(unit.approver, `#/builder/${unit.id}`);
      await approver.getByRole('button', { name: 'Phê duyệt', exact: true }).click();
      await approver.getByText('Đã phê duyệt.', { exact: true }).waitFor();
      const publisher = await signIn(unit.publisher, `#/builder/${unit.id}`);
      await publisher.getByRole('button', { name: 'Công bố và cập nhật Cổng dịch vụ công' }).click();
      await publisher.getByText('Đã công bố và cập nhật Cổng dịch vụ công', { exact: false }).waitFor();
      await expect.poll(() => publisher.getByTestId('workflow-next').textContent()).toContain('Đang áp dụng');

      const citizen = await (await browser.newContext({ viewport: desktop, locale: 'vi-VN' })).newPage();
      await citizen.goto(`${server.url}/#/`);
      await citizen.getByRole('searchbox').first().fill('tam tru');
      await citizen.getByRole('searchbox').first().press('Enter');
      await citizen.getByRole('link', { name: unit.name }).first().waitFor();
    });

    it('a citizen applies on a 375-px phone with the prefilled fields locked, and gets the receipt', async () => {
      const citizen = await (
        await browser.newContext({ viewport: { width: 375, height: 812 }, locale: 'vi-VN' })
      ).newPage();
      citizen.setDefaultTimeout(30_000);
      await citizen.goto(`${server.url}/#/thu-tuc/${unit.id}`);
      const online = citizen.getByRole('region', { name: 'Trực tuyến' });
      await expect.poll(() => online.textContent()).toMatch(/7\.000 đ|0 đ/);
      await citizen.getByRole('link', { name: 'Nộp hồ sơ trực tuyến' }).click();
      await citizen.locator('button[data-personal-id="001195003456"]').click();
      const name = citizen.locator('#root_hoTen');
      await expect.poll(() => name.inputValue()).toBe('Lê Thị Mai');
      expect(await name.getAttribute('readonly')).not.toBeNull();
      expect(await citizen.locator('#root_soDinhDanh').getAttribute('readonly')).not.toBeNull();
      if (unit.secondPage) {
        // One page at a time: two pages of questions, then "Kiểm tra lại thông tin" with the documents.
        const step = citizen.getByTestId('step-heading');
        expect(await step.textContent()).toBe('Bước 1/3 — Thông tin người đăng ký');
        expect(await citizen.locator('input[name="root_coKhong"]').count()).toBe(0);
        await citizen.getByRole('button', { name: 'Tiếp tục' }).click();
        await expect.poll(() => step.textContent()).toBe(`Bước 2/3 — ${unit.secondPage}`);
        expect(await citizen.locator('#root_hoTen').count()).toBe(0);
        // "Có" asks for the owner's name on this page; the citizen answers it.
        await citizen.locator('input[name="root_coKhong"]').nth(0).check();
        await citizen
          .getByLabel(/Họ tên chủ hộ/)
          .first()
          .fill('Nguyễn Văn Hùng');
        expect(await citizen.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
        await citizen.getByRole('button', { name: 'Tiếp tục' }).click();
        await expect.poll(() => step.textContent()).toBe('Bước 3/3 — Kiểm tra lại thông tin');
        await citizen.locator('.check-answers').waitFor();
        const check = await citizen.locator('main').textContent();
        expect(check).toContain('Lê Thị Mai');
        expect(check).toContain('Nguyễn Văn Hùng');
        // The owner's consent is asked for, since the citizen lodges in someone else's home.
        await citizen.locator('[data-document="y-kien-chu-ho"]').waitFor();
        await citizen.locator('#upload-y-kien-chu-ho').setInputFiles({
          name: 'dong-y.pdf',
          mimeType: 'application/pdf',
          buffer: samplePdf(),
        });
        await citizen.locator('[data-document="y-kien-chu-ho"]').getByText('Đã tải lên').waitFor();
      }
      await citizen.locator('[data-document="giay-to-cho-o-hop-phap"]').waitFor();
      await citizen.locator('#upload-giay-to-cho-o-hop-phap').setInputFiles({
        name: 'chung-nhan.pdf',
        mimeType: 'application/pdf',
        buffer: samplePdf(),
      });
      await citizen.locator('[data-document="giay-to-cho-o-hop-phap"]').getByText('Đã tải lên').waitFor();
      if (!unit.secondPage) expect(await citizen.getByTestId('step-heading').count()).toBe(0);
      await citizen.getByRole('button', { name: 'Nộp hồ sơ' }).click();
      await citizen.getByTestId('dossier-code').waitFor();
      expect(await citizen.locator('article.receipt').textContent()).toContain('Đã tiếp nhận hồ sơ');
      expect(await citizen.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      await citizen.screenshot({ path: `/tmp/ui-b8-flow-receipt-${unit.id}.png`, fullPage: true });
    });
  });
}
