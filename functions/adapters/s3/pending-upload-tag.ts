/**
 * The object tag that marks an incoming upload. The presigned PUT makes S3 store it; confirming
 * copies the file to a kept key WITHOUT it; the uploads bucket's lifecycle rule (CDK app,
 * infra/lib/constructs/data.ts) expires whatever carries it, i.e. every incoming object.
 */
export const pendingUploadTag = { key: 'upload', value: 'pending' } as const;

/** The tag as the `x-amz-tagging` header wants it (URL query encoding). */
export const pendingUploadTagging = new URLSearchParams({
  [pendingUploadTag.key]: pendingUploadTag.value,
}).toString();
