/**
 * `npm run bench:lambda`: what each Lambda function needs, measured on the bundles CDK would upload.
 * Synthesizes the app, starts the local product (DynamoDB Local + s3rver, seeded and published) as
 * the storage and identity provider, then runs each function's bundle in its own fresh Node
 * process the way Lambda does — one invocation at a time, API Gateway v2 events, real tokens
 * checked against the dev IdP's JWKS over HTTP — and reports per route the duration and CPU time
 * of an invocation (median, max) and the process's peak resident memory (init, and after all).
 * The figures the stack's memory and timeout are sized from (infra/lib/constructs/function-sizing.ts).
 *
 * BENCH_INVOCATIONS (default 100) per route; the publish route runs 3 times (a whole catalog).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { envNames } from '../../../functions/config/env-names';
import { devIssuers } from '../../../functions/config/load-config';
import { localEnv } from '../../../functions/local/local-env';
import { synthLambdaAssets } from '../../../infra/scripts/lambda-assets';
import { freePort, startChild } from './processes';
import { CITIZEN, PROCEDURE } from './routes';

const root = resolve(import.meta.dirname, '..', '..', '..');
const invocations = Number(process.env.BENCH_INVOCATIONS ?? 100);

interface Invocation {
  route: string;
  method: 'GET' | 'POST';
  path: string;
  token?: string;
  /** `$i` in a string is replaced by the invocation's number (unique idempotency keys). */
  body?: unknown;
  headers?: Record<string, string>;
  times?: number;
}

/** Runs in the function's process: require the bundle, invoke each route in turn, print JSON. */
const driver = `
const t0 = performance.now(), c0 = process.cpuUsage();
const { handler } = require(process.argv[1]);
const cpuMs = (c) => (c.user + c.system) / 1000;
// Peak resident memory of this process since exec (resourceUsage().maxRSS inherits the parent's at fork).
const hwmMb = () => Number(/VmHWM:\\s+(\\d+)/.exec(require('node:fs').readFileSync('/proc/self/status', 'utf8'))[1]) / 1024;
const out = { initMs: performance.now() - t0, initCpuMs: cpuMs(process.cpuUsage(c0)), initRssMb: hwmMb(), routes: [] };
const calls = JSON.parse(process.env.SIZING_CALLS);
(async () => {
  for (const call of calls) {
    const ms = [], cpu = [], statuses = {};
    for (let i = 0; i < call.times; i++) {
      const [path, query = ''] = call.path.split('?');
      const body = call.body === undefined ? undefined : JSON.stringify(call.body).replaceAll('$i', String(i));
      const headers = { host: 'api.example', 'content-type': 'application/json', ...(call.token ? { authorization: 'Bearer ' + call.token } : {}), ...(call.headers ?? {}) };
      for (const [k, v] of Object.entries(headers)) headers[k] = v.replaceAll('$i', String(i));
      const event = { version: '2.0', routeKey: '$default', rawPath: path, rawQueryString: query, headers, body, isBase64Encoded: false,
        requestContext: { http: { method: call.method, path, protocol: 'HTTP/1.1', sourceIp: '203.0.113.' + (i % 250), userAgent: 'sizing' }, requestId: 'r' + i, stage: '$default', timeEpoch: Date.now() } };
      const s = performance.now(), c = process.cpuUsage();
      const res = await handler(event, {});
      ms.push(performance.now() - s); cpu.push(cpuMs(process.cpuUsage(c)));
      statuses[res.statusCode] = (statuses[res.statusCode] ?? 0) + 1;
      if (res.statusCode >= 400 && !call.firstError) call.firstError = String(res.body).slice(0, 200);
    }
    out.routes.push({ route: call.route, ms, cpu, statuses, firstError: call.firstError, rssMb: hwmMb() });
  }
  console.log(JSON.stringify(out));
})().catch((e) => { console.error(e); process.exit(1); });
`;

