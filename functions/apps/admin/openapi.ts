/**
 * OpenAPI paths of the admin API, merged by the local app into `/openapi.json`. Kept beside the
 * routes so a route and its description change together.
 */
const problem = { $ref: '#/components/schemas/Problem' };
const errors = (...codes: number[]) =>
  Object.fromEntries(
    codes.map((code) => [
      String(code),
      { description: statusText[code], content: { 'application/problem+json': { schema: problem } } },
    ]),
  );
const statusText: Record<number, string> = {
  400: 'Malformed JSON or parameters',
  401: 'Not signed in',
  403: 'Wrong agency or role',
  404: 'Unknown procedure or version',
  409: 'Stale revision, wrong status, or published (immutable)',
  413: 'Body too large',
  422: 'The definition fails the format or its checks',
  428: 'If-Match (or body revision) missing',
  503: 'Storage unavailable; nothing was half-written',
};
const json = (schema: unknown) => ({ content: { 'application/json': { schema } } });
const id = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };
const version = { name: 'version', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } };
const ifMatch = {
  name: 'If-Match',
  in: 'header',
  required: false,
  schema: { type: 'string', example: '"3"' },
};
const versionReply = {
  description: 'The version (ETag: "<revision>")',
  ...json({ $ref: '#/components/schemas/ProcedureVersion' }),
};
const action = (summary: string, role: string, extra: Record<string, unknown> = {}) => ({
  post: {
    tags: ['admin'],
    summary: `${summary} (role: ${role})`,
    parameters: [id, version, ifMatch],
    ...extra,
    responses: { 200: versionReply, ...errors(401, 403, 404, 409, 503) },
  },
});

