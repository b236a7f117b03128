/**
 * CatalogDocStore on DynamoDB, in the procedures table under its own keys: `pk = DOC#<kind>#<id>`,
 * head `sk = DOCHEAD` (gsi1 `DOCKIND#<kind>` lists a kind), versions `sk = DOCV#000001`… The sort
 * keys differ from the procedures' `HEAD` / `V#…`, so procedure listings never see these items.
 * A change — version, head and audit entry — is ONE TransactWriteItems, each item conditional, so
 * all of it or none of it is stored.
 */
import { type DynamoDBClient, GetItemCommand, type PutItemCommandInput } from '@aws-sdk/client-dynamodb';
import { ConflictError } from '../../errors';
import type { CatalogDocHead, CatalogDocKind, CatalogDocStore, CatalogDocVersion } from '../../ports';
import { guard } from '../guard';
import { auditPut } from './audit-log';
import { bumpRevision, sendWithInputs } from './catalog-inputs';
import { fromItem, type Item, toItem } from './items';
import { queryAll } from './paginate';
import { cancellationReasons } from './sdk-errors';

const what = 'Kho danh mục dùng chung và chính sách phí / registry and policy store';

function stale(kind: CatalogDocKind, id: string, cause: unknown): ConflictError {
  return new ConflictError(
    'catalog-doc.revision-conflict',
    {
      vi: `"${id}" vừa được người khác thay đổi. Vui lòng tải lại rồi thử lại.`,
      en: `${kind === 'policy' ? 'Policy' : 'Registry'} "${id}" was changed by someone else. Reload and try again.`,
    },
    { cause },
  );
}

const docKey = (n: number) => `DOCV#${String(n).padStart(6, '0')}`;

/** Creates the store over an injected client and the procedures table's physical name. */
export function createDynamoCatalogDocStore(
  client: DynamoDBClient,
  table: string,
  auditTable: string,
): CatalogDocStore {
  const pk = (kind: CatalogDocKind, id: string) => `DOC#${kind}#${id}`;
  const headItem = (h: CatalogDocHead) =>
    toItem({ pk: pk(h.kind, h.id), sk: 'DOCHEAD', gsi1pk: `DOCKIND#${h.kind}`, gsi1sk: h.id }, h);
  // The body is JSON text: DynamoDB maps lose key order, and pulled files must keep it.
  const versionItem = (v: CatalogDocVersion) =>
    toItem({ pk: pk(v.kind, v.id), sk: docKey(v.version) }, { ...v, body: JSON.stringify(v.body) });
  const readVersion = (item: Item): CatalogDocVersion => {
    const stored = fromItem<CatalogDocVersion & { body: string }>(item);
    return { ...stored, body: JSON.parse(stored.body) };
  };

  const conditional = (item: Item, expected: number | null): PutItemCommandInput => ({
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
    getHead: (kind, id) =>
      guard(what, async () => {
        const item = await getItem({ pk: pk(kind, id), sk: 'DOCHEAD' });
        return item ? fromItem<CatalogDocHead>(item) : null;
      }),
    listHeads: (kind) =>
      guard(what, async () => {
        const items = await queryAll(client, {
          TableName: table,
          IndexName: 'gsi1',
          KeyConditionExpression: '#g = :g',
          ExpressionAttributeNames: { '#g': 'gsi1pk' },
          ExpressionAttributeValues: { ':g': { S: `DOCKIND#${kind}` } },
        });
        return items.map((i) => fromItem<CatalogDocHead>(i)).sort((a, b) => a.id.localeCompare(b.id));
      }),
    getVersion: (kind, id, version) =>
      guard(what, async () => {
        const item = await getItem({ pk: pk(kind, id), sk: docKey(version) });
        return item ? readVersion(item) : null;
      }),
    listVersions: (kind, id) =>
      guard(what, async () => {
        const items = await queryAll(client, {
          TableName: table,
          KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :v)',
          ExpressionAttributeNames: { '#pk': 'pk', '#sk': 'sk' },
          ExpressionAttributeValues: { ':pk': { S: pk(kind, id) }, ':v': { S: 'DOCV#' } },
          ConsistentRead: true,
        });
        return items.map(readVersion);
      }),
    commit: (change, expected, audit) =>
      guard(what, async () => {
        try {
          await sendWithInputs(client, [
            { Put: conditional(versionItem(change.version), expected.versionRevision) },
            { Put: conditional(headItem(change.head), expected.headRevision) },
            { Put: auditPut(auditTable, audit) },
            // registry and policies are release inputs too (catalog-inputs.ts)
            bumpRevision(table, audit.at),
          ]);
        } catch (err) {
          const reasons = cancellationReasons(err);
          if (reasons?.some((code) => code === 'ConditionalCheckFailed' || code === 'TransactionConflict'))
            throw stale(change.head.kind, change.head.id, err);
          throw err;
        }
      }),
  };
}
