/**
 * Pages of a citizen's form (the GOV.UK "one thing per page" pattern). The root uiSchema may
 * group top-level fields: `"ui:pages": [{ "id", "title": { "vi", "en" }, "fields": [...] }]`.
 * A top-level field listed on no page goes on the last page, so a field added later is never
 * lost; without `ui:pages` the whole form is one page.
 */
import { isRecord } from '../json-pointer';
import { objectProperties, orderedNames } from './schema-fields';

export interface FormPage {
  id: string;
  title: { vi: string; en?: string };
  /** Top-level property names, in display order. */
  fields: string[];
}

/**
 * The pages to show, each with its fields; pages left without any field are dropped.
 *
 * @example formPages(schema, { 'ui:pages': [{ id: 'a', title: { vi: 'A' }, fields: ['x'] }] })
 */
export function formPages(schema: unknown, uiSchema: unknown): FormPage[] {
  const root = isRecord(schema) ? schema : {};
  const ui = isRecord(uiSchema) ? uiSchema : {};
  const names = orderedNames(
    objectProperties(root, root).map(([name]) => name),
    ui['ui:order'],
  );
  const declared = Array.isArray(ui['ui:pages']) ? ui['ui:pages'].filter(isRecord) : [];
  const title = typeof root.title === 'string' ? root.title : 'Thông tin';
  if (declared.length === 0) return [{ id: 'form', title: { vi: title, en: 'Form' }, fields: names }];
  const placed = new Set<string>();
  const pages: FormPage[] = declared.map((p, i) => {
    const listed = Array.isArray(p.fields) ? p.fields.filter((f): f is string => typeof f === 'string') : [];
    const fields = listed.filter((f) => names.includes(f) && !placed.has(f));
    for (const f of fields) placed.add(f);
    return { id: typeof p.id === 'string' ? p.id : `trang-${i + 1}`, title: pageTitle(p.title, i), fields };
  });
  pages[pages.length - 1]!.fields.push(...names.filter((n) => !placed.has(n)));
  return pages.filter((p) => p.fields.length > 0);
}

function pageTitle(value: unknown, index: number): FormPage['title'] {
  if (typeof value === 'string') return { vi: value };
  if (isRecord(value) && typeof value.vi === 'string')
    return typeof value.en === 'string' ? { vi: value.vi, en: value.en } : { vi: value.vi };
  return { vi: `Trang ${index + 1}`, en: `Page ${index + 1}` };
}

/**
 * The index of the page holding the field an answer path is about (`/answers/treEm/hoTen` or
 * `/treEm/hoTen`), or -1 when no page holds it (a whole-dossier problem).
 */
export function pageOfPath(pages: readonly FormPage[], path: string): number {
  const tokens = path.split('/').slice(1);
  if (tokens[0] === 'answers') tokens.shift();
  const field = tokens[0]?.replace(/~1/g, '/').replace(/~0/g, '~');
  if (field === undefined) return -1;
  return pages.findIndex((p) => p.fields.includes(field));
}
