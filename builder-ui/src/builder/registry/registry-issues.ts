/**
 * What is wrong with a registry draft, found before it is sent: each problem is keyed by the JSON
 * pointer of the control it belongs to (`/fields/3/id`), so the editor shows it right next to that
 * control in Vietnamese (English when chosen). The server repeats these checks (catalog format and
 * `catalog check`); this only spares the officer a round trip and says exactly where.
 */
import type { RegistryBody } from './registry-types';

export type Issue = { vi: string; en: string };
export type Issues = ReadonlyMap<string, Issue>;

// catalogs/schema/common.schema.json#/$defs/Slug
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const lists = ['levels', 'jurisdictions', 'agencies', 'fields', 'feeCategories', 'sources'] as const;

export function registryIssues(body: RegistryBody): Issues {
  const issues = new Map<string, Issue>();
  for (const list of lists) {
    const rows = (body[list] ?? []) as { id: string; name: { vi: string; en?: string } }[];
    const firstRow = new Map<string, number>();
    rows.forEach((row, i) => {
      const at = `/${list}/${i}`;
      const id = row.id.trim();
      if (id === '') issues.set(`${at}/id`, { vi: 'Cần nhập mã.', en: 'Enter an id.' });
      else if (!SLUG.test(row.id) || row.id.length > 80)
        issues.set(`${at}/id`, {
          vi: 'Mã chỉ gồm chữ thường không dấu, chữ số và dấu gạch nối, ví dụ le-phi-ho-tich.',
          en: 'An id has only lower-case letters without accents, digits and dashes, e.g. le-phi-ho-tich.',
        });
      else if (firstRow.has(id))
        issues.set(`${at}/id`, {
          vi: `Mã «${id}» đã dùng ở dòng ${firstRow.get(id)! + 1}; mỗi mục cần một mã riêng.`,
          en: `Id "${id}" is already used on row ${firstRow.get(id)! + 1}; each entry needs its own id.`,
        });
      else firstRow.set(id, i);
      if (row.name.vi.trim() === '')
        issues.set(`${at}/name/vi`, { vi: 'Cần nhập tên tiếng Việt.', en: 'Enter the Vietnamese name.' });
      if ((row.name.en ?? '').trim() === '')
        issues.set(`${at}/name/en`, { vi: 'Cần nhập tên tiếng Anh.', en: 'Enter the English name.' });
    });
  }
  const chooseLevel = { vi: 'Hãy chọn cấp.', en: 'Choose a level.' };
  body.jurisdictions.forEach((j, i) => {
    if (!j.level) issues.set(`/jurisdictions/${i}/level`, chooseLevel);
    if (j.parent !== undefined && j.parent === j.id)
      issues.set(`/jurisdictions/${i}/parent`, {
        vi: 'Một đơn vị hành chính không thể trực thuộc chính nó.',
        en: 'An administrative unit cannot be inside itself.',
      });
  });
  body.agencies.forEach((a, i) => {
    if (!a.level) issues.set(`/agencies/${i}/level`, chooseLevel);
    if (!a.jurisdiction)
      issues.set(`/agencies/${i}/jurisdiction`, {
        vi: 'Hãy chọn địa bàn.',
        en: 'Choose a jurisdiction.',
      });
  });
  return issues;
}
