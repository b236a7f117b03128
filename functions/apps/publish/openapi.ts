/** OpenAPI paths of the publish API, merged by the local app into `/openapi.json`. */
const problem = {
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
};
const manifest = {
  content: { 'application/json': { schema: { $ref: '#/components/schemas/ReleaseManifest' } } },
};

export const openapi = {
  paths: {
    '/api/publish/releases': {
      post: {
        tags: ['publish'],
        summary:
          'Build a catalog release from all published versions and make it current (role: publisher of any agency). ' +
          'Only procedures whose published version changed are rebuilt; each file is stored once as objects/<sha256>.<ext> and the release is ' +
          'its manifest releases/<id>/manifest.json (path → key, bytes, sha256); the pointer is switched last. The pointer moves only from the release the ' +
          'build was planned from (a lost race plans again; 409 release.moved after 3). A build of more than a few ' +
          'dozen procedures answers 202 with a job to poll at /api/publish/jobs/{jobId}.',
        responses: {
          200: { description: 'Nothing changed since the current release ({ changed: false, release })' },
          201: { description: 'A new release is current ({ changed: true, release, stats })' },
          202: {
            description: 'A large build started as a job ({ job }); Location: /api/publish/jobs/{jobId}',
          },
          401: { description: 'Not signed in', ...problem },
          403: { description: 'Not a publisher', ...problem },
          409: {
            description:
              'Other publishes or rollbacks kept moving the current release while this one was built (release.moved); reload and retry',
            ...problem,
          },
          503: { description: 'Storage failed; the previous release is still current', ...problem },
        },
      },
      get: {
        tags: ['publish'],
        summary:
          'A page of release summaries, newest first from the current release (id, created, by whom, counts, ' +
          'procedures added/removed/changed against the release before, current flag) — never whole manifests',
        parameters: [
          {
            name: 'limit',
            in: 'query',
            required: false,
            schema: { type: 'integer', minimum: 1, maximum: 50 },
          },
          {
            name: 'after',
            in: 'query',
            required: false,
            description: 'The `next` of the previous page: list the releases older than this one',
            schema: { type: 'string' },
          },
        ],
        responses: {
          200: { description: '{ current, releases: ReleaseSummary[], count, next }' },
          400: { description: 'Invalid limit', ...problem },
          401: { description: 'Not signed in', ...problem },
          404: { description: 'Unknown `after` release', ...problem },
        },
      },
    },
    '/api/publish/jobs/{jobId}': {
      get: {
        tags: ['publish'],
        summary:
          'A publish job: status (running, succeeded, failed), done/total procedures, releaseId or error {vi, en}',
        parameters: [{ name: 'jobId', in: 'path', required: true, schema: { type: 'string' } }],
        responses: {
          200: { description: '{ jobId, status, done, total, releaseId?, error? }' },
          404: { description: 'Unknown job', ...problem },
        },
      },
    },
    '/api/publish/releases/current': {
      get: {
        tags: ['publish'],
        summary:
          'The current-release pointer and the summary of its release (id, created, by whom, counts, changes against the one before) — not its manifest',
        responses: {
          200: {
            description: '{ current: { releaseId, publishedAt, digest, revision }, release: ReleaseSummary }',
          },
          404: { description: 'Nothing published yet', ...problem },
        },
      },
    },
    '/api/publish/releases/current/procedures/{procedureId}': {
      get: {
        tags: ['publish'],
        summary: 'The version of one procedure the current release holds, with its files in the release',
        parameters: [{ name: 'procedureId', in: 'path', required: true, schema: { type: 'string' } }],
        responses: {
          200: { description: '{ releaseId, procedure: { id, version, scheduled?, files } }' },
          404: {
            description:
              'Nothing published yet (release.none) or not in the current release (release.procedure-absent)',
            ...problem,
          },
        },
      },
    },
    '/api/publish/releases/{releaseId}': {
      get: {
        tags: ['publish'],
        summary: 'The manifest of one release',
        parameters: [{ name: 'releaseId', in: 'path', required: true, schema: { type: 'string' } }],
        responses: {
          200: { description: 'Manifest', ...manifest },
          404: { description: 'Unknown release', ...problem },
        },
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
      ReleaseManifest: {
        type: 'object',
        properties: {
          releaseId: { type: 'string' },
          createdAt: { type: 'string', format: 'date-time' },
          createdBy: { type: 'string' },
          digest: { type: 'string', description: 'sha256 over every file path and its sha256' },
          feesAsOf: { type: 'string', format: 'date' },
          previous: { type: ['string', 'null'] },
          procedures: { type: 'array', items: { type: 'object' } },
          files: { type: 'array', items: { type: 'object' } },
        },
      },
    },
  },
};
