/**
 * The uiSchema a citizen's form is drawn with, in the reader's language. Vietnamese stays in the
 * schema (`title`, `description`, `enum`); English comes from `x-en` (`title`, `description`,
 * `enumNames`) and from `ui:help:en` beside a Vietnamese `ui:help`. Choices may carry
 * Vietnamese display names (`x-enumNames`). A number with limits shows them as a hint from
 * the start ("Từ 1 đến 24"), not only after an error.
 */
import { isRecord } from '../json-pointer';
import { objectProperties, resolveRef } from './schema-fields';
import { uiOption } from './ui-option';

type Schema = Record<string, unknown>;
export type FormLang = 'vi' | 'en';

/**
 * A copy of `uiSchema` with titles, descriptions, choice names and hints for `lang`.
 *
 * @example localizeUiSchema({ properties: { n: { type: 'integer', minimum: 1, maximum: 24 } } }, {}, 'vi')
 * // { n: { 'ui:help': 'Từ 1 đến 24.' } }
 */
export function localizeUiSchema(schema: unknown, uiSchema: unknown, lang: FormLang): Schema {
  const root = isRecord(schema) ? schema : {};
  return localizeNode(root, root, isRecord(uiSchema) ? uiSchema : {}, lang, new Set());
}

function localizeNode(root: Schema, raw: Schema, ui: Schema, lang: FormLang, seen: Set<object>): Schema {
  const node = resolveRef(root, raw);
  const out: Schema = { ...ui };
  if (seen.has(node)) return out;
  seen.add(node);
  const en = isRecord(node['x-en']) ? node['x-en'] : {};
  if (lang === 'en') {
    if (typeof en.title === 'string') out['ui:title'] = en.title;
    if (typeof en.description === 'string') out['ui:description'] = en.description;
  }
  // English names win over Vietnamese ones stored in the legacy `ui:enumNames`.
  const enNames = lang === 'en' && Array.isArray(en.enumNames) ? en.enumNames : undefined;
  const names = enNames ?? node['x-enumNames'];
  if (
    Array.isArray(names) &&
    Array.isArray(node.enum) &&
    (enNames || uiOption(ui, 'enumNames') === undefined)
  )
    out['ui:enumNames'] = names;
  const help =
    lang === 'en' && typeof ui['ui:help:en'] === 'string' ? ui['ui:help:en'] : uiOption(ui, 'help');
  const hint = rangeHint(node, lang);
  const joined = [hint, typeof help === 'string' ? help : undefined].filter(Boolean).join(' ');
  if (joined) out['ui:help'] = joined;
  for (const [name, sub] of objectProperties(root, node)) {
    out[name] = localizeNode(root, sub, isRecord(ui[name]) ? ui[name] : {}, lang, seen);
  }
  if (isRecord(node.items))
    out.items = localizeNode(root, node.items, isRecord(ui.items) ? ui.items : {}, lang, seen);
  seen.delete(node);
  return out;
}

/** "Từ 1 đến 24." for a number or whole number with limits; nothing otherwise. */
export function rangeHint(node: Schema, lang: FormLang): string | undefined {
  if (node.type !== 'integer' && node.type !== 'number') return undefined;
  const min = typeof node.minimum === 'number' ? node.minimum : undefined;
  const max = typeof node.maximum === 'number' ? node.maximum : undefined;
  // Years read better without a thousands separator ("1900", not "1.900").
  const n = (v: number) =>
    Math.abs(v) < 10_000 ? String(v) : v.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-US');
  if (min !== undefined && max !== undefined)
    return lang === 'vi' ? `Từ ${n(min)} đến ${n(max)}.` : `From ${n(min)} to ${n(max)}.`;
  if (min !== undefined) return lang === 'vi' ? `Ít nhất ${n(min)}.` : `At least ${n(min)}.`;
  if (max !== undefined) return lang === 'vi' ? `Tối đa ${n(max)}.` : `At most ${n(max)}.`;
  return undefined;
}
