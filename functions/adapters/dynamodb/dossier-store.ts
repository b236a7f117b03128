/**
 * DossierStore on DynamoDB: upload slots (`UPLOAD#<id>`) and dossiers (`DOSSIER#<code>`, gsi1 by
 * owner). With an idempotency key the code is derived from owner + key (and the filing year), so a
 * retry lands on the same item and its create-once condition makes the submission idempotent; the
 * item keeps the request's hash (`requestHash`), so the same key with another request is told apart.
 * A dossier that uses no upload is ONE conditional PutItem. One that uses uploads is one
 * TransactWriteItems: the dossier and the consumption of each upload, each conditional — an upload
 * is never taken by two dossiers and a crash leaves nothing half-stored. (A transaction cost the
 * emulator about 3× a PutItem's CPU, and costs DynamoDB twice the write units: issue 11.)
 * Dossiers stored by earlier versions beside an `IDEMPOTENCY#` record are found by their code alike.
 */
import {
  type DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  type TransactWriteItem,
  TransactWriteItemsCommand,
  UpdateItemCommand,
} from '@aws-sdk/client-dynamodb';
import { ConflictError, ForbiddenError, idempotencyKeyReused, NotFoundError } from '../../errors';
import type { Dossier, DossierListEntry, DossierStore, UploadSlot } from '../../ports';
import { guard } from '../guard';
import { deriveDossierCode } from './dossier-code';
import { fromItem, type Item, toItem } from './items';
import { queryAll } from './paginate';
import { cancellationReasons, isConditionFailed } from './sdk-errors';

const what = 'Kho hồ sơ / dossier store';

/** The dossier item's attribute holding the hash of the request that filed it (not part of the dossier). */
const HASH = 'requestHash';

interface StoredDossier {
  dossier: Dossier;
  requestHash: string | null;
}

function readStored(item: Item): StoredDossier {
  const { [HASH]: hash, ...dossier } = fromItem<Dossier & { [HASH]?: string }>(item);
  return { dossier, requestHash: typeof hash === 'string' ? hash : null };
}

/** Creates the store over an injected client and the physical table name. */
export function createDynamoDossierStore(client: DynamoDBClient, table: string): DossierStore {
  const get = async <T>(pk: string, sk: string): Promise<T | null> => {
    const out = await client.send(
      new GetItemCommand({ TableName: table, Key: { pk: { S: pk }, sk: { S: sk } }, ConsistentRead: true }),
    );
    return out.Item ? fromItem<T>(out.Item) : null;
  };
  const getUpload = (id: string) => get<UploadSlot>(`UPLOAD#${id}`, 'UPLOAD');
  const getStored = async (code: string): Promise<StoredDossier | null> => {
    const out = await client.send(
      new GetItemCommand({
        TableName: table,
        Key: { pk: { S: `DOSSIER#${code}` }, sk: { S: 'DOSSIER' } },
        ConsistentRead: true,
      }),
    );
    return out.Item ? readStored(out.Item) : null;
  };
  const getDossier = async (code: string) => (await getStored(code))?.dossier ?? null;

  const createOnce = (item: ReturnType<typeof toItem>) =>
    client.send(new PutItemCommand(createOnceItem(table, item)));

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
    findByIdempotencyKey: (owner, key, year) =>
      guard(what, async () => {
        // The code is derived from owner + key and the filing year: this year's, else last year's.
        for (const filed of [year, String(Number(year) - 1)]) {
          const earlier = await getStored(deriveDossierCode(owner, key, filed));
          if (earlier?.dossier.owner === owner) return earlier;
        }
        return null;
      }),
    putDossier: (dossier, idempotencyKey, claim = {}) =>
      guard(what, async () => {
        const year = dossier.receivedAt.slice(0, 4);
        const code =
          idempotencyKey === null ? dossier.code : deriveDossierCode(dossier.owner, idempotencyKey, year);
        const stored: Dossier = { ...dossier, code };
        /** The answer when the code is taken: the same submission again, or 409. */
        const taken = (existing: StoredDossier | null, cause?: unknown) => {
          if (
            idempotencyKey !== null &&
            existing?.dossier.owner === dossier.owner &&
            existing.dossier.procedureId === dossier.procedureId &&
            (!claim.requestHash || !existing.requestHash || existing.requestHash === claim.requestHash)
          ) {
            return { created: false, dossier: existing.dossier };
          }
          if (idempotencyKey !== null) throw idempotencyKeyReused(cause);
          throw new ConflictError(
            'dossier.code-taken',
            { vi: `Mã hồ sơ ${code} đã được dùng.`, en: `Dossier code ${code} is already taken.` },
            { cause },
          );
        };
        // A retry in the first day of a year may repeat a submission filed last year (another code).
        if (idempotencyKey !== null && dossier.receivedAt.slice(5, 10) === '01-01') {
          const lastYear = deriveDossierCode(dossier.owner, idempotencyKey, String(Number(year) - 1));
          const earlier = await getStored(lastYear);
          if (earlier?.dossier.owner === dossier.owner) return taken(earlier);
        }
        const keys = {
          pk: `DOSSIER#${code}`,
          sk: 'DOSSIER',
          gsi1pk: `OWNER#${dossier.owner}`,
          gsi1sk: `${dossier.receivedAt}#${code}`,
        };
        const item = toItem(keys, { ...stored, ...(claim.requestHash ? { [HASH]: claim.requestHash } : {}) });
        const uploadIds = claim.uploadIds ?? [];
        if (uploadIds.length === 0) {
          // Nothing else to claim: one create-once PutItem, which hands back the item it found.
          try {
            await client.send(
              new PutItemCommand({
                ...createOnceItem(table, item),
                ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
              }),
            );
            return { created: true, dossier: stored };
          } catch (err) {
            if (!isConditionFailed(err)) throw err;
            const found = (err as { Item?: Item }).Item;
            return taken(found ? readStored(found) : await getStored(code), err);
          }
        }
        const items: TransactWriteItem[] = [
          { Put: createOnceItem(table, item) },
          ...uploadIds.map((uploadId) => ({ Update: consumeUpload(table, uploadId, dossier.owner, code) })),
        ];
        try {
          await client.send(new TransactWriteItemsCommand({ TransactItems: items }));
          return { created: true, dossier: stored };
        } catch (err) {
          const reasons = cancellationReasons(err);
          if (!reasons) throw err;
          const codeTaken = reasons[0] !== 'None';
          const consumed = reasons.slice(1).indexOf('ConditionalCheckFailed');
          if (!codeTaken && consumed >= 0) {
            const uploadId = uploadIds[consumed] ?? '';
            throw uploadRefused(uploadId, await getUpload(uploadId), err);
          }
          // The code is taken (or a concurrent retry holds it): is it this same submission?
          const existing = await getStored(code);
          if (!existing && reasons.includes('TransactionConflict')) throw busy(err);
          return taken(existing, err);
        }
      }),
    listDossiers: (owner) =>
      guard(what, async () => {
        const items = await queryAll(client, {
          TableName: table,
          IndexName: 'gsi1',
          KeyConditionExpression: '#g = :g',
          // Only what the list shows: a citizen's answers and documents would be most of every item.
          ProjectionExpression: listFields.map((_, i) => `#f${i}`).join(', '),
          ExpressionAttributeNames: {
            '#g': 'gsi1pk',
            ...Object.fromEntries(listFields.map((field, i) => [`#f${i}`, field])),
          },
          ExpressionAttributeValues: { ':g': { S: `OWNER#${owner}` } },
          ScanIndexForward: false,
        });
        return items.map((item) => fromItem<DossierListEntry>(item));
      }),
  };
}

