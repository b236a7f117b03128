/**
 * Append-only audit log: each entry is a new item written with attribute_not_exists, and the
 * adapter offers no update or delete. Entries of one entity share a partition, ordered by time.
 */
import { randomUUID } from 'node:crypto';
import { type DynamoDBClient, PutItemCommand } from '@aws-sdk/client-dynamodb';
import type { AuditEntry, AuditLog } from '../../ports';
import { guard } from '../guard';
import { fromItem, toItem } from './items';
import { queryAll } from './paginate';

const what = 'Nhật ký kiểm toán / audit log';

/** The audit item and its create-once condition, also used inside other adapters' transactions. */
export function auditPut(table: string, entry: AuditEntry) {
  // The random suffix keeps two entries of the same millisecond apart.
  const sk = `${entry.at}#${randomUUID()}`;
  return {
    TableName: table,
    Item: toItem({ pk: `ENTITY#${entry.entity}`, sk, gsi1pk: `ACTOR#${entry.actor}`, gsi1sk: sk }, entry),
    ConditionExpression: 'attribute_not_exists(#pk)',
    ExpressionAttributeNames: { '#pk': 'pk' },
  };
}

/** Creates the log over an injected client and the physical table name. */
export function createDynamoAuditLog(client: DynamoDBClient, table: string): AuditLog {
  return {
    append: (entry) =>
      guard(what, async () => {
        await client.send(new PutItemCommand(auditPut(table, entry)));
      }),
    list: (entity) =>
      guard(what, async () => {
        const items = await queryAll(client, {
          TableName: table,
          KeyConditionExpression: '#pk = :pk',
          ExpressionAttributeNames: { '#pk': 'pk' },
          ExpressionAttributeValues: { ':pk': { S: `ENTITY#${entity}` } },
          ConsistentRead: true,
        });
        return items.map((item) => fromItem<AuditEntry>(item));
      }),
  };
}
