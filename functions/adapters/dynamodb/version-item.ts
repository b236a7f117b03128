/**
 * How a procedure version is laid out in its DynamoDB item. The definition is stored as one JSON
 * string, not a map: DynamoDB does not keep the key order of maps, and the order of `properties`
 * in the form's JSON Schema is the order of the fields on the citizen's form. Items written
 * before this change hold the definition as a map; they are still read.
 */
import type { ProcedureVersion } from '../../ports';
import { fromItem, type Item, toItem } from './items';

type StoredVersion = Omit<ProcedureVersion, 'definition'> & {
  definition: string | ProcedureVersion['definition'];
};

/** The item for a version, its definition serialised as JSON text. */
export function toVersionItem(keys: Record<string, string>, version: ProcedureVersion): Item {
  const stored: StoredVersion = { ...version, definition: JSON.stringify(version.definition) };
  return toItem(keys, stored);
}

/** The version in an item, whether its definition was stored as JSON text or (older items) a map. */
export function fromVersionItem(item: Item): ProcedureVersion {
  const stored = fromItem<StoredVersion>(item);
  const { definition } = stored;
  return {
    ...stored,
    definition: typeof definition === 'string' ? JSON.parse(definition) : definition,
  };
}
