/** OpenAPI paths of the submissions app, merged into `/openapi.json` by the combined app. */
const problem = { description: 'Problem details (RFC 9457) with `code` and `messages: { vi, en }`' };
const json = (description: string) => ({
  description,
  content: { 'application/json': { schema: { type: 'object' } } },
});
const citizen = [{ citizen: [] }];
const code = { name: 'code', in: 'path', required: true, schema: { type: 'string' } };

export const openapi = {
  paths: {
    '/api/uploads': {
      post: {
        tags: ['submissions'],
        summary: 'Create an upload slot and a presigned PUT for one document file',
        description:
          'PUT the file to `upload.url` with every header in `upload.headers` (they are signed, ' +
          'including `x-amz-tagging: upload=pending`, which lets storage expire unconfirmed files).',
        security: citizen,
        requestBody: {
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['procedureId', 'document', 'contentType', 'size'],
                properties: {
                  procedureId: { type: 'string' },
                  document: { type: 'string' },
                  contentType: { type: 'string' },
                  size: { type: 'integer', minimum: 1 },
                },
              },
            },
          },
        },
        responses: {
          201: json('{ uploadId, upload: { url, method, headers }, expiresAt }'),
          400: problem,
          401: problem,
          404: problem,
          413: problem,
          422: problem,
        },
      },
    },
    '/api/uploads/{id}/confirm': {
      post: {
        tags: ['submissions'],
        summary: 'Check the stored file (size, type by magic bytes, owner) and accept it',
        description:
          'An accepted file is copied to a key the presigned URL cannot write; dossiers reference only ' +
          'that copy, so a later PUT to the URL changes nothing. 409 `upload.changed` if the file was ' +
          're-uploaded during the check (confirm again).',
        security: citizen,
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: {
          200: json('{ uploadId, document, contentType, size, status }'),
          401: problem,
          404: problem,
          409: problem,
          422: problem,
        },
      },
    },
    '/api/submissions': {
      post: {
        tags: ['submissions'],
        summary: 'Submit a dossier (idempotent by the Idempotency-Key header)',
        security: citizen,
        parameters: [
          {
            name: 'Idempotency-Key',
            in: 'header',
            required: true,
            schema: { type: 'string', minLength: 8, maxLength: 128 },
          },
        ],
        requestBody: {
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['procedureId', 'channel', 'answers'],
                properties: {
                  procedureId: { type: 'string' },
                  channel: { type: 'string' },
                  answers: { type: 'object' },
                  uploads: { type: 'array', maxItems: 50, items: { type: 'string' } },
                },
              },
            },
          },
        },
        responses: {
          201: json('{ code, created: true, receipt }'),
          200: json('{ code, created: false, receipt } (a retry)'),
          400: problem,
          401: problem,
          404: problem,
          413: problem,
          422: problem,
          503: problem,
        },
      },
    },
    '/api/dossiers': {
      get: {
        tags: ['submissions'],
        summary: "The citizen's own dossiers",
        security: citizen,
        responses: { 200: json('{ items }'), 401: problem },
      },
    },
    '/api/dossiers/{code}': {
      get: {
        tags: ['submissions'],
        summary: 'One own dossier (others answer 404)',
        security: citizen,
        parameters: [code],
        responses: { 200: json('Dossier'), 401: problem, 404: problem },
      },
    },
    '/api/dossiers/{code}/receipt': {
      get: {
        tags: ['submissions'],
        summary: 'Receipt of an own dossier',
        security: citizen,
        parameters: [code],
        responses: { 200: json('Receipt'), 401: problem, 404: problem },
      },
    },
  },
};
