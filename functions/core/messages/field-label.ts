import type { ErrorObject } from 'ajv/dist/2020';
import { isRecord, parsePointer } from '../json-pointer';

/**
 * The name of the field an error is about, as the citizen sees it: the schema's `title` where
 * there is one, else the property name; list items get their position ("Con (mục 2)").
 */
export function fieldLabel(
  error: ErrorObject,
  titles?: ReadonlyMap<string, string>,
  property?: string,
): string {
  if (property !== undefined) {
    const props = isRecord(error.parentSchema) ? error.parentSchema.properties : undefined;
    const own = isRecord(props) && isRecord(props[property]) ? props[property].title : undefined;
    return typeof own === 'string' ? own : (titles?.get(property) ?? property);
  }
  const ownTitle = isRecord(error.parentSchema) ? error.parentSchema.title : undefined;
  if (typeof ownTitle === 'string') return ownTitle;
  return labelOfPath(error.instancePath, titles);
}

/** A label for an instance path, from the nearest named property. */
export function labelOfPath(instancePath: string, titles?: ReadonlyMap<string, string>): string {
  const tokens = parsePointer(instancePath);
  const last = tokens[tokens.length - 1];
  if (last === undefined) return 'tờ khai';
  if (/^\d+$/.test(last)) {
    const parent = tokens.length > 1 ? labelOfPath(`/${tokens.slice(0, -1).join('/')}`, titles) : 'tờ khai';
    return `${parent} (mục ${Number(last) + 1})`;
  }
  return titles?.get(last) ?? last;
}
