/** Which palette kind a property schema is, read from its JSON Schema (and its uiSchema widget). */
import { choiceListKey } from '../form/choice-list';
import type { FieldKind, Json } from './design-types';
import { isJson } from './json-objects';

export function kindOf(schema: Json, ui: Json | undefined): FieldKind {
  const t = schema.type;
  if (t === 'object') return 'section';
  if (t === 'array') {
    const items = schema.items;
    if (isJson(items) && items.type === 'object') return 'group';
    if (isJson(items) && (Array.isArray(items.enum) || choiceListKey(items))) return 'multiChoice';
    return 'advanced';
  }
  // A choice list: `enum`, or `oneOf` / `anyOf` of labelled constants (core/form/choice-list.ts).
  if (Array.isArray(schema.enum) || choiceListKey(schema))
    return t === undefined || typeof t === 'string' ? 'choice' : 'advanced';
  if (t === 'boolean') return 'yesNo';
  if (t === 'number' || t === 'integer') return 'number';
  if (t === 'string') {
    if (schema.format === 'date') return 'date';
    if (schema.format === 'email') return 'email';
    if (ui?.['ui:widget'] === 'textarea') return 'longText';
    return 'text';
  }
  return 'advanced';
}

/** The JSON `type` the designer writes for a kind (choices keep the type they were read with). */
export function typeFor(kind: FieldKind, read: unknown): unknown {
  switch (kind) {
    case 'text':
    case 'longText':
    case 'date':
    case 'email':
      return 'string';
    case 'number':
      return read === 'integer' ? 'integer' : 'number';
    case 'choice':
      return read;
    case 'multiChoice':
    case 'group':
      return 'array';
    case 'yesNo':
      return 'boolean';
    case 'section':
      return 'object';
    default:
      return read;
  }
}
