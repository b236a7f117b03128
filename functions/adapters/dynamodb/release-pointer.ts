/**
 * The current-release pointer in DynamoDB (procedures table, `pk = CATALOG#RELEASE`, `sk = CURRENT`),
 * moved only by a condition on what the mover read: two publishes (or a publish and a rollback)
 * that planned from the same pointer cannot both move it — the second gets 409 `release.moved`
 * instead of silently replacing the first one's release, or an older plan replacing a newer one.
 *
 * Why DynamoDB and not the S3 object it used to be: S3 conditional writes exist on AWS
 * (If-Match on PutObject) but s3rver ignores them, so a test of the race would pass locally for the
 * wrong reason. A condition expression behaves the same in DynamoDB Local and on AWS, and it lets the
 * audit entry of the move be in the same transaction: a current release always has its entry, and
 * a publish that lost the race leaves none.
 *
 * `revision` grows by one at every move, so a pointer that went A → B → A is still seen as moved.
 */
import {
  type DynamoDBClient,
  GetItemCommand,
  type TransactWriteItem,
  TransactWriteItemsCommand,
  UpdateItemCommand,
} from '@aws-sdk/client-dynamodb';
import { ConflictError } from '../../errors';
import type { PointerMove, ReleasePointer } from '../../ports';
import { auditPut } from './audit-log';
import { fromItem } from './items';
import { cancellationReasons } from './sdk-errors';

const key = { pk: { S: 'CATALOG#RELEASE' }, sk: { S: 'CURRENT' } };
const names = { '#r': 'releaseId', '#p': 'publishedAt', '#d': 'digest', '#revision': 'revision' };

export interface PointerRecord {
  /** The pointer with its revision, or null when none was ever written here. */
  read(): Promise<ReleasePointer | null>;
  /** Moves it; 409 `release.moved` when `expected` is given and no longer current. Returns what was written. */
  move(pointer: ReleasePointer, options?: PointerMove): Promise<ReleasePointer>;
}

export const releaseMoved = () =>
  new ConflictError('release.moved', {
    vi: 'Bản phát hành hiện hành vừa được thay đổi bởi một lượt công bố hoặc khôi phục khác. Vui lòng tải lại và thử lại.',
    en: 'The current release was just changed by another publish or rollback. Reload and try again.',
  });

export function createDynamoReleasePointer(
  client: DynamoDBClient,
  table: string,
  auditTable: string,
): PointerRecord {
  const read = async (): Promise<ReleasePointer | null> => {
    const out = await client.send(new GetItemCommand({ TableName: table, Key: key, ConsistentRead: true }));
    return out.Item ? fromItem<ReleasePointer>(out.Item) : null;
  };
  return {
    read,
    move: async (pointer, options = {}) => {
      const { expected, audit } = options;
      if (expected === undefined && !audit) return moveAnyway(client, table, pointer);
      const p = fields(pointer);
      const condition =
        expected === undefined
          ? {}
          : // a pointer read from before this record existed (no revision) expects no record yet
            expected?.revision === undefined
            ? { ConditionExpression: 'attribute_not_exists(#revision)' }
            : {
                ConditionExpression: '#revision = :expected',
                ExpressionAttributeValues: { ':expected': { N: String(expected.revision) } },
              };
      const items: TransactWriteItem[] = [
        {
          Update: {
            TableName: table,
            Key: key,
            UpdateExpression: 'SET #r = :r, #p = :p, #d = :d ADD #revision :one',
            ...condition,
            ExpressionAttributeNames: names,
            ExpressionAttributeValues: {
              ':r': { S: p.releaseId },
              ':p': { S: p.publishedAt },
              ':d': { S: p.digest },
              ':one': { N: '1' },
              ...condition.ExpressionAttributeValues,
            },
          },
        },
      ];
      if (audit) items.push({ Put: auditPut(auditTable, audit) });
      try {
        await client.send(new TransactWriteItemsCommand({ TransactItems: items }));
      } catch (err) {
        const reasons = cancellationReasons(err);
        // another mover's transaction holding the item is the same race, lost: its move lands
        if (reasons?.[0] === 'ConditionalCheckFailed' || reasons?.[0] === 'TransactionConflict') {
          throw releaseMoved();
        }
        throw err;
      }
      // a transaction returns nothing: the revision is known from `expected`, else read back
      return expected === undefined
        ? ((await read()) ?? p)
        : { ...p, revision: (expected?.revision ?? 0) + 1 };
    },
  };
}

/** An unconditional move (setup and tools): one update that bumps the revision atomically. */
async function moveAnyway(client: DynamoDBClient, table: string, pointer: ReleasePointer) {
  const p = fields(pointer);
  const out = await client.send(
    new UpdateItemCommand({
      TableName: table,
      Key: key,
      UpdateExpression: 'SET #r = :r, #p = :p, #d = :d ADD #revision :one',
      ExpressionAttributeNames: {
        '#r': 'releaseId',
        '#p': 'publishedAt',
        '#d': 'digest',
        '#revision': 'revision',
      },
      ExpressionAttributeValues: {
        ':r': { S: p.releaseId },
        ':p': { S: p.publishedAt },
        ':d': { S: p.digest },
        ':one': { N: '1' },
      },
      ReturnValues: 'ALL_NEW',
    }),
  );
  return fromItem<ReleasePointer>(out.Attributes!);
}

function fields(pointer: ReleasePointer) {
  return { releaseId: pointer.releaseId, publishedAt: pointer.publishedAt, digest: pointer.digest };
}
