/** One display option of a uiSchema node, written flat (`"ui:title"`) or nested (`"ui:options": { "title" }`), as rjsf reads it. */
import { isRecord } from '../json-pointer';

export function uiOption(ui: Record<string, unknown>, name: string): unknown {
  const flat = ui[`ui:${name}`];
  if (flat !== undefined) return flat;
  const options = ui['ui:options'];
  return isRecord(options) ? options[name] : undefined;
}
