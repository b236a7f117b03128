/**
 * fast-check over every operation of the API: known and hostile path parameters (traversal,
 * huge, control characters), random queries, headers and bodies (valid ones mutated, arbitrary
 * JSON, malformed text, definitions and answers nested thousands of levels deep), as anonymous,
 * with a garbage token, or as any identity of the matrix. Each request must answer below 500, and
 * a rejected write must leave the stored state exactly as it was.
 */
import fc from 'fast-check';
import { sampleProcedure } from '../../admin/sample-procedure';
import { call } from '../../submissions/fixtures/http';
import { TRICH_LUC_ID } from '../../submissions/fixtures/trich-luc-procedure';
import { type HostileEnv, identities, validSubmission } from './hostile-env';
import { fill, knownValues, type Operation, operations, parameters } from './routes';

export interface FuzzReport {
  tried: number;
  serverErrors: string[];
  stateChanges: string[];
  byStatus: Record<number, number>;
}

const deep = (levels: number, leaf = '1') => `${'{"a":'.repeat(levels)}${leaf}${'}'.repeat(levels)}`;

function hostileParam(env: HostileEnv): fc.Arbitrary<string> {
  return fc.oneof(
    fc.constantFrom(
      `zzz/../${env.known.releaseId}`,
      '../../releases/current',
      '..',
      '.',
      'A'.repeat(3000),
      '\u0000',
      '-1',
      '0',
      '1e3',
      '999999999',
      ' ',
      '<script>alert(1)</script>',
      'HS-2026-00000000000',
      'ö',
    ),
    fc.string({ maxLength: 40 }),
    fc.string({ unit: 'grapheme', maxLength: 20 }),
  );
}

function validBody(op: Operation, env: HostileEnv): unknown {
  switch (`${op.method} ${op.template}`) {
    case 'POST /api/admin/procedures':
      return { definition: sampleProcedure({ id: `fuzz-${Math.floor(Math.random() * 1e9)}` }) };
    case 'PUT /api/admin/procedures/{id}/versions/{version}':
      return { definition: sampleProcedure({ id: env.known.draftX }), revision: 1 };
    case 'POST /api/forms/{procedureId}/quote':
      return { channel: 'online', answers: { soBanSao: 2 } };
    case 'POST /api/uploads':
      return {
        procedureId: TRICH_LUC_ID,
        document: 'giay-chung-sinh',
        contentType: 'application/pdf',
        size: 2048,
      };
    case 'POST /api/submissions':
      return validSubmission(env.citizenA.name);
    case 'POST /dev-idp/officers/sign-in':
      return { username: 'author.saigon' };
    case 'POST /dev-idp/vneid/sign-in':
      return { personalId: '079088004321' };
    default:
      return {};
  }
}

/** A body as raw text: valid, mutated, arbitrary, malformed, or deep. */
function bodyText(op: Operation, env: HostileEnv): fc.Arbitrary<string | undefined> {
  const valid = JSON.stringify(validBody(op, env));
  return fc.oneof(
    { weight: 3, arbitrary: fc.constant(valid) },
    {
      weight: 3,
      arbitrary: fc
        .tuple(
          fc.constantFrom(...Object.keys(JSON.parse(valid) as object), 'extra'),
          fc.jsonValue({ maxDepth: 3 }),
        )
        .map(([key, value]) => JSON.stringify({ ...(JSON.parse(valid) as object), [key]: value })),
    },
    { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)) },
    { weight: 1, arbitrary: fc.constantFrom(undefined, '', '{', '[]', 'null', '"x"', '{"a":}', '\u0000') },
    {
      weight: 2,
      arbitrary: fc
        .constantFrom(40, 3000, 4500)
        .chain((levels) =>
          fc.constantFrom(
            deep(levels),
            `{"definition":{"form":{"schema":${deep(levels)}}}}`,
            `{"procedureId":"${TRICH_LUC_ID}","channel":"online","answers":${deep(levels)}}`,
            `{"channel":"online","answers":${deep(levels)}}`,
          ),
        ),
    },
  );
}

