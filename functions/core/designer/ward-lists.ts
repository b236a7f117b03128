/**
 * The ward (xã/phường) lists of an address section. The catalog writes them as elements of the
 * section's `allOf`: "when the province is P, the ward is one of […]":
 *
 *   { "if": { "properties": { "tinhThanh": { "const": P } }, "required": ["tinhThanh"] },
 *     "then": { "properties": { "xaPhuong": { "enum": [...] } } } }
 *
 * The reader keeps these elements verbatim (the ward field is declared at the section, so the
 * branch only narrows it); this module finds them and edits their lists in place, so every
 * other key of the element is kept. A province without a list leaves the ward as free text.
 */

import { containerAt, type FieldPath } from './design-edits';
import type { DesignContainer, DesignField, FormDesign, Json } from './design-types';
import { clone, isJson } from './json-objects';

export interface WardList {
  province: string;
  wards: string[];
}

export interface AddressLists {
  /** The province field (a single choice) and the ward field the lists narrow. */
  provinceKey: string;
  wardKey: string;
  /** The provinces offered, in the province field's order. */
  provinces: string[];
  lists: WardList[];
}

const PROVINCE_KEY = 'tinhThanh';
const WARD_KEY = 'xaPhuong';

/** The `{ province, wards }` an allOf element states, or undefined when it is not a ward list. */
function readElement(el: unknown): { provinceKey: string; wardKey: string; list: WardList } | undefined {
  if (!isJson(el) || Object.keys(el).some((k) => k !== 'if' && k !== 'then')) return undefined;
  const ifPart = el.if;
  const thenPart = el.then;
  if (!isJson(ifPart) || !isJson(thenPart) || !isJson(ifPart.properties) || !isJson(thenPart.properties))
    return undefined;
  const [provinceKey, ...moreIf] = Object.keys(ifPart.properties);
  const [wardKey, ...moreThen] = Object.keys(thenPart.properties);
  if (!provinceKey || !wardKey || moreIf.length > 0 || moreThen.length > 0) return undefined;
  const test = ifPart.properties[provinceKey];
  const narrow = thenPart.properties[wardKey];
  if (!isJson(test) || typeof test.const !== 'string' || Object.keys(test).length !== 1) return undefined;
  if (!isJson(narrow) || !Array.isArray(narrow.enum) || narrow.enum.some((w) => typeof w !== 'string'))
    return undefined;
  return { provinceKey, wardKey, list: { province: test.const, wards: [...(narrow.enum as string[])] } };
}

const verbatimOf = (c: DesignContainer) =>
  (c.allOf ?? []).flatMap((e, i) => (typeof e === 'string' ? [] : [{ el: e.verbatim, i }]));

/** The ward lists of a section, when it is an address (a province choice and a ward field). */
export function addressListsOf(c: DesignContainer | undefined): AddressLists | undefined {
  if (!c) return undefined;
  const read = verbatimOf(c)
    .map((x) => readElement(x.el))
    .filter((x) => x !== undefined);
  const provinceKey = read[0]?.provinceKey ?? PROVINCE_KEY;
  const wardKey = read[0]?.wardKey ?? WARD_KEY;
  const province = c.fields.find((f) => f.key === provinceKey);
  const ward = c.fields.find((f) => f.key === wardKey);
  if (province?.kind !== 'choice' || !ward || ward.where !== '' || province.where !== '') return undefined;
  const lists = read.filter((r) => r.provinceKey === provinceKey && r.wardKey === wardKey).map((r) => r.list);
  const provinces = (province.choices ?? []).map((x) => x.value).filter((x) => typeof x === 'string');
  return { provinceKey, wardKey, provinces, lists };
}

/** Lines pasted at once (one ward a line, or separated by semicolons), trimmed, blanks dropped. */
export function parseWardLines(text: string): string[] {
  return text
    .split(/[\n;]+/)
    .map((w) => w.trim())
    .filter((w) => w !== '');
}

/** Problems of a list: an empty or repeated name (a repeated choice would be offered twice). */
export function wardListIssue(wards: readonly string[]): { vi: string; en: string } | undefined {
  if (wards.some((w) => w.trim() === ''))
    return { vi: 'Có xã/phường để trống tên.', en: 'A ward has no name.' };
  const seen = new Set<string>();
  for (const w of wards) {
    const k = w.trim().normalize('NFC');
    if (seen.has(k))
      return { vi: `Xã/phường «${w}» bị lặp lại trong danh sách.`, en: `"${w}" is listed twice.` };
    seen.add(k);
  }
  return undefined;
}

/**
 * Sets the ward list of `province` in the address section at `sectionPath`: the element is edited
 * in place, appended when the province had none, and removed when `wards` is empty (the ward is
 * then typed freely for that province).
 */
export function setWardList(
  design: FormDesign,
  sectionPath: FieldPath,
  province: string,
  wards: readonly string[],
): FormDesign {
  const next = clone(design);
  const c = containerAt(next, sectionPath);
  const address = addressListsOf(c);
  if (!c || !address) return design;
  const allOf = [...(c.allOf ?? [])];
  const at = allOf.findIndex((e) => {
    if (typeof e === 'string') return false;
    const r = readElement(e.verbatim);
    return (
      r?.provinceKey === address.provinceKey && r.wardKey === address.wardKey && r.list.province === province
    );
  });
  if (wards.length === 0) {
    if (at >= 0) allOf.splice(at, 1);
  } else if (at >= 0) {
    const el = (allOf[at] as { verbatim: Json }).verbatim;
    const narrow = ((el.then as Json).properties as Json)[address.wardKey] as Json;
    narrow.enum = [...wards];
  } else {
    allOf.push({
      verbatim: Object.fromEntries([
        [
          'if',
          { properties: { [address.provinceKey]: { const: province } }, required: [address.provinceKey] },
        ],
        ['then', { properties: { [address.wardKey]: { enum: [...wards] } } }],
      ]),
    });
  }
  c.allOf = allOf;
  return next;
}

/** Every problem of the address lists in a field's section, with the province it concerns. */
export function addressIssues(f: DesignField): { province: string; message: { vi: string; en: string } }[] {
  const address = f.kind === 'section' ? addressListsOf(f.container) : undefined;
  if (!address) return [];
  return address.lists.flatMap((l) => {
    const issue = wardListIssue(l.wards);
    return issue ? [{ province: l.province, message: issue }] : [];
  });
}
