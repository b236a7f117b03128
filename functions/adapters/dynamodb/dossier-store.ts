/**
 * DossierStore on DynamoDB: upload slots (`UPLOAD#<id>`) and dossiers (`DOSSIER#<code>`, gsi1 by
 * owner). Idempotent submission without transactions: with a key, the dossier code is derived
 * from owner + key and written with attribute_not_exists, so a retry finds the first dossier.
 */
import {
  type DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  UpdateItemCommand,
} from '@aws-sdk/client-dynamodb';
import { ConflictError, ForbiddenError, NotFoundError } from '../../errors';
import type { Dossier, DossierStore, UploadSlot } from '../../ports';
import { guard } from '../guard';
import { deriveDossierCode } from './dossier-code';
import { fromItem, toItem } from './items';
import { queryAll } from './paginate';
import { isConditionFailed } from './sdk-errors';

const what = 'Kho hồ sơ / dossier store';

/** Creates the store over an injected client and the physical table name. */
export function createDynamoDossierStore(client: DynamoDBClient, table: string): DossierStore {
  const get = async <T>(pk: string, sk: string): Promise<T | null> => {
    const out = await client.send(
      new GetItemCommand({ TableName: table, Key: { pk: { S: pk }, sk: { S: sk } }, ConsistentRead: true }),
    );
    return out.Item ? fromItem<T>(out.Item) : null;
  };
  const getUpload = (id: string) => get<UploadSlot>(`UPLOAD#${id}`, 'UPLOAD');
  const getDossier = (code: string) => get<Dossier>(`DOSSIER#${code}`, 'DOSSIER');

  const createOnce = (item: ReturnType<typeof toItem>) =>
    client.send(
      new PutItemCommand({
        TableName: table,
        Item: item,
        ConditionExpression: 'attribute_not_exists(#pk)',
        ExpressionAttributeNames: { '#pk': 'pk' },
      }),
    );

  return {
    getUpload: (id) => guard(what, () => getUpload(id)),
    getDossier: (code) => guard(what, () => getDossier(code)),
    putUpload: (slot) =>
      guard(what, async () => {
        try {
          await createOnce(toItem({ pk: `UPLOAD#${slot.uploadId}`, sk: 'UPLOAD' }, slot));
        } catch (err) {
          if (!isConditionFailed(err)) throw err;
          throw new ConflictError(
            'upload.exists',
            { vi: 'Mã tải lên đã tồn tại.', en: 'This upload id already exists.' },
            { cause: err },
          );
        }
      }),
    confirmUpload: (uploadId, owner, size) =>
      guard(what, async () => {
        try {
          await client.send(
            new UpdateItemCommand({
              TableName: table,
              Key: { pk: { S: `UPLOAD#${uploadId}` }, sk: { S: 'UPLOAD' } },
              UpdateExpression: 'SET #status = :confirmed, #size = :size',
              ConditionExpression: 'attribute_exists(#pk) AND #owner = :owner AND #status = :pending',
              ExpressionAttributeNames: {
                '#pk': 'pk',
                '#status': 'status',
                '#size': 'size',
                '#owner': 'owner',
              },
              ExpressionAttributeValues: {
                ':confirmed': { S: 'confirmed' },
                ':pending': { S: 'pending' },
                ':owner': { S: owner },
                ':size': { N: String(size) },
              },
            }),
          );
        } catch (err) {
          if (!isConditionFailed(err)) throw err;
          await explainUnconfirmable(await getUpload(uploadId), owner, size, err);
        }
      }),
    putDossier: (dossier, idempotencyKey) =>
      guard(what, async () => {
        const code =
          idempotencyKey === null
            ? dossier.code
            : deriveDossierCode(dossier.owner, idempotencyKey, dossier.receivedAt.slice(0, 4));
        const stored: Dossier = { ...dossier, code };
        const keys = {
          pk: `DOSSIER#${code}`,
          sk: 'DOSSIER',
          gsi1pk: `OWNER#${dossier.owner}`,
          gsi1sk: `${dossier.receivedAt}#${code}`,
        };
        try {
          await createOnce(toItem(keys, stored));
          return { created: true, dossier: stored };
        } catch (err) {
          if (!isConditionFailed(err)) throw err;
          const existing = await getDossier(code);
          if (
            idempotencyKey !== null &&
            existing?.owner === dossier.owner &&
            existing.procedureId === dossier.procedureId
          ) {
            return { created: false, dossier: existing };
          }
          throw new ConflictError(
            idempotencyKey === null ? 'dossier.code-taken' : 'idempotency.key-reused',
            idempotencyKey === null
              ? { vi: `Mã hồ sơ ${code} đã được dùng.`, en: `Dossier code ${code} is already taken.` }
              : {
                  vi: 'Khóa chống gửi trùng (Idempotency-Key) này đã được dùng cho một hồ sơ khác.',
                  en: 'This Idempotency-Key was already used for a different submission.',
                },
            { cause: err },
          );
        }
      }),
    listDossiers: (owner) =>
      guard(what, async () => {
        const items = await queryAll(client, {
          TableName: table,
          IndexName: 'gsi1',
          KeyConditionExpression: '#g = :g',
          ExpressionAttributeNames: { '#g': 'gsi1pk' },
          ExpressionAttributeValues: { ':g': { S: `OWNER#${owner}` } },
          ScanIndexForward: false,
        });
        return items.map((item) => fromItem<Dossier>(item));
      }),
  };
}

/** Why a confirm failed: missing, someone else's, or already confirmed (same size = idempotent). */
async function explainUnconfirmable(slot: UploadSlot | null, owner: string, size: number, cause: unknown) {
  if (!slot) {
    throw new NotFoundError('upload.not-found', {
      vi: 'Không tìm thấy tệp tải lên.',
      en: 'The upload was not found.',
    });
  }
  if (slot.owner !== owner) {
    throw new ForbiddenError('upload.not-owner', {
      vi: 'Tệp tải lên này không thuộc về bạn.',
      en: 'This upload does not belong to you.',
    });
  }
  if (slot.status === 'confirmed' && slot.size === size) return;
  throw new ConflictError(
    'upload.already-confirmed',
    { vi: 'Tệp tải lên đã được xác nhận trước đó.', en: 'The upload was already confirmed.' },
    { cause },
  );
}