const listFields: readonly (keyof DossierListEntry)[] = [
  'code',
  'owner',
  'procedureId',
  'procedureVersion',
  'channel',
  'status',
  'receivedAt',
  'dueAt',
];

function createOnceItem(table: string, item: ReturnType<typeof toItem>) {
  return {
    TableName: table,
    Item: item,
    ConditionExpression: 'attribute_not_exists(#pk)',
    ExpressionAttributeNames: { '#pk': 'pk' },
  };
}

/** Marks the upload as taken by the dossier: only the owner's confirmed, not yet used upload. */
function consumeUpload(table: string, uploadId: string, owner: string, code: string) {
  return {
    TableName: table,
    Key: { pk: { S: `UPLOAD#${uploadId}` }, sk: { S: 'UPLOAD' } },
    UpdateExpression: 'SET #consumedBy = :code',
    ConditionExpression:
      'attribute_exists(#pk) AND #owner = :owner AND #status = :confirmed AND attribute_not_exists(#consumedBy)',
    ExpressionAttributeNames: {
      '#pk': 'pk',
      '#owner': 'owner',
      '#status': 'status',
      '#consumedBy': 'consumedBy',
    },
    ExpressionAttributeValues: {
      ':code': { S: code },
      ':owner': { S: owner },
      ':confirmed': { S: 'confirmed' },
    },
  };
}

/** Why an upload could not be taken: already used by a dossier, or not a confirmed upload of this citizen. */
function uploadRefused(uploadId: string, slot: UploadSlot | null, cause: unknown): ConflictError {
  if (slot?.consumedBy === undefined) {
    return new ConflictError(
      'upload.unusable',
      {
        vi: `Tệp tải lên "${uploadId}" không dùng được: không tìm thấy, không thuộc về bạn hoặc chưa được xác nhận.`,
        en: `Upload "${uploadId}" cannot be used: it was not found, is not yours, or has not been confirmed.`,
      },
      { cause },
    );
  }
  return new ConflictError(
    'upload.consumed',
    {
      vi: `Tệp tải lên "${uploadId}" đã được dùng cho một hồ sơ khác; mỗi tệp chỉ dùng cho một hồ sơ. Hãy tải tệp lên lại.`,
      en: `Upload "${uploadId}" was already used for another dossier; each upload serves one dossier. Upload the file again.`,
    },
    { cause },
  );
}

function busy(cause: unknown): ConflictError {
  return new ConflictError(
    'dossier.concurrent',
    {
      vi: 'Hồ sơ này đang được gửi từ một yêu cầu khác cùng lúc; hãy thử lại sau giây lát.',
      en: 'This submission is being stored by another request at the same moment; try again shortly.',
    },
    { cause },
  );
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
