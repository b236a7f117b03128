/**
 * ProcedureStore on DynamoDB. One partition per procedure: the head (`sk = HEAD`, indexed by
 * agency in gsi1) and its versions (`sk = V#000001`…). Every write is a single conditional
 * PutItem on `revision` (dynalite has no transactions), so a stale writer gets a 409.
 * A version's definition is kept as JSON text so its key (form field) order survives.
 */
import { type DynamoDBClient, GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { ConflictError } from '../../errors';
import type { ProcedureHead, ProcedureStore, ProcedureVersion } from '../../ports';
import { guard } from '../guard';
import { fromItem, type Item, toItem, versionKey } from './items';
import { queryAll, scanAll } from './paginate';
import { isConditionFailed } from './sdk-errors';
import { fromVersionItem, toVersionItem } from './version-item';

const what = 'Kho thủ tục / procedure store';

function stale(procedureId: string, cause: unknown): ConflictError {
  return new ConflictError(
    'procedure.revision-conflict',
    {
      vi: `Thủ tục "${procedureId}" vừa được người khác thay đổi. Vui lòng tải lại rồi thử lại.`,
      en: `Procedure "${procedureId}" was changed by someone else. Reload and try again.`,
    },
    { cause },
  );
}

/** Creates the store over an injected client and the physical table name. */
export function createDynamoProcedureStore(client: DynamoDBClient, table: string): ProcedureStore {
  const pk = (id: string) => `PROC#${id}`;
  const headKeys = (head: ProcedureHead) => ({
    pk: pk(head.procedureId),
    sk: 'HEAD',
    gsi1pk: `AGENCY#${head.agency}`,
    gsi1sk: `PROC#${head.procedureId}`,
  });
  const versionKeys = (v: ProcedureVersion) => ({ pk: pk(v.procedureId), sk: versionKey(v.version) });

  async function conditionalPut(item: Item, expected: number | null, id: string) {
    try {
      await client.send(
        new PutItemCommand({
          TableName: table,
          Item: item,
          ...(expected === null
            ? { ConditionExpression: 'attribute_not_exists(#pk)', ExpressionAttributeNames: { '#pk': 'pk' } }
            : {
                ConditionExpression: '#revision = :expected',
                ExpressionAttributeNames: { '#revision': 'revision' },
                ExpressionAttributeValues: { ':expected': { N: String(expected) } },
              }),
        }),
      );
    } catch (err) {
      if (isConditionFailed(err)) throw stale(id, err);
      throw err;
    }
  }

  async function getItem(key: { pk: string; sk: string }): Promise<Item | null> {
    const out = await client.send(
      new GetItemCommand({
        TableName: table,
        Key: { pk: { S: key.pk }, sk: { S: key.sk } },
        ConsistentRead: true,
      }),
    );
    return out.Item ?? null;
  }

  return {
    getHead: (id) =>
      guard(what, async () => {
        const item = await getItem({ pk: pk(id), sk: 'HEAD' });
        return item ? fromItem<ProcedureHead>(item) : null;
      }),
    getVersion: (id, version) =>
      guard(what, async () => {
        const item = await getItem({ pk: pk(id), sk: versionKey(version) });
        return item ? fromVersionItem(item) : null;
      }),
    listVersions: (id) =>
      guard(what, async () => {
        const items = await queryAll(client, {
          TableName: table,
          KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :v)',
          ExpressionAttributeNames: { '#pk': 'pk', '#sk': 'sk' },
          ExpressionAttributeValues: { ':pk': { S: pk(id) }, ':v': { S: 'V#' } },
          ConsistentRead: true,
        });
        return items.map(fromVersionItem);
      }),
    listHeads: (filter) =>
      guard(what, async () => {
        const items = filter?.agency
          ? await queryAll(client, {
              TableName: table,
              IndexName: 'gsi1',
              KeyConditionExpression: '#g = :g',
              ExpressionAttributeNames: { '#g': 'gsi1pk' },
              ExpressionAttributeValues: { ':g': { S: `AGENCY#${filter.agency}` } },
            })
          : await scanAll(client, {
              TableName: table,
              FilterExpression: '#sk = :head',
              ExpressionAttributeNames: { '#sk': 'sk' },
              ExpressionAttributeValues: { ':head': { S: 'HEAD' } },
            });
        return items
          .map((item) => fromItem<ProcedureHead>(item))
          .sort((a, b) => a.procedureId.localeCompare(b.procedureId));
      }),
    putNewVersion: (v) =>
      guard(what, () => conditionalPut(toVersionItem(versionKeys(v), v), null, v.procedureId)),
    updateVersion: (v, expected) =>
      guard(what, () => conditionalPut(toVersionItem(versionKeys(v), v), expected, v.procedureId)),
    putHead: (head, expected) =>
      guard(what, () => conditionalPut(toItem(headKeys(head), head), expected, head.procedureId)),
  };
}
