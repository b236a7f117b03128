/**
 * What a parent types on the birth-registration form, page by page (the prefilled part is left
 * alone): the form has four pages and a "Kiểm tra lại thông tin" page.
 */
import type { Page } from 'playwright-core';

/** Presses "Tiếp tục" and waits for the next step's heading. */
export async function continueTo(page: Page, heading: RegExp): Promise<void> {
  await page.getByRole('button', { name: 'Tiếp tục' }).click();
  await page.getByTestId('step-heading').filter({ hasText: heading }).waitFor();
}

/** Page 1: phone and relation. */
export async function fillApplicant(page: Page): Promise<void> {
  await page.locator('#root_nguoiYeuCau_soDienThoai').fill('0912345678');
  await page.locator('#root_quanHeVoiTre').selectOption('Cha');
}

/** Page 2: the child, born on 15 Jan 2026 (late: charged), typed dd/mm/yyyy. */
export async function fillChild(page: Page): Promise<void> {
  await page.locator('#root_treEm_hoTen').fill('Trần Minh An');
  await page.locator('#root_treEm_gioiTinh').selectOption('Nam');
  await page.locator('#root_treEm_ngaySinh').fill('15/01/2026');
  await page.locator('#root_treEm_noiSinh').fill('Bệnh viện Từ Dũ, TP. Hồ Chí Minh');
}

/** Page 3: the mother. */
export async function fillParents(page: Page): Promise<void> {
  await page.locator('#root_me_hoTen').fill('Lê Thị Hoa');
  await page.locator('#root_me_soDinhDanh').fill('079190054321');
}

/** Fills every page from the first and stops on "Kiểm tra lại thông tin". */
export async function fillBirthForm(page: Page): Promise<void> {
  await fillApplicant(page);
  await continueTo(page, /Bước 2\/5/);
  await fillChild(page);
  await continueTo(page, /Bước 3\/5/);
  await fillParents(page);
  await continueTo(page, /Bước 4\/5/);
  await continueTo(page, /Bước 5\/5 — Kiểm tra lại thông tin/);
}
