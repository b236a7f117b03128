/**
 * A choice list written the standard JSON Schema way: `oneOf` (or `anyOf`) of `{ const, title }`,
 * each with an optional English title in `x-en`. It is the one shape of `oneOf`/`anyOf` the
 * citizen-form profile accepts on a field (catalogs/README.md, "Citizen-form profile"); the
 * designer reads it as the field's choices with their labels and writes it back in that spelling.
 */
type Json = Record<string, unknown>;
const isJson = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const OPTION_KEYS = new Set(['const', 'title', 'x-en']);

export interface ChoiceOption {
  value: string | number | boolean;
  title?: string;
  titleEn?: string;
}

/** The options of a `oneOf`/`anyOf` value when every element is a labelled constant, else undefined. */
export function choiceOptions(list: unknown): ChoiceOption[] | undefined {
  if (!Array.isArray(list) || list.length === 0) return undefined;
  const out: ChoiceOption[] = [];
  for (const el of list) {
    if (!isJson(el) || !Object.keys(el).every((k) => OPTION_KEYS.has(k))) return undefined;
    const v = el.const;
    if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') return undefined;
    if (el.title !== undefined && typeof el.title !== 'string') return undefined;
    const en = el['x-en'];
    if (en !== undefined) {
      if (!isJson(en) || Object.keys(en).some((k) => k !== 'title') || typeof en.title !== 'string')
        return undefined;
    }
    const o: ChoiceOption = { value: v };
    if (typeof el.title === 'string') o.title = el.title;
    if (isJson(en)) o.titleEn = en.title as string;
    out.push(o);
  }
  return out;
}

/** Which keyword holds a node's labelled choice list (`oneOf` first), if it has one and no `enum`. */
export function choiceListKey(node: Json): 'oneOf' | 'anyOf' | undefined {
  if (node.enum !== undefined) return undefined;
  if (choiceOptions(node.oneOf) && node.anyOf === undefined) return 'oneOf';
  if (choiceOptions(node.anyOf) && node.oneOf === undefined) return 'anyOf';
  return undefined;
}
