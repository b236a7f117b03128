/**
 * What each function may touch, in one table: the functions construct turns it into IAM
 * statements and the tests read it back from the synthesized policies, so a grant that is not
 * written here cannot appear in AWS.
 */
import type { TableName } from '../../functions/adapters/dynamodb/tables';
import { INCOMING_PREFIX, KEPT_PREFIX } from '../../functions/use-cases/submissions/upload-keys';

export type FunctionName = 'admin' | 'forms' | 'submissions' | 'publish' | 'publish-worker';
export const functionNames: readonly FunctionName[] = [
  'admin',
  'forms',
  'submissions',
  'publish',
  'publish-worker',
];

/**
 * `append` = write new items and read them back, never update or delete (the audit log).
 * `readAll` = read plus Scan: building a release lists every procedure head across agencies.
 * `readWriteAll` = readWrite plus Scan: publishing also records publish jobs and back-fills the
 * small publication markers it plans releases from (publish-catalog.ts, plan-release.ts).
 * `count` = only UpdateItem: rate-limit and quota counters grow with a conditional ADD, never read.
 */
export type TableAccess = 'read' | 'readAll' | 'readWrite' | 'readWriteAll' | 'append' | 'count';
/**
 * `receive` = where citizens' presigned PUTs land: signing a PUT that carries the `pending` tag
 * (PutObject + PutObjectTagging), head/read to check it, copy it away, delete a bad file.
 */
export type BucketAccess = 'read' | 'readWrite' | 'receive';
export type BucketName = 'catalog' | 'uploads';
/** A level for the whole bucket, or one per key prefix (each prefix gets `<prefix>*` only). */
export type BucketGrant = BucketAccess | Readonly<Record<string, BucketAccess>>;

export interface FunctionAccess {
  tables: Partial<Record<TableName, TableAccess>>;
  buckets: Partial<Record<BucketName, BucketGrant>>;
}

export const functionAccess: Record<FunctionName, FunctionAccess> = {
  // Officers author procedures and every change is audited. Publishing a policy or registry
  // version builds the catalog release like `publish` does (in the request on a small catalog,
  // else a job item the worker runs), so it reads and writes releases too.
  admin: { tables: { procedures: 'readWriteAll', audit: 'append' }, buckets: { catalog: 'readWrite' } },
  // Builds a small release in the request, or records a job for the worker, and writes releases
  // to the catalog bucket.
  publish: { tables: { procedures: 'readWriteAll', audit: 'append' }, buckets: { catalog: 'readWrite' } },
  // Runs large publish jobs (a province's first build) off the procedures table's stream.
  'publish-worker': {
    tables: { procedures: 'readWriteAll', audit: 'append' },
    buckets: { catalog: 'readWrite' },
  },
  // Catalog search and generated forms, prefilled from the citizen's records.
  // Quotes are rate limited per IP / citizen (counters).
  forms: {
    tables: { procedures: 'read', citizens: 'read', counters: 'count' },
    buckets: { catalog: 'read' },
  },
  // Uploads and dossiers: re-validates against the published version and the citizen's records.
  submissions: {
    tables: { procedures: 'read', citizens: 'read', dossiers: 'readWrite', counters: 'count' },
    // Incoming files can be re-PUT by the citizen for 15 minutes; confirmed ones are copied to the
    // kept prefix, which the function may write (the copy) but not delete or tag.
    buckets: { uploads: { [INCOMING_PREFIX]: 'receive', [KEPT_PREFIX]: 'readWrite' } },
  },
};

export const tableActions: Record<TableAccess, string[]> = {
  read: ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query', 'dynamodb:ConditionCheckItem'],
  readAll: [
    'dynamodb:GetItem',
    'dynamodb:BatchGetItem',
    'dynamodb:Query',
    'dynamodb:ConditionCheckItem',
    'dynamodb:Scan',
  ],
  readWrite: [
    'dynamodb:GetItem',
    'dynamodb:BatchGetItem',
    'dynamodb:Query',
    'dynamodb:ConditionCheckItem',
    'dynamodb:PutItem',
    'dynamodb:UpdateItem',
    'dynamodb:DeleteItem',
  ],
  readWriteAll: [
    'dynamodb:GetItem',
    'dynamodb:BatchGetItem',
    'dynamodb:Query',
    'dynamodb:ConditionCheckItem',
    'dynamodb:PutItem',
    'dynamodb:UpdateItem',
    'dynamodb:DeleteItem',
    'dynamodb:Scan',
  ],
  append: ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:PutItem'],
  count: ['dynamodb:UpdateItem'],
};

export const bucketObjectActions: Record<BucketAccess, string[]> = {
  read: ['s3:GetObject'],
  readWrite: ['s3:GetObject', 's3:PutObject'],
  // Copying (CopyObject) is GetObject on the source and PutObject on the destination; the copy
  // replaces the source's tags with none, so the kept prefix needs no tagging permission.
  receive: ['s3:GetObject', 's3:PutObject', 's3:PutObjectTagging', 's3:DeleteObject'],
};
