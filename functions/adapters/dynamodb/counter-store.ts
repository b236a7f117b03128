/**
 * CounterStore on DynamoDB: one item per counter key (`pk` = the key, `sk` = `COUNTER`), each
 * amount an attribute grown with `ADD` under a condition that keeps it within its limit, so
 * concurrent requests can never push a counter past the limit (DynamoDB applies each update
 * atomically). `expiresAt` (epoch seconds) lets the table's TTL delete finished windows.
 */
import { type DynamoDBClient, type Update, UpdateItemCommand } from '@aws-sdk/client-dynamodb';
import type { CountedAmounts, CounterStore } from '../../ports';
import { guard } from '../guard';
import { isConditionFailed } from './sdk-errors';

const what = 'Bộ đếm giới hạn / rate-limit counters';

/** Creates the store over an injected client and the physical table name. */
export function createDynamoCounterStore(client: DynamoDBClient, table: string): CounterStore {
  return {
    add: (key, amounts, expiresAt) =>
      guard(what, async () => {
        const update = counterUpdate(table, { key, amounts, expiresAt });
        if (!update) return false;
        try {
          await client.send(new UpdateItemCommand(update));
          return true;
        } catch (err) {
          if (isConditionFailed(err)) return false;
          throw err;
        }
      }),
  };
}

/**
 * The conditional update that counts `amounts` on `key` (also one item of a transaction, e.g. a
 * dossier's: dossier-store.ts); null when an amount alone passes its limit (nothing to ask).
 */
export function counterUpdate(table: string, { key, amounts, expiresAt }: CountedAmounts): Update | null {
  const entries = Object.entries(amounts);
  if (entries.some(([, { add, limit }]) => add > limit)) return null;
  const names: Record<string, string> = { '#exp': 'expiresAt' };
  const values: Record<string, { N: string }> = {
    ':exp': { N: String(Math.ceil(expiresAt.getTime() / 1000)) },
  };
  const adds: string[] = [];
  const conditions: string[] = [];
  entries.forEach(([name, { add, limit }], i) => {
    names[`#a${i}`] = name;
    values[`:a${i}`] = { N: String(add) };
    values[`:m${i}`] = { N: String(limit - add) };
    adds.push(`#a${i} :a${i}`);
    conditions.push(`(attribute_not_exists(#a${i}) OR #a${i} <= :m${i})`);
  });
  return {
    TableName: table,
    Key: { pk: { S: key }, sk: { S: 'COUNTER' } },
    UpdateExpression: `SET #exp = if_not_exists(#exp, :exp) ADD ${adds.join(', ')}`,
    ConditionExpression: conditions.join(' AND '),
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: values,
  };
}
