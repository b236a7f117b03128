/**
 * `npm run bench:http`: speed of the citizen routes over HTTP. Starts the product's local server
 * (`npm start`'s startLocal: DynamoDB Local + s3rver, seeded) in its own temp data dir on free ports,
 * and a bare hono app as the baseline, each in its own process; drives each route open-loop at fixed
 * rates from this process (loopback only) and prints p50/p99, errors, unanswered requests, the
 * highest rate meeting the p99 target as a fraction of the baseline's, and the server's resident
 * memory after each round.
 *
 * Rate limits and upload quotas are raised through the environment (RATE_LIMITS,
 * UPLOAD_QUOTA_FILES_PER_DAY) so the bench measures speed, not the limiter.
 * BENCH_RATES (default 200,400,800), BENCH_SECONDS (default 10: 2,000 requests at 200/s, so a p99 is the
 * 20th slowest answer rather than the 6th of a 3 s round, which one pause of the shared machine
 * sets) per route and rate, BENCH_ROUTES
 * (substring filter), BENCH_CPU_PROF=<dir> runs the server under `node --cpu-prof`, BENCH_NODE_ARGS
 * (more flags for the server's node, e.g. `--trace-gc`) with BENCH_SERVER_LOG=<file> (where the
 * server's output goes once it is ready), BENCH_OUT (the
 * result file, default test/bench/http/last-run.md; empty for none), BENCH_DYNAMODB=memory runs
 * DynamoDB Local in memory (the data folder is thrown away anyway; on disk each write also pays
 * SQLite's file sync, an emulator cost DynamoDB does not have — the default stays `npm start`'s disk). CPU ms per request (product
 * process, and its DynamoDB Local JVM) comes from /proc and, unlike latency, barely depends on how
 * loaded the shared machine is.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type Call, type LoadResult, openLoop } from './open-loop';
import { childPids, cpuMs, freePort, rssMb, startChild } from './processes';
import { CITIZEN, citizenRoutes } from './routes';

const root = resolve(import.meta.dirname, '..', '..', '..');
const rates = (process.env.BENCH_RATES ?? '200,400,800').split(',').map(Number);
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const only = process.env.BENCH_ROUTES;
const profileDir = process.env.BENCH_CPU_PROF;
const warmOverride = process.env.BENCH_WARM_SECONDS ? Number(process.env.BENCH_WARM_SECONDS) : undefined;
/** BENCH_KEEP_GOING=1 drives every route in every round (the memory check repeats one rate: 100,100,100). */
const keepGoing = process.env.BENCH_KEEP_GOING === '1';
/** Where the table is written (markdown); BENCH_OUT='' writes none. */
const resultFile = process.env.BENCH_OUT ?? join(import.meta.dirname, 'last-run.md');
/** A second demo citizen: reads their dossier list, which the submit rounds do not grow. */
const READER = '079190012345';
// The config accepts limits of at most 9 digits: 100 million a minute never binds at these rates.
const high = '100000000/60';

