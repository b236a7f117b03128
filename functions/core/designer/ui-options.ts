/**
 * react-jsonschema-form reads a field's display options either flat (`"ui:rows": 3`) or nested
 * (`"ui:options": { "rows": 3 }`); both mean the same. The designer edits the flat form, so it
 * reads the nested one through `effectiveUi` and remembers which options were nested, and the
 * writer puts each back where it was: a load and save changes no byte of a stored form.
 */
import type { Json } from './design-types';
import { isJson, patch } from './json-objects';

/** Options the designer has a control for (and the portal honours nested as well as flat). */
export const NESTABLE_OPTIONS = [
  'title',
  'description',
  'help',
  'placeholder',
  'rows',
  'autocomplete',
  'autocapitalize',
  'inputType',
  'widget',
  'readonly',
  'inline',
  'enumNames',
  'enumDisabled',
  'addable',
  'removable',
  'orderable',
  'copyable',
  'deprecatedHandling',
  'enableMarkdownInDescription',
  'enableMarkdownInHelp',
] as const;

export interface EffectiveUi {
  /** The node with every modelled nested option also present as its flat `ui:` key. */
  ui: Json | undefined;
  /** Names of the options that were nested. */
  nested: string[];
  /** `ui:options` is not an object, or an option is both flat and nested: not modelled, kept verbatim. */
  unmodelled: boolean;
}

export function effectiveUi(u: Json | undefined): EffectiveUi {
  if (!u || u['ui:options'] === undefined) return { ui: u, nested: [], unmodelled: false };
  const options = u['ui:options'];
  if (!isJson(options)) return { ui: u, nested: [], unmodelled: true };
  const ui: Json = { ...u };
  const nested: string[] = [];
  let unmodelled = false;
  for (const name of NESTABLE_OPTIONS) {
    if (options[name] === undefined) continue;
    if (u[`ui:${name}`] !== undefined) unmodelled = true;
    ui[`ui:${name}`] = options[name];
    nested.push(name);
  }
  return { ui, nested, unmodelled };
}

/**
 * Moves the options read from `ui:options` out of the flat `parts` back into it (kept in place
 * among options the designer does not model). An emptied `ui:options` is dropped.
 */
export function nestOptions(raw: Json | undefined, parts: Json, nested: string[] | undefined): void {
  if (!nested?.length) return;
  const rawOptions = isJson(raw?.['ui:options']) ? (raw['ui:options'] as Json) : undefined;
  const moved: Json = {};
  for (const name of nested) {
    const flat = `ui:${name}`;
    if (!Object.hasOwn(parts, flat)) continue;
    moved[name] = parts[flat];
    parts[flat] = undefined;
  }
  const options = patch(rawOptions, moved);
  parts['ui:options'] = Object.keys(options).length > 0 ? options : undefined;
}