interface FuzzRequest {
  op: Operation;
  identity: string;
  params: Record<string, string>;
  query: string;
  body: string | undefined;
  headers: Record<string, string>;
}

function request(env: HostileEnv): fc.Arbitrary<FuzzRequest> {
  return fc.constantFrom(...operations()).chain((op) => {
    const known = knownValues(op, env);
    const params = fc.record(
      Object.fromEntries(
        parameters(op.template).map((name) => [
          name,
          fc.oneof(
            { weight: 3, arbitrary: fc.constant(known[name] ?? '') },
            { weight: 2, arbitrary: hostileParam(env) },
          ),
        ]),
      ),
    ) as fc.Arbitrary<Record<string, string>>;
    const query = fc
      .dictionary(
        fc.constantFrom(
          'q',
          'status',
          'agency',
          'from',
          'to',
          'channel',
          'date',
          'field',
          'level',
          'onlineLevel',
        ),
        fc.oneof(
          fc.string({ maxLength: 12 }),
          fc.constantFrom('1', '2', 'draft', 'online', '2026-02-30', 'A'.repeat(2000)),
        ),
        { maxKeys: 3 },
      )
      .map((q) => (Object.keys(q).length ? `?${new URLSearchParams(q)}` : ''));
    const headers = fc.record(
      {
        'if-match': fc.constantFrom('"1"', '"2"', '"0"', '*', 'W/"1"', 'garbage'),
        'idempotency-key': fc.oneof(fc.constant('fuzz-key-0001'), fc.string({ maxLength: 140 })),
        'content-type': fc.constantFrom(
          'application/json',
          'text/plain',
          'application/x-www-form-urlencoded',
        ),
      },
      { requiredKeys: [] },
    );
    return fc.record({
      op: fc.constant(op),
      identity: fc.constantFrom(...identities, 'garbage'),
      params,
      query,
      body: op.method === 'GET' ? fc.constant(undefined) : bodyText(op, env),
      headers,
    });
  });
}

/**
 * Sends `runs` generated requests one after another; a rejected write is checked against the
 * stored state every `stateEvery` times (1 = always).
 */
export async function fuzzRoutes(
  env: HostileEnv,
  options: { runs: number; seed?: number; stateEvery?: number },
): Promise<FuzzReport> {
  const report: FuzzReport = { tried: 0, serverErrors: [], stateChanges: [], byStatus: {} };
  let rejectedWrites = 0;
  await fc.assert(
    fc.asyncProperty(request(env), async (r) => {
      const path = fill(r.op.template, r.params) + r.query;
      const token =
        r.identity === 'garbage'
          ? 'eyJhbGciOiJub25lIn0.e30.'
          : (env.tokens[r.identity as keyof typeof env.tokens] ?? undefined);
      const isWrite = r.op.method !== 'GET';
      const check = isWrite && rejectedWrites % (options.stateEvery ?? 1) === 0;
      const before = check ? await env.fingerprint() : '';
      const reply = await call(env.app, r.op.method, path, {
        token,
        rawBody: r.body,
        headers: r.headers,
      }).catch((error: unknown) => ({ status: 599, body: { error: String(error) } }) as const);
      report.tried += 1;
      report.byStatus[reply.status] = (report.byStatus[reply.status] ?? 0) + 1;
      const described = `${r.op.method} ${path.slice(0, 160)} as ${r.identity} → ${reply.status} ${JSON.stringify(reply.body).slice(0, 200)}`;
      if (reply.status >= 500) report.serverErrors.push(described);
      if (isWrite && reply.status >= 400) {
        if (check && (await env.fingerprint()) !== before) report.stateChanges.push(described);
        rejectedWrites += 1;
      }
      return true;
    }),
    { numRuns: options.runs, seed: options.seed, endOnFailure: true },
  );
  return report;
}