export const openapi = {
  paths: {
    '/api/admin/procedures': {
      get: {
        tags: ['admin'],
        summary:
          "List the officer's agency's procedures — every agency's for the national reader (role: reader, read-only) — (q: accent-insensitive search over code, names, keywords)",
        parameters: ['agency', 'field', 'level', 'onlineLevel', 'status', 'q'].map((name) => ({
          name,
          in: 'query',
          required: false,
          schema: { type: 'string' },
        })),
        responses: {
          200: { description: 'Procedure heads', ...json({ type: 'object' }) },
          ...errors(400, 401, 403),
        },
      },
      post: {
        tags: ['admin'],
        summary: 'Create a procedure as draft version 1 (role: author; agency must be your own)',
        requestBody: {
          required: true,
          ...json({
            type: 'object',
            required: ['definition'],
            properties: { definition: { type: 'object' } },
          }),
        },
        responses: { 201: versionReply, ...errors(400, 401, 403, 409, 413, 422, 503) },
      },
    },
    '/api/admin/templates': {
      get: {
        tags: ['admin'],
        summary:
          'What a new procedure may be copied from: your agency’s procedures and every published one (role: author)',
        responses: {
          200: { description: 'Template summaries', ...json({ type: 'object' }) },
          ...errors(401, 403),
        },
      },
    },
    '/api/admin/templates/{id}': {
      get: {
        tags: ['admin'],
        summary: 'The definition to copy (your latest version, or another agency’s published one)',
        parameters: [id],
        responses: {
          200: { description: 'Template definition', ...json({ type: 'object' }) },
          ...errors(401, 403, 404),
        },
      },
    },
    '/api/admin/procedures/{id}': {
      get: {
        tags: ['admin'],
        summary: 'Head and version summaries (state "superseded" for replaced published versions)',
        parameters: [id],
        responses: {
          200: { description: 'Head and versions', ...json({ type: 'object' }) },
          ...errors(401, 403, 404),
        },
      },
    },
    '/api/admin/procedures/{id}/versions': {
      post: {
        tags: ['admin'],
        summary: 'Start the next version as a draft copy of the latest published one (role: author)',
        parameters: [id],
        responses: { 201: versionReply, ...errors(401, 403, 404, 409, 503) },
      },
    },
    '/api/admin/procedures/{id}/versions/{version}': {
      get: {
        tags: ['admin'],
        summary: 'One version',
        parameters: [id, version],
        responses: { 200: versionReply, ...errors(401, 403, 404) },
      },
      put: {
        tags: ['admin'],
        summary: 'Save a draft (role: author; If-Match or body revision required)',
        parameters: [id, version, ifMatch],
        requestBody: {
          required: true,
          ...json({
            type: 'object',
            required: ['definition'],
            properties: { definition: { type: 'object' }, revision: { type: 'integer' } },
          }),
        },
        responses: { 200: versionReply, ...errors(400, 401, 403, 404, 409, 413, 422, 428, 503) },
      },
    },
    '/api/admin/procedures/{id}/versions/{version}/validate': {
      post: {
        tags: ['admin'],
        summary: 'Format, semantic checks and embedded test cases → { valid, problems, tests }',
        parameters: [id, version],
        responses: { 200: { description: 'Report', ...json({ type: 'object' }) }, ...errors(401, 403, 404) },
      },
    },
    '/api/admin/procedures/{id}/versions/{version}/submit': action(
      'Submit a draft for review; it must validate clean (422 otherwise)',
      'author',
    ),
    '/api/admin/procedures/{id}/versions/{version}/approve': action(
      'Approve a version in review; the submitter cannot approve it (403 review.own-submission)',
      'approver',
      {
        requestBody: {
          required: false,
          ...json({ type: 'object', properties: { comment: { type: 'string' } } }),
        },
      },
    ),
    '/api/admin/procedures/{id}/versions/{version}/send-back': action(
      'Send a version back to draft with a comment',
      'approver',
      {
        requestBody: {
          required: true,
          ...json({ type: 'object', required: ['comment'], properties: { comment: { type: 'string' } } }),
        },
      },
    ),
    '/api/admin/procedures/{id}/versions/{version}/publish': action(
      'Publish an approved version (the previous one is superseded)',
      'publisher',
    ),
    '/api/admin/procedures/{id}/retire': {
      post: {
        tags: ['admin'],
        summary: 'Retire the published version (role: publisher)',
        parameters: [id],
        requestBody: {
          required: false,
          ...json({ type: 'object', properties: { reason: { type: 'string' } } }),
        },
        responses: { 200: versionReply, ...errors(401, 403, 404, 409, 503) },
      },
    },
    '/api/admin/procedures/{id}/diff': {
      get: {
        tags: ['admin'],
        summary: 'Changes by JSON pointer and a unified diff between two versions',
        parameters: [
          id,
          ...['from', 'to'].map((name) => ({
            name,
            in: 'query',
            required: true,
            schema: { type: 'integer' },
          })),
        ],
        responses: {
          200: { description: 'Diff', ...json({ type: 'object' }) },
          ...errors(400, 401, 403, 404),
        },
      },
    },
    '/api/admin/procedures/{id}/audit': {
      get: {
        tags: ['admin'],
        summary: 'Append-only audit entries of the procedure (who, when, what)',
        parameters: [id],
        responses: { 200: { description: 'Entries', ...json({ type: 'object' }) }, ...errors(401, 403, 404) },
      },
    },
  },
  components: {
    schemas: {
      Problem: {
        type: 'object',
        required: ['type', 'title', 'status', 'code', 'detail', 'messages'],
        properties: {
          type: { type: 'string' },
          title: { type: 'string' },
          status: { type: 'integer' },
          code: { type: 'string' },
          detail: { type: 'string' },
          messages: { type: 'object', properties: { vi: { type: 'string' }, en: { type: 'string' } } },
          errors: { type: 'array', items: { type: 'object' } },
        },
      },
      ProcedureVersion: {
        type: 'object',
        properties: {
          procedureId: { type: 'string' },
          version: { type: 'integer' },
          status: { type: 'string', enum: ['draft', 'in-review', 'approved', 'published', 'retired'] },
          state: {
            type: 'string',
            enum: ['draft', 'in-review', 'approved', 'published', 'retired', 'superseded'],
          },
          revision: { type: 'integer' },
          definition: { type: 'object' },
          head: { type: 'object' },
        },
      },
    },
  },
};
