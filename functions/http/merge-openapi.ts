/**
 * `/openapi.json`: one OpenAPI 3.1 document merged from each app's `openapi` export
 * (`functions/apps/<name>/openapi.ts` → `{ paths, components?: { schemas? } }`), plus the
 * platform's own routes (health, development IdP) and the shared security schemes.
 */
/** The shape every app exports. */
export interface OpenApiPart {
  paths: Record<string, unknown>;
  components?: { schemas?: Record<string, unknown> };
}

export const platformOpenApi: OpenApiPart = {
  paths: {
    '/health': {
      get: {
        tags: ['platform'],
        summary: 'Ready check',
        responses: { 200: { description: '{ status: "ok" }' } },
      },
    },
    '/dev-idp/.well-known/jwks.json': {
      get: {
        tags: ['dev-idp'],
        summary: 'Public keys of the development IdP (local mode only)',
        responses: { 200: { description: 'JWKS' } },
      },
    },
    '/dev-idp/officers/sign-in': {
      post: {
        tags: ['dev-idp'],
        summary: 'Sign in a demo officer (local mode only): { username } → { token, principal }',
        responses: {
          200: { description: '{ token, principal }' },
          401: { description: 'Unknown demo officer' },
        },
      },
    },
    '/dev-idp/vneid/sign-in': {
      post: {
        tags: ['dev-idp'],
        summary:
          'Sign in a demo citizen (VNeID stand-in, local mode only): { personalId } → { token, principal }',
        responses: {
          200: { description: '{ token, principal }' },
          401: { description: 'Unknown demo citizen' },
        },
      },
    },
  },
};

/** Merges parts; a path or schema defined twice with different content is a programming error. */
export function mergeOpenApi(parts: readonly OpenApiPart[]): Record<string, unknown> {
  const paths: Record<string, unknown> = {};
  const schemas: Record<string, unknown> = {};
  for (const part of parts) {
    for (const [path, item] of Object.entries(part.paths)) {
      paths[path] = { ...(paths[path] as object | undefined), ...(item as object) };
    }
    for (const [name, schema] of Object.entries(part.components?.schemas ?? {})) {
      if (name in schemas && JSON.stringify(schemas[name]) !== JSON.stringify(schema)) {
        throw new Error(`OpenAPI schema "${name}" is defined differently by two apps`);
      }
      schemas[name] = schema;
    }
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'TTHC catalog API',
      version: '0.1.0',
      description:
        'Danh mục thủ tục hành chính và biểu mẫu điện tử / Catalog of administrative procedures and e-forms',
    },
    paths,
    components: {
      schemas,
      securitySchemes: {
        officer: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description: 'Cognito (AWS) or the dev IdP',
        },
        citizen: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description: 'VNeID (or its local stand-in)',
        },
      },
    },
  };
}
