/**
 * DossierStore on DynamoDB: upload slots (`UPLOAD#<id>`), dossiers (`DOSSIER#<code>`, gsi1 by
 * owner) and idempotency records (`IDEMPOTENCY#<owner>#<key>`, holding the request's hash). A
 * submission is one TransactWriteItems: the dossier, its idempotency record and the consumption of
 * every upload it uses, each conditional — so a crash never leaves a dossier without its record or
 * an upload taken by two dossiers. With a key the code is derived from owner + key, so a retry
 * lands on the same item. The citizen's submission rate counter (counters table) can ride in the
 * same transaction: one write fewer per dossier, and a refused dossier never grows it.
 */
import {
  type DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  type TransactWriteItem,
  TransactWriteItemsCommand,
  UpdateItemCommand,
} from '@aws-sdk/client-dynamodb';
import {
  ConflictError,
  CountRefusedError,
  ForbiddenError,
  idempotencyKeyReused,
  NotFoundError,
} from '../../errors';
import type { Dossier, DossierListEntry, DossierStore, UploadSlot } from '../../ports';
import { guard } from '../guard';
import { counterUpdate } from './counter-store';
import { deriveDossierCode } from './dossier-code';
import { fromItem, toItem } from './items';
import { queryAll } from './paginate';
import { cancellationReasons, isConditionFailed } from './sdk-errors';

const what = 'Kho hồ sơ / dossier store';

/** Most attempts of a submission whose only obstacle was a concurrent write of its counter. */
const COUNTER_ATTEMPTS = 3;

/**
 * Creates the store over an injected client and the physical table names (`countersTable`: where
 * a submission's `count` grows, the shared CounterStore's table).
 */
export function createDynamoDossierStore(
  client: DynamoDBClient,
  table: string,
  countersTable?: string,
): DossierStore {
  const get = async <T>(pk: string, sk: string): Promise<T | null> => {
    const out = await client.send(
      new GetItemCommand({ TableName: table, Key: { pk: { S: pk }, sk: { S: sk } }, ConsistentRead: true }),
    );
    return out.Item ? fromItem<T>(out.Item) : null;
  };
  const getUpload = (id: string) => get<UploadSlot>(`UPLOAD#${id}`, 'UPLOAD');
  const getDossier = (code: string) => get<Dossier>(`DOSSIER#${code}`, 'DOSSIER');
  const idempotencyPk = (owner: string, key: string) => `IDEMPOTENCY#${owner}#${key}`;
  const getRecord = (owner: string, key: string) => get<IdempotencyRecord>(idempotencyPk(owner, key), 'KEY');

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
    findByIdempotencyKey: (owner, key) =>
      guard(what, async () => {
        const record = await getRecord(owner, key);
        const dossier = record ? await getDossier(record.dossierCode) : null;
        return record && dossier ? { dossier, requestHash: record.requestHash ?? null } : null;
      }),
    putDossier: (dossier, idempotencyKey, claim = {}) =>
      guard(what, async () => {
        const code =
          idempotencyKey === null
            ? dossier.code
            : deriveDossierCode(dossier.owner, idempotencyKey, dossier.receivedAt.slice(0, 4));
        const stored: Dossier = { ...dossier, code };
        const uploadIds = claim.uploadIds ?? [];
        const keys = {
          pk: `DOSSIER#${code}`,
          sk: 'DOSSIER',
          gsi1pk: `OWNER#${dossier.owner}`,
          gsi1sk: `${dossier.receivedAt}#${code}`,
        };
        const items: TransactWriteItem[] = [{ Put: createOnceItem(table, toItem(keys, stored)) }];
        if (idempotencyKey !== null) {
          const record: IdempotencyRecord = {
            owner: dossier.owner,
            dossierCode: code,
            createdAt: dossier.receivedAt,
            ...(claim.requestHash ? { requestHash: claim.requestHash } : {}),
          };
          items.push({
            Put: createOnceItem(
              table,
              toItem({ pk: idempotencyPk(dossier.owner, idempotencyKey), sk: 'KEY' }, record),
            ),
          });
        }
        const claims = items.length;
        for (const uploadId of uploadIds)
          items.push({ Update: consumeUpload(table, uploadId, dossier.owner, code) });
        // The citizen's counter, last: its refusal outranks every other reason.
        const count = claim.count ? counterUpdate(requireTable(countersTable), claim.count) : undefined;
        if (count === null) throw new CountRefusedError();
        if (count) items.push({ Update: count });
        let refusal: { err: unknown; reasons: string[] } | undefined;
        for (let attempt = 1; !refusal; attempt++) {
          try {
            await client.send(new TransactWriteItemsCommand({ TransactItems: items }));
            return { created: true, dossier: stored };
          } catch (err) {
            const reasons = cancellationReasons(err);
            if (!reasons) throw err;
            const counter = count ? reasons.at(-1) : undefined;
            if (counter === 'ConditionalCheckFailed') throw new CountRefusedError(err);
            // Only the counter was busy (another request of the same citizen, on DynamoDB): again.
            const onlyCounter =
              counter === 'TransactionConflict' && reasons.slice(0, -1).every((r) => r === 'None');
            if (!onlyCounter || attempt >= COUNTER_ATTEMPTS) refusal = { err, reasons };
          }
        }
        const { err, reasons } = refusal;
        const consumed = reasons.slice(claims, claims + uploadIds.length).indexOf('ConditionalCheckFailed');
        const claimed = reasons.slice(0, claims).some((r) => r !== 'None');
        if (!claimed && consumed >= 0) {
          const uploadId = uploadIds[consumed] ?? '';
          throw uploadRefused(uploadId, await getUpload(uploadId), err);
        }
        // The code or the key is taken (or a concurrent retry holds it): is it this same submission?
        const existing = await getDossier(code);
        const record = idempotencyKey === null ? null : await getRecord(dossier.owner, idempotencyKey);
        if (
          idempotencyKey !== null &&
          existing?.owner === dossier.owner &&
          existing.procedureId === dossier.procedureId &&
          (!claim.requestHash || !record?.requestHash || record.requestHash === claim.requestHash)
        ) {
          return { created: false, dossier: existing };
        }
        if (!existing && reasons.includes('TransactionConflict')) throw busy(err);
        if (idempotencyKey !== null) throw idempotencyKeyReused(err);
        throw new ConflictError(
          'dossier.code-taken',
          { vi: `Mã hồ sơ ${code} đã được dùng.`, en: `Dossier code ${code} is already taken.` },
          { cause: err },
        );
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

interface IdempotencyRecord {
  owner: string;
  dossierCode: string;
  /** SHA-256 of the canonical request; absent only for records written without one. */
  requestHash?: string;
  createdAt: string;
}

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

function requireTable(table: string | undefined): string {
  if (!table) throw new Error('createDynamoDossierStore: no counters table for a counted submission');
  return table;
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
