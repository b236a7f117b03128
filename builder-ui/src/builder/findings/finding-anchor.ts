/**
 * Where a checker finding is shown: its "anchor", a JSON pointer that the editor's controls are
 * marked with (`data-pointer`). Most pointers are their own anchor (`/fees/0/amount/amount` is the
 * amount box). The applicant's form is edited field by field in the designer, while the checker
 * names places in JSON Schema (`/form/schema/properties/a/items/properties/b/maximum`), in the
 * uiSchema (`/form/uiSchema/a/items/b/ui:widget`) or in the prefill list (`/form/prefill/2/source`):
 * all three become the field's anchor `/form/field/a/field/b` followed by what remains
 * (`/maximum`), so a field's row in the designer shows every finding about that field.
 * Pure: unit-tested without a browser.
 */
import { escapeToken, parsePointer } from '../../../../functions/core/catalog-checks/pointer';

const pointerTokens = (pointer: string) => parsePointer(pointer) ?? [];

/** The designer row of the field at `path` (keys from the form's root), e.g. ['a','b'] → '/form/field/a/field/b'. */
export function fieldAnchor(path: readonly string[]): string {
  return `/form/field${path.map((key) => `/${escapeToken(key)}`).join('/field')}`;
}

const join = (tokens: readonly string[]) => tokens.map((t) => `/${escapeToken(t)}`).join('');

/** Field keys named by a pointer inside `form.schema` (tokens after `schema`) and the rest. */
function schemaKeys(tokens: readonly string[]): [string[], string[]] {
  const keys: string[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (t === 'properties' && i + 1 < tokens.length) {
      keys.push(tokens[i + 1]!);
      i += 2;
    } else if (t === 'items' || t === 'then' || t === 'else') i += 1;
    else if ((t === 'allOf' || t === 'anyOf' || t === 'oneOf') && /^\d+$/.test(tokens[i + 1] ?? '')) i += 2;
    else break;
  }
  return [keys, tokens.slice(i)];
}

/** Field keys named by a pointer inside `form.uiSchema` (its entries nest by key; groups by `items`). */
function uiKeys(tokens: readonly string[]): [string[], string[]] {
  const keys: string[] = [];
  let i = 0;
  for (; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.startsWith('ui:')) break;
    if (t !== 'items') keys.push(t);
  }
  return [keys, tokens.slice(i)];
}

/** What the anchor of a prefill finding needs from the procedure: the answer each entry fills. */
export interface PrefillTargets {
  form?: { prefill?: readonly { target?: unknown }[] };
}

/**
 * The anchor of a finding at `pointer`.
 *
 * @example findingAnchor('/form/schema/properties/soTien/maximum') // '/form/field/soTien/maximum'
 * @example findingAnchor('/fees/0/amount/amount') // '/fees/0/amount/amount'
 */
export function findingAnchor(pointer: string, procedure?: PrefillTargets): string {
  const tokens = pointerTokens(pointer);
  if (tokens[0] !== 'form' || tokens.length < 3) return pointer;
  let keys: string[] = [];
  let rest: string[] = [];
  if (tokens[1] === 'schema') [keys, rest] = schemaKeys(tokens.slice(2));
  else if (tokens[1] === 'uiSchema') [keys, rest] = uiKeys(tokens.slice(2));
  else if (tokens[1] === 'prefill' && /^\d+$/.test(tokens[2]!)) {
    const target = procedure?.form?.prefill?.[Number(tokens[2])]?.target;
    if (typeof target !== 'string') return pointer;
    // The target is a pointer into the answers: objects nest by key, array items by index.
    keys = pointerTokens(target).filter((t) => !/^\d+$/.test(t));
    rest = ['prefill', ...tokens.slice(3)];
  }
  if (keys.length === 0) return pointer;
  return fieldAnchor(keys) + join(rest);
}

/** True when `anchor` is `at` or lies below it (whole tokens: '/fees/1' is not below '/fees/10'). */
export function isWithin(anchor: string, at: string): boolean {
  return anchor === at || anchor.startsWith(`${at}/`);
}