async function signIn(base: string, path: string, body: object): Promise<string> {
  const res = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`sign-in ${path}: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { token: string }).token;
}

function callsOf(name: string, tokens: { citizen: string; author: string; publisher: string }): Invocation[] {
  const answers = {
    nguoiYeuCau: {
      hoTen: 'Trần Văn Minh',
      soDinhDanh: CITIZEN,
      ngaySinh: '1988-09-30',
      noiCuTru: '45 Pasteur, phường Sài Gòn, TP. Hồ Chí Minh',
      soDienThoai: '0912345678',
    },
    loaiTrichLuc: 'Khai sinh',
    yeuCauChoNguoiKhac: false,
    soBanSao: 1,
  };
  const citizen = tokens.citizen;
  const run = `${Date.now().toString(36)}`;
  switch (name) {
    case 'forms':
      return [
        { route: 'GET /api/catalog?q=', method: 'GET', path: '/api/catalog?q=' },
        {
          route: 'GET /api/forms/:id',
          method: 'GET',
          path: `/api/forms/${PROCEDURE}?channel=online`,
          token: citizen,
        },
        {
          route: 'POST …/quote',
          method: 'POST',
          path: `/api/forms/${PROCEDURE}/quote`,
          token: citizen,
          body: { channel: 'online', answers },
        },
      ];
    case 'submissions':
      return [
        {
          route: 'POST /api/uploads',
          method: 'POST',
          path: '/api/uploads',
          token: citizen,
          body: {
            procedureId: 'chung-thuc-ban-sao-tu-ban-chinh',
            document: 'ban-sao',
            contentType: 'application/pdf',
            size: 4096,
          },
        },
        {
          route: 'POST /api/submissions',
          method: 'POST',
          path: '/api/submissions',
          token: citizen,
          headers: { 'idempotency-key': `sizing-${run}-$i` },
          body: { procedureId: PROCEDURE, channel: 'online', answers },
        },
        { route: 'GET /api/dossiers', method: 'GET', path: '/api/dossiers', token: citizen },
      ];
    case 'admin':
      return [
        {
          route: 'GET /api/admin/procedures',
          method: 'GET',
          path: '/api/admin/procedures',
          token: tokens.author,
        },
      ];
    case 'publish':
      return [
        {
          route: 'POST /api/publish/releases (whole seeded catalog)',
          method: 'POST',
          path: '/api/publish/releases',
          token: tokens.publisher,
          times: 3,
        },
        {
          route: 'GET /api/publish/releases/current',
          method: 'GET',
          path: '/api/publish/releases/current',
          token: tokens.publisher,
        },
      ];
    default:
      throw new Error(`no routes to size for the function ${name}`);
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const f = (n: number) => (n < 10 ? n.toFixed(1) : String(Math.round(n)));

async function main() {
  const load = [loadavg()[0] ?? 0];
  console.log('Synthesizing the app with bundling (esbuild)…');
  const assets = synthLambdaAssets();
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-lambda-'));
  const [port, dynamoPort, s3Port] = await Promise.all([freePort(), freePort(), freePort()]);
  const high = '100000000/60';
  const limits = {
    RATE_LIMITS: ['sign-in', 'submission', 'upload', 'quote']
      .flatMap((n) => [`${n}.ip=${high}`, `${n}.citizen=${high}`])
      .join(','),
    UPLOAD_QUOTA_FILES_PER_DAY: '1000000000',
    UPLOAD_QUOTA_BYTES_PER_DAY: '1000000000000',
  };
  const server = await startChild(
    join(root, 'functions', 'local', 'start.ts'),
    { DYNAMODB_PORT: String(dynamoPort), S3_PORT: String(s3Port), DATA_DIR: dataDir, ...limits },
    port,
  );
  const lines: string[] = [];
  const log = (line: string) => {
    console.log(line);
    lines.push(line);
  };
  try {
    const tokens = {
      citizen: await signIn(server.url, '/dev-idp/vneid/sign-in', { personalId: CITIZEN }),
      author: await signIn(server.url, '/dev-idp/officers/sign-in', { username: 'author.saigon' }),
      publisher: await signIn(server.url, '/dev-idp/officers/sign-in', { username: 'publisher.saigon' }),
    };
    const jwks = `${server.url}/dev-idp/.well-known/jwks.json`;
    log('');
    log(
      '| function | route | invocations | ms median / max | CPU ms median / max | peak RSS MB (init → after) | statuses |',
    );
    log('|---|---|---|---|---|---|---|');
    for (const asset of assets) {
      // The publish worker answers no HTTP route: it runs publish jobs from the table's stream. Its
      // work (a province's first build) is what `npm run bench:scale` measures as the cold build.
      if (asset.name === 'publish-worker') continue;
      const calls = callsOf(asset.name, tokens).map((c) => ({ ...c, times: c.times ?? invocations }));
      const env = {
        ...process.env,
        ...asset.environment,
        // Tables and buckets of the local product; tokens checked over HTTP as on AWS (AUTH_MODE cognito).
        ...localEnv({
          aws: { dynamoEndpoint: `http://127.0.0.1:${dynamoPort}`, s3Endpoint: `http://127.0.0.1:${s3Port}` },
        }),
        ...limits,
        [envNames.authMode]: 'cognito',
        [envNames.officerIssuer]: devIssuers.officer,
        [envNames.officerJwksUrl]: jwks,
        [envNames.officerAudience]: devIssuers.audience,
        [envNames.citizenIssuer]: devIssuers.citizen,
        [envNames.citizenJwksUrl]: jwks,
        [envNames.citizenAudience]: devIssuers.audience,
        SIZING_CALLS: JSON.stringify(calls),
      };
      const result = spawnSync(process.execPath, ['-e', driver, asset.file], { env, encoding: 'utf8' });
      if (result.status !== 0) throw new Error(`${asset.name}: ${result.stderr}`);
      const out = JSON.parse(result.stdout.trim().split('\n').at(-1) ?? '{}') as {
        initMs: number;
        initCpuMs: number;
        initRssMb: number;
        routes: {
          route: string;
          ms: number[];
          cpu: number[];
          statuses: object;
          rssMb: number;
          firstError?: string;
        }[];
      };
      log(
        `| ${asset.name} | (init: require of the bundle) | 1 | ${f(out.initMs)} | ${f(out.initCpuMs)} | ${f(out.initRssMb)} | — |`,
      );
      for (const r of out.routes) {
        log(
          `| ${asset.name} | ${r.route} | ${r.ms.length} | ${f(median(r.ms))} / ${f(Math.max(...r.ms))} | ${f(median(r.cpu))} / ${f(Math.max(...r.cpu))} | ${f(out.initRssMb)} → ${f(r.rssMb)} | ${JSON.stringify(r.statuses)} |`,
        );
        if (r.firstError) console.log(`  ${r.route}: ${r.firstError}`);
      }
    }
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
  load.push(loadavg()[0] ?? 0);
  log('');
  log(
    'publish-worker: no HTTP route; its job (a whole catalog build) is measured by `npm run bench:scale` (cold build).',
  );
  log(
    `Node ${process.version}, ${cpus().length} CPUs, load average (1 min) before / after: ${load.map((l) => l.toFixed(1)).join(' / ')}`,
  );
  const file = join(import.meta.dirname, 'lambda-sizing.md');
  writeFileSync(file, `# bench:lambda ${new Date().toISOString()}\n${lines.join('\n')}\n`);
  console.log(`→ ${file}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
