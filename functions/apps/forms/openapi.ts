/** OpenAPI paths of the forms app, merged into `/openapi.json` by the combined app. */
const problem = { description: 'Problem details (RFC 9457) with `code` and `messages: { vi, en }`' };
const json = (description: string) => ({
  description,
  content: { 'application/json': { schema: { type: 'object' } } },
});
const procedureId = { name: 'procedureId', in: 'path', required: true, schema: { type: 'string' } };
const channel = {
  name: 'channel',
  in: 'query',
  schema: { type: 'string', enum: ['online', 'in-person', 'postal'], default: 'online' },
};

export const openapi = {
  paths: {
    '/api/catalog': {
      get: {
        tags: ['portal'],
        summary: 'Search the current catalog release (accent-insensitive `q`), one page at a time',
        description:
          'Matches every word of `q` in code, names, keywords, agency and field, with or without diacritics; ranked with matches in the name first (whole phrase before scattered words, shorter names first), index order without `q`. Items are list entries (names, field, level, agency, online level, fees of today per channel with `zeroOnline` and `free`); the detail is at `/api/catalog/procedures/{id}`. Answers are gzip- or deflate-compressed when the client sends `Accept-Encoding`.',
        parameters: [
          ...['q', 'field', 'level', 'agency', 'onlineLevel'].map((name) => ({
            name,
            in: 'query',
            schema: { type: 'string', maxLength: 200 },
          })),
          { name: 'zeroFeeOnline', in: 'query', schema: { type: 'string', enum: ['true', 'false'] } },
          {
            name: 'ids',
            in: 'query',
            description: 'Comma-separated procedure ids (at most 100): only these',
            schema: { type: 'string' },
          },
          { name: 'page', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 10000, default: 1 } },
          {
            name: 'pageSize',
            in: 'query',
            schema: { type: 'integer', minimum: 1, maximum: 100, default: 20 },
          },
        ],
        responses: {
          200: json('{ releaseId, total, page, pageSize, items }'),
          400: problem,
          503: problem,
        },
      },
    },
    '/api/catalog/procedures/{id}': {
      get: {
        tags: ['portal'],
        summary: 'Detail of one procedure in the current release',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: { 200: json('{ releaseId, procedure }'), 404: problem, 503: problem },
      },
    },
    '/api/forms/{procedureId}': {
      get: {
        tags: ['forms'],
        summary: 'Generated form of the published version; prefilled when a citizen token is sent',
        security: [{}, { citizen: [] }],
        parameters: [
          procedureId,
          channel,
          { name: 'date', in: 'query', schema: { type: 'string', format: 'date' } },
        ],
        responses: {
          200: json('GeneratedForm with procedure, channel, date'),
          400: problem,
          401: problem,
          404: problem,
        },
      },
    },
    '/api/forms/{procedureId}/quote': {
      post: {
        tags: ['forms'],
        summary:
          'Fee quote and applicable documents for answers on a channel; with a citizen token, each document says whether the state already holds it (read server-side)',
        description:
          'Documents carry `status` (`upload`, `reused` with `source` and `record`, `fetch-by-agency`, `present`, `form`) and a bilingual `hint`. Responses for a signed-in citizen are `Cache-Control: private, no-store`.',
        security: [{}, { citizen: [] }],
        parameters: [procedureId],
        requestBody: {
          content: {
            'application/json': {
              schema: {
                type: 'object',
                properties: {
                  answers: { type: 'object' },
                  channel: { type: 'string' },
                  date: { type: 'string', format: 'date' },
                },
              },
            },
          },
        },
        responses: {
          200: json('FeeQuote & { documents: DocumentStatus[] }'),
          400: problem,
          401: problem,
          404: problem,
          413: problem,
        },
      },
    },
  },
};
