/**
 * ProcedureStore on DynamoDB. One partition per procedure: the head (`sk = HEAD`, indexed by
 * agency in gsi1) and its versions (`sk = V#000001`…). A change is one TransactWriteItems —
 * version, head and audit entry, each conditional (`revision` for optimistic concurrency) — so a
 * crash or timeout can never leave a head that disagrees with its version or a change unaudited.
 * A version's definition is kept as JSON text so its key (form field) order survives.
 */
import {
  type DynamoDBClient,
  GetItemCommand,
  type Put,
  PutItemCommand,
  TransactGetItemsCommand,
} from '@aws-sdk/client-dynamodb';
import { ConflictError } from '../../errors';
import type { ProcedureHead, ProcedureStore, ProcedureVersion } from '../../ports';
import { guard } from '../guard';
import { auditPut } from './audit-log';
import { bumpRevision, putMarker, sendWithInputs } from './catalog-inputs';
import { fromItem, type Item, toItem, versionKey } from './items';
import { withKeptHeads } from './kept-heads';
import { queryAll, scanAll } from './paginate';
import { cancellationReasons, isConditionFailed } from './sdk-errors';
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

/** Creates the store over an injected client and the physical names of its table and the audit table. */
export function createDynamoProcedureStore(
  client: DynamoDBClient,
  table: string,
  auditTable: string,
  monotonicMs: () => number = () => performance.now(),
): ProcedureStore {
  const pk = (id: string) => `PROC#${id}`;
  const headKeys = (head: ProcedureHead) => ({
    pk: pk(head.procedureId),
    sk: 'HEAD',
    gsi1pk: `AGENCY#${head.agency}`,
    gsi1sk: `PROC#${head.procedureId}`,
  });
  const versionKeys = (v: ProcedureVersion) => ({ pk: pk(v.procedureId), sk: versionKey(v.version) });

  /** A put that holds only if the stored revision is `expected` (null: the item must not exist). */
  const conditional = (item: Item, expected: number | null): Put => ({
    TableName: table,
    Item: item,
    ...(expected === null
      ? { ConditionExpression: 'attribute_not_exists(#pk)', ExpressionAttributeNames: { '#pk': 'pk' } }
      : {
          ConditionExpression: '#revision = :expected',
          ExpressionAttributeNames: { '#revision': 'revision' },
          ExpressionAttributeValues: { ':expected': { N: String(expected) } },
        }),
  });

  async function conditionalPut(item: Item, expected: number | null, id: string) {
    try {
      await client.send(new PutItemCommand(conditional(item, expected)));
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

  /** Head and version read in one transaction: a consistent snapshot of the two. */
  async function readTogether(id: string, version: number) {
    const out = await client.send(
      new TransactGetItemsCommand({
        TransactItems: [
          { Get: { TableName: table, Key: { pk: { S: pk(id) }, sk: { S: 'HEAD' } } } },
          { Get: { TableName: table, Key: { pk: { S: pk(id) }, sk: { S: versionKey(version) } } } },
        ],
      }),
    );
    const [head, stored] = out.Responses ?? [];
    return {
      head: head?.Item ? fromItem<ProcedureHead>(head.Item) : null,
      version: stored?.Item ? fromVersionItem(stored.Item) : null,
    };
  }

  return withKeptHeads(monotonicMs, {
    commit: (change) =>
      guard(what, async () => {
        try {
          await sendWithInputs(client, [
            {
              Put: conditional(
                toVersionItem(versionKeys(change.version), change.version),
                change.versionRevision,
              ),
            },
            { Put: conditional(toItem(headKeys(change.head), change.head), change.headRevision) },
            { Put: auditPut(auditTable, change.audit) },
            // what publishing reads to know what changed, in the same transaction (catalog-inputs.ts)
            putMarker(table, change.head),
            bumpRevision(table, change.audit.at),
          ]);
        } catch (err) {
          const reasons = cancellationReasons(err);
          // Version or head changed under us, or another transaction held them: the client's copy is stale.
          if (reasons?.some((code) => code === 'ConditionalCheckFailed' || code === 'TransactionConflict')) {
            throw stale(change.head.procedureId, err);
          }
          throw err;
        }
      }),
    getPublished: (id) =>
      guard(what, async () => {
        // A retire or publish may land between reading the head and the version; re-read until
        // both come from the same moment (a writer changes them only together).
        for (let attempt = 0; attempt < 5; attempt++) {
          const head = await getItem({ pk: pk(id), sk: 'HEAD' });
          const published = head ? fromItem<ProcedureHead>(head).publishedVersion : null;
          if (published === null) return null;
          const snapshot = await readTogether(id, published).catch((err: unknown) => {
            // A write transaction in flight on these items cancels the read: read again.
            if (cancellationReasons(err)) return null;
            throw err;
          });
          if (snapshot?.head?.publishedVersion !== published) continue;
          if (snapshot.version?.status === 'published') return snapshot.version;
          throw new Error(
            `procedure ${id}: head names published version ${published}, which is not published`,
          );
        }
        throw stale(id, undefined);
      }),
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
  });
}
