/**
 * CatalogInputsStore and PublishJobStore on DynamoDB, in the procedures table under their own
 * partitions: `pk = CATALOG#INPUTS` holds `sk = STATE` (the revision) and `sk = P#<procedureId>`
 * (each procedure's publication marker); `pk = PUBLISH#JOB`, `sk = <jobId>` the publish jobs.
 * The store adapters put `inputsWrites(...)` into their own TransactWriteItems, so a change and
 * its marker/revision are stored together or not at all.
 */
import {
  type DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  type TransactWriteItem,
  TransactWriteItemsCommand,
  UpdateItemCommand,
} from '@aws-sdk/client-dynamodb';
import type {
  CatalogInputsStore,
  ProcedureHead,
  PublicationMarker,
  PublishJob,
  PublishJobStore,
} from '../../ports';
import { guard } from '../guard';
import { fromItem, toItem } from './items';
import { queryAll } from './paginate';
import { cancellationReasons } from './sdk-errors';

const what = 'Bảng thủ tục / procedures table';
const inputsPk = 'CATALOG#INPUTS';
const stateKey = { pk: { S: inputsPk }, sk: { S: 'STATE' } };
const markerSk = (procedureId: string) => `P#${procedureId}`;

/** The marker a head implies. */
export function markerOf(head: ProcedureHead): PublicationMarker {
  return {
    procedureId: head.procedureId,
    publishedVersion: head.publishedVersion,
    ...(head.scheduled ? { scheduled: head.scheduled } : {}),
    status: head.status,
  };
}

/** The revision bump every catalog change carries in its transaction. */
export function bumpRevision(table: string, at: string): TransactWriteItem {
  return {
    Update: {
      TableName: table,
      Key: stateKey,
      UpdateExpression: 'ADD #revision :one SET #at = :at',
      ExpressionAttributeNames: { '#revision': 'revision', '#at': 'updatedAt' },
      ExpressionAttributeValues: { ':one': { N: '1' }, ':at': { S: at } },
    },
  };
}

/** The marker of a procedure as its new head states it (unconditional: it mirrors the head). */
export function putMarker(table: string, head: ProcedureHead): TransactWriteItem {
  return {
    Put: { TableName: table, Item: toItem({ pk: inputsPk, sk: markerSk(head.procedureId) }, markerOf(head)) },
  };
}

export function createDynamoCatalogInputs(client: DynamoDBClient, table: string): CatalogInputsStore {
  return {
    state: () =>
      guard(what, async () => {
        const out = await client.send(
          new GetItemCommand({ TableName: table, Key: stateKey, ConsistentRead: true }),
        );
        if (!out.Item) return null;
        const raw = fromItem<{ revision?: number; complete?: boolean }>(out.Item);
        return { revision: raw.revision ?? 0, complete: raw.complete === true };
      }),
    listPublication: () =>
      guard(what, async () => {
        const items = await queryAll(client, {
          TableName: table,
          KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :p)',
          ExpressionAttributeNames: { '#pk': 'pk', '#sk': 'sk' },
          ExpressionAttributeValues: { ':pk': { S: inputsPk }, ':p': { S: 'P#' } },
          ConsistentRead: true,
        });
        return items.map((item) => fromItem<PublicationMarker>(item));
      }),
    backfill: (heads) =>
      guard(what, async () => {
        const markers = heads.map(markerOf);
        const putOne = async (marker: PublicationMarker) => {
          // a change committed since the caller read the heads wrote a newer marker: keep it
          await client
            .send(
              new PutItemCommand({
                TableName: table,
                Item: toItem({ pk: inputsPk, sk: markerSk(marker.procedureId) }, marker),
                ConditionExpression: 'attribute_not_exists(#pk)',
                ExpressionAttributeNames: { '#pk': 'pk' },
              }),
            )
            .catch((err: unknown) => {
              if ((err as { name?: string }).name !== 'ConditionalCheckFailedException') throw err;
            });
        };
        for (let i = 0; i < markers.length; i += 16) await Promise.all(markers.slice(i, i + 16).map(putOne));
        await client.send(
          new UpdateItemCommand({
            TableName: table,
            Key: stateKey,
            UpdateExpression: 'SET #complete = :yes ADD #revision :one',
            ExpressionAttributeNames: { '#complete': 'complete', '#revision': 'revision' },
            ExpressionAttributeValues: { ':yes': { BOOL: true }, ':one': { N: '1' } },
          }),
        );
        return markers;
      }),
  };
}

export function createDynamoPublishJobs(client: DynamoDBClient, table: string): PublishJobStore {
  const key = (jobId: string) => ({ pk: 'PUBLISH#JOB', sk: jobId });
  return {
    put: (job) =>
      guard(what, async () => {
        await client.send(new PutItemCommand({ TableName: table, Item: toItem(key(job.jobId), job) }));
      }),
    get: (jobId) =>
      guard(what, async () => {
        const out = await client.send(
          new GetItemCommand({
            TableName: table,
            Key: { pk: { S: 'PUBLISH#JOB' }, sk: { S: jobId } },
            ConsistentRead: true,
          }),
        );
        return out.Item ? fromItem<PublishJob>(out.Item) : null;
      }),
  };
}

/**
 * Sends a change's transaction, retrying when the only conflict is on the shared revision item:
 * two officers changing two different procedures at the same moment both bump it, and DynamoDB
 * cancels one of them — that is no reason to tell the second officer their copy is stale.
 */
export async function sendWithInputs(client: DynamoDBClient, items: TransactWriteItem[]): Promise<void> {
  const stateIndex = items.findIndex((item) => item.Update?.Key === stateKey);
  for (let attempt = 0; ; attempt++) {
    try {
      await client.send(new TransactWriteItemsCommand({ TransactItems: items }));
      return;
    } catch (err) {
      const reasons = cancellationReasons(err);
      const onlyState =
        reasons !== null &&
        reasons[stateIndex] === 'TransactionConflict' &&
        reasons.every((code, i) => i === stateIndex || code === 'None');
      if (!onlyState || attempt >= 6) throw err;
      await new Promise((done) => setTimeout(done, 5 + Math.random() * 20 * (attempt + 1)));
    }
  }
}
