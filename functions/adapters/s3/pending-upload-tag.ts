/**
 * The object tag that marks an upload not yet accepted into a dossier. The presigned PUT makes
 * S3 store it; confirming the upload removes it; the uploads bucket's lifecycle rule (CDK app,
 * infra/lib/constructs/data.ts) expires whatever still carries it, i.e. abandoned uploads.
 */
export const pendingUploadTag = { key: 'upload', value: 'pending' } as const;

/** The tag as the `x-amz-tagging` header wants it (URL query encoding). */
export const pendingUploadTagging = new URLSearchParams({
  [pendingUploadTag.key]: pendingUploadTag.value,
}).toString();