async function signIn(base: string, personalId: string): Promise<string> {
  const res = await fetch(`${base}/dev-idp/vneid/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ personalId }),
  });
  if (!res.ok) throw new Error(`sign-in ${personalId}: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { token: string }).token;
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waits until the server's backlog from the last step is gone: /health answers within 50 ms (at most 30 s). */
async function drain(base: string) {
  const until = Date.now() + 30_000;
  while (Date.now() < until) {
    const t0 = performance.now();
    await fetch(`${base}/health`).then(
      (r) => r.arrayBuffer(),
      () => undefined,
    );
    if (performance.now() - t0 < 50) return;
    await pause(200);
  }
}

/**
 * Waits until the product is idle: its process and its JVM together used under 20% of a core over
 * 300 ms (at most 2 minutes). /health answering fast is not enough: requests the client gave up on still
 * queue in DynamoDB Local, and their CPU would be counted against the next route.
 */
async function settle(pid: number) {
  const until = Date.now() + 120_000;
  while (Date.now() < until) {
    const before = productCpu(pid);
    await pause(300);
    const after = productCpu(pid);
    if (after.node - before.node + (after.jvm - before.jvm) < 60) return;
  }
}

/**
 * Warms each route before timing: a few requests one at a time, then its warm-up seconds at 100/s.
 * DynamoDB Local's JVM compiles its hot paths only after thousands of calls, and its CPU per call
 * keeps falling for about a minute of load (an upload slot at 150/s: 9.0, 6.6, 5.3, 5.1, 4.1, 3.6 ms
 * of JVM CPU in six 5-s rounds); without this the first measured round paid the emulator's JIT, a
 * cost neither a warm Lambda nor DynamoDB has. BENCH_WARM_SECONDS overrides every route's seconds.
 */
async function warmUp(base: string, routes: { call: Call; warmSeconds: number }[], pid?: number) {
  for (const { call, warmSeconds } of routes) {
    for (let i = 0; i < 20; i++) await openLoop(base, call, 1000, 0.001, 10_000);
    const warm = warmOverride ?? warmSeconds;
    if (warm > 0) await openLoop(base, call, 100, warm);
    if (pid) await settle(pid);
  }
}
/** CPU of the product: its own process (hono, SDK, s3rver) and its descendants (DynamoDB Local's JVM). */
function productCpu(pid: number): { node: number; jvm: number } {
  const descendants = (p: number): number[] => childPids(p).flatMap((c) => [c, ...descendants(c)]);
  return { node: cpuMs(pid), jvm: descendants(pid).reduce((sum, c) => sum + cpuMs(c), 0) };
}

interface Row {
  name: string;
  target: number;
  results: LoadResult[];
  /** CPU ms per request sent at each rate, product process and JVM (drain included). */
  cpu: { node: number; jvm: number }[];
}

const ms = (n: number) => (Number.isNaN(n) ? '—' : n < 10 ? n.toFixed(1) : String(Math.round(n)));

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-http-'));
  const load = [loadavg()[0] ?? 0];
  const [port, dynamoPort, s3Port, basePort] = await Promise.all([
    freePort(),
    freePort(),
    freePort(),
    freePort(),
  ]);
  console.log(`Khởi động / starting: product on ${port}, baseline on ${basePort}, data ${dataDir}`);
  const server = await startChild(
    join(root, 'functions', 'local', 'start.ts'),
    {
      DYNAMODB_PORT: String(dynamoPort),
      S3_PORT: String(s3Port),
      DATA_DIR: dataDir,
      RATE_LIMITS: ['sign-in', 'submission', 'upload', 'quote']
        .flatMap((n) => [`${n}.ip=${high}`, `${n}.citizen=${high}`])
        .join(','),
      UPLOAD_QUOTA_FILES_PER_DAY: '1000000000',
      UPLOAD_QUOTA_BYTES_PER_DAY: '1000000000000',
      ...(process.env.BENCH_DYNAMODB === 'memory' ? { DYNAMODB_IN_MEMORY: '1' } : {}),
    },
    port,
    [
      ...(profileDir ? ['--cpu-prof', '--cpu-prof-dir', profileDir] : []),
      ...(process.env.BENCH_NODE_ARGS?.split(' ').filter(Boolean) ?? []),
    ],
  );
  const baseline = await startChild(join(import.meta.dirname, 'baseline-server.ts'), {}, basePort);
  const rows: Row[] = [];
  const rss: number[] = [rssMb(server.pid)];
  try {
    const writer = await signIn(server.url, CITIZEN);
    const reader = await signIn(server.url, READER);
    const runId = Date.now().toString(36);
    const base: Row = { name: 'bare hono (baseline)', target: 50, results: [], cpu: [] };
    rows.push(base);
    const routes = citizenRoutes(writer, reader, runId).filter((r) => !only || r.name.includes(only));
    for (const r of routes) rows.push({ name: r.name, target: r.targetP99, results: [], cpu: [] });
    await warmUp(
      server.url,
      citizenRoutes(writer, reader, `${runId}-warm`).filter((r) => !only || r.name.includes(only)),
      server.pid,
    );
    await warmUp(baseline.url, [{ call: { method: 'GET', path: '/', ok: [200] }, warmSeconds: 5 }]);
    // Results are indexed by round, so a repeated rate (the memory check: 100,100,100) keeps each round.
    for (const [round, rate] of rates.entries()) {
      const baseRow = rows[0]!;
      if (!only) {
        const before = cpuMs(baseline.pid);
        const result = await openLoop(baseline.url, { method: 'GET', path: '/', ok: [200] }, rate, seconds);
        baseRow.results[round] = result;
        baseRow.cpu[round] = { node: (cpuMs(baseline.pid) - before) / Math.max(1, result.sent), jvm: 0 };
      }
      // Per round, not per rate: a repeated rate (100,100,100) must not replay the same idempotency keys.
      for (const [i, route] of citizenRoutes(writer, reader, `${runId}-${round}`)
        .filter((r) => !only || r.name.includes(only))
        .entries()) {
        const row = rows[i + 1]!;
        const previous = row.results.filter(Boolean).at(-1);
        // A route already far past its target at a lower rate only builds a queue at a higher one.
        if (!keepGoing && previous && (previous.p99 > 20 * row.target || previous.unanswered > 0)) continue;
        await settle(server.pid);
        const before = productCpu(server.pid);
        const result = await openLoop(server.url, route.call, rate, seconds);
        row.results[round] = result;
        if (result.firstError) console.log(`  ${route.name} @${rate}: ${result.firstError}`);
        await drain(server.url);
        await settle(server.pid);
        const after = productCpu(server.pid);
        // Per request sent: the drain above lets the server finish its backlog, whose CPU counts too.
        const per = (n: number) => n / Math.max(1, result.sent);
        row.cpu[round] = { node: per(after.node - before.node), jvm: per(after.jvm - before.jvm) };
      }
      rss.push(rssMb(server.pid));
      load.push(loadavg()[0] ?? 0);
      console.log(
        `  vòng / round ${rate} req/s xong / done, RSS ${rss.at(-1)} MB, load ${load.at(-1)!.toFixed(1)}`,
      );
    }
  } finally {
    await server.stop();
    await baseline.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
  print(rows, rss, load);
}

function print(rows: Row[], rss: number[], load: number[]) {
  const lines: string[] = [];
  const log = (line: string) => {
    console.log(line);
    lines.push(line);
  };
  const best = (row: (typeof rows)[number]) =>
    Math.max(
      0,
      ...row.results
        .filter((r) => r.p99 < row.target && r.errors === 0 && r.unanswered === 0)
        .map((r) => r.rate),
    );
  const baseBest = best(rows[0]!) || Number.NaN;
  log('');
  log(
    `| route | ${rates.map((r) => `${r}/s p50 / p99 ms (err, unans.)`).join(' | ')} | best rate in target | vs baseline | CPU ms/req node + JVM, each round |`,
  );
  log(`|---|${rates.map(() => '---|').join('')}---|---|---|`);
  for (const row of rows) {
    if (row.results.length === 0) continue;
    const cells = rates.map((_, i) => {
      const r = row.results[i];
      return r ? `${ms(r.p50)} / ${ms(r.p99)} (${r.errors}, ${r.unanswered})` : 'skipped';
    });
    const b = best(row);
    const cpuCell =
      row.cpu
        .filter(Boolean)
        .map((cpu) => `${cpu.node.toFixed(2)} + ${cpu.jvm.toFixed(2)}`)
        .join('; ') || '—';
    log(
      `| ${row.name} (p99 < ${row.target}) | ${cells.join(' | ')} | ${b || `< ${rates[0]}`} | ${b && baseBest ? `1/${(baseBest / b).toFixed(1)}` : '—'} | ${cpuCell} |`,
    );
  }
  log('');
  log(`RSS of the product server (MB): start ${rss[0]}, after each round ${rss.slice(1).join(', ')}`);
  const first = rss[1];
  const last = rss.at(-1);
  if (first && last && rss.length > 3)
    log(`Round 3 vs round 1: ${(((last - first) / first) * 100).toFixed(1)}%`);
  log(`Load average (1 min) at start and after each round: ${load.map((l) => l.toFixed(1)).join(', ')}`);
  log(`DynamoDB Local: ${process.env.BENCH_DYNAMODB === 'memory' ? 'in memory' : 'on disk'}`);
  if (resultFile) {
    const header = `# bench:http ${new Date().toISOString()} (${seconds} s per route and rate; ${cpus().length} CPUs)`;
    writeFileSync(resultFile, `${header}\n${lines.join('\n')}\n`);
    console.log(`→ ${resultFile}`);
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
