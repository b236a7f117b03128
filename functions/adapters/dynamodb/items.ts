/** Small helpers shared by the DynamoDB adapters: (un)marshalling with the key attributes stripped. */
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';

export type Item = Record<string, AttributeValue>;

const keyAttributes = new Set(['pk', 'sk', 'gsi1pk', 'gsi1sk']);

/** Marshals a domain object plus its key attributes (undefined values dropped). */
export function toItem(keys: Record<string, string>, value: object): Item {
  return marshall({ ...value, ...keys }, { removeUndefinedValues: true, convertClassInstanceToMap: true });
}

/** Unmarshals an item and removes the key attributes. */
export function fromItem<T>(item: Item): T {
  const raw = unmarshall(item) as Record<string, unknown>;
  for (const key of keyAttributes) delete raw[key];
  return raw as T;
}

/** Zero-padded version number so sort keys order numerically. */
export function versionKey(version: number): string {
  return `V#${String(version).padStart(6, '0')}`;
}
