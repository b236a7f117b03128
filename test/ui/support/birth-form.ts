/** Fills what a parent types on the birth-registration form (the prefilled part is left alone). */
import type { Page } from 'playwright-core';

/** Phone, relation, the child and the mother; the child was born on 15 Jan 2026 (late: charged). */
export async function fillBirthForm(page: Page): Promise<void> {
  await page.locator('#root_nguoiYeuCau_soDienThoai').fill('0912345678');
  await page.locator('#root_quanHeVoiTre').selectOption('Cha');
  await page.locator('#root_treEm_hoTen').fill('Trần Minh An');
  await page.locator('#root_treEm_gioiTinh').selectOption('Nam');
  await page.locator('#root_treEm_ngaySinh').fill('2026-01-15');
  await page.locator('#root_treEm_noiSinh').fill('Bệnh viện Từ Dũ, TP. Hồ Chí Minh');
  await page.locator('#root_me_hoTen').fill('Lê Thị Hoa');
  await page.locator('#root_me_soDinhDanh').fill('079190054321');
}
