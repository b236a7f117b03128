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
        summary: 'Search the current catalog release (accent-insensitive `q`)',
        parameters: ['q', 'field', 'level', 'agency', 'onlineLevel', 'zeroFeeOnline'].map((name) => ({
          name,
          in: 'query',
          schema: { type: 'string' },
        })),
        responses: { 200: json('{ releaseId, total, items }'), 400: problem, 503: problem },
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
