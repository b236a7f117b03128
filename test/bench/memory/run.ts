/**
 * `npm run bench:memory`: is the product server's memory flat at a fixed request rate? Starts the
 * local server (startLocal: DynamoDB Local + s3rver, seeded, in a temp data dir on free ports) as a
 * child with `--expose-gc` and an IPC channel (server-child.ts), drives a fixed mix of the citizen
 * routes (catalog, form, quote, upload slot, submit, dossier list; test/bench/http/routes.ts)
 * open-loop at MEMORY_RATE req/s in all for MEMORY_SECONDS per round, MEMORY_ROUNDS rounds; after
 * each round the child runs a full GC and reports process.memoryUsage(). The DynamoDB Local JVM's
 * resident memory is shown separately (its data grows with every dossier, so it is not judged).
 *
 * Verdict: round 1 is warm-up (JIT, the caches filling: compiled procedures, the release's files,
 * verified tokens). Over rounds 2…N, the heap used after GC is fitted by least squares against the
 * requests sent: slope in KB per 1,000 requests, and that slope times one round's requests as a
 * share of the round-2 heap. It must stay under MEMORY_MAX_GROWTH_PCT (default 1 %) per round:
 * every cache of the product is bounded, so once full the heap only moves by GC noise (a few
 * hundred KB of ~40 MB); an unbounded per-request cache or map grows it by the same amount every
 * round, and at 1 % per round of a few hundred requests it would double the heap within an hour of
 * steady traffic. Exit code 1 on fail.
 *
 * MEMORY_SNAPSHOTS=1 writes heap snapshots after rounds 1 and N (to MEMORY_SNAPSHOT_DIR, default a
 * temp folder) for Chrome DevTools' comparison view. MEMORY_OUT: the result file (default
 * test/bench/memory/last-run.md; empty for none).
 */
import { type ChildProcess, fork } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { type LoadResult, openLoop } from '../http/open-loop';
import { childPids, freePort, rssMb } from '../http/processes';
import { CITIZEN, citizenRoutes } from '../http/routes';
import type { Reply, Request } from './server-child';

const rounds = Number(process.env.MEMORY_ROUNDS ?? 6);
const seconds = Number(process.env.MEMORY_SECONDS ?? 10);
const rate = Number(process.env.MEMORY_RATE ?? 50);
const maxGrowthPct = Number(process.env.MEMORY_MAX_GROWTH_PCT ?? 1);
const snapshots = process.env.MEMORY_SNAPSHOTS === '1';
/** Every request of a round is waited for (up to a minute), so none is in flight when memory is measured. */
const graceMs = 60_000;
const resultFile = process.env.MEMORY_OUT ?? join(import.meta.dirname, 'last-run.md');
/** A second demo citizen: reads their dossier list, which the submits do not grow. */
const READER = '079190012345';
const high = '100000000/60';

if (!(rounds >= 3 && seconds > 0 && rate > 0)) {
  throw new Error('MEMORY_ROUNDS ≥ 3 (round 1 is warm-up), MEMORY_SECONDS > 0 and MEMORY_RATE > 0');
}

interface RoundRow {
  round: number;
  requests: number;
  errors: number;
  unanswered: number;
  p99: number;
  memory: NodeJS.MemoryUsage;
  jvmMb: number;
  load: number;
}

function startServer(env: Record<string, string>): Promise<{ child: ChildProcess; url: string }> {
  const child = fork(join(import.meta.dirname, 'server-child.ts'), [], {
    execArgv: ['--expose-gc', '--import', 'tsx'],
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  let output = '';
  return new Promise((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`server not ready after 180 s:\n${output}`)), 180_000);
    child.stdout?.on('data', (c: Buffer) => {
      output += c.toString();
      if (/Ready/.test(output)) {
        clearTimeout(timer);
        child.stdout?.removeAllListeners('data');
        child.stdout?.resume();
        child.stderr?.resume();
        done({ child, url: `http://127.0.0.1:${env.PORT}` });
      }
    });
    child.stderr?.on('data', (c: Buffer) => {
      output += c.toString();
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`server exited (${code}) before ready:\n${output}`));
    });
  });
}

/** Sends `request` to the child and waits for its reply of `type`. */
function ask<T extends Reply['type']>(
  child: ChildProcess,
  request: Request,
  type: T,
): Promise<Extract<Reply, { type: T }>> {
  return new Promise((done) => {
    const onMessage = (reply: Reply) => {
      if (reply.type !== type) return;
      child.off('message', onMessage);
      done(reply as Extract<Reply, { type: T }>);
    };
    child.on('message', onMessage);
    child.send(request);
  });
}

async function signIn(base: string, personalId: string): Promise<string> {
  const res = await fetch(`${base}/dev-idp/vneid/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ personalId }),
  });
  if (!res.ok) throw new Error(`sign-in ${personalId}: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { token: string }).token;
}

/** Resident memory of the child's descendants (the DynamoDB Local JVM under its guard shell). */
function jvmRssMb(pid: number): number {
  const descendants = (p: number): number[] => childPids(p).flatMap((c) => [c, ...descendants(c)]);
  return descendants(pid).reduce((sum, p) => {
    try {
      return sum + rssMb(p);
    } catch {
      return sum;
    }
  }, 0);
}

/** Waits until /health answers within 50 ms (at most 30 s): the server's backlog is gone. */
async function drain(base: string) {
  const until = Date.now() + 30_000;
  while (Date.now() < until) {
    const t0 = performance.now();
    await fetch(`${base}/health`).then(
      (r) => r.arrayBuffer(),
      () => undefined,
    );
    if (performance.now() - t0 < 50) return;
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Least-squares slope of y over x. */
function slope(xs: number[], ys: number[]): number {
  const n = xs.length;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let num = 0;
  let den = 0;
  for (let i = 0; i < n; i++) {
    num += (xs[i]! - mx) * (ys[i]! - my);
    den += (xs[i]! - mx) ** 2;
  }
  return den === 0 ? 0 : num / den;
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-memory-'));
  const snapshotDir = process.env.MEMORY_SNAPSHOT_DIR ?? join(dataDir, 'snapshots');
  const [port, dynamoPort, s3Port] = [await freePort(), await freePort(), await freePort()];
  const { child, url } = await startServer({
    PORT: String(port),
    DYNAMODB_PORT: String(dynamoPort),
    S3_PORT: String(s3Port),
    DATA_DIR: join(dataDir, 'data'),
    RATE_LIMITS: ['sign-in', 'submission', 'upload', 'quote']
      .flatMap((n) => [`${n}.ip=${high}`, `${n}.citizen=${high}`])
      .join(','),
    UPLOAD_QUOTA_FILES_PER_DAY: '1000000000',
    UPLOAD_QUOTA_BYTES_PER_DAY: '1000000000000',
  });
  const rows: RoundRow[] = [];
  const snapshotFiles: string[] = [];
  const loadAtStart = loadavg()[0] ?? 0;
  try {
    const writer = await signIn(url, CITIZEN);
    const reader = await signIn(url, READER);
    const runId = Date.now().toString(36);
    const routes = citizenRoutes(writer, reader, runId);
    const perRoute = rate / routes.length;
    console.log(
      `Tải / load: ${routes.length} routes × ${perRoute.toFixed(1)} req/s = ${rate} req/s, ${seconds} s per round, ${rounds} rounds (round 1 = warm-up)`,
    );
    for (let round = 1; round <= rounds; round++) {
      // Each round gets its own idempotency keys (a submit per request, as citizens would).
      const calls = citizenRoutes(writer, reader, `${runId}-${round}`).map((r) => r.call);
      const results: LoadResult[] = await Promise.all(
        calls.map((call) => openLoop(url, call, perRoute, seconds, graceMs)),
      );
      // Requests still in flight hold memory that is no leak: measure once the backlog is gone.
      await drain(url);
      const { memory } = await ask(child, { type: 'measure' }, 'measured');
      if (snapshots && (round === 1 || round === rounds)) {
        mkdirSync(snapshotDir, { recursive: true });
        const file = join(snapshotDir, `round-${round}.heapsnapshot`);
        snapshotFiles.push((await ask(child, { type: 'snapshot', file }, 'snapshot-written')).file);
      }
      const row: RoundRow = {
        round,
        requests: results.reduce((s, r) => s + r.sent, 0),
        errors: results.reduce((s, r) => s + r.errors, 0),
        unanswered: results.reduce((s, r) => s + r.unanswered, 0),
        p99: Math.max(...results.map((r) => r.p99)),
        memory,
        jvmMb: jvmRssMb(child.pid ?? 0),
        load: loadavg()[0] ?? 0,
      };
      rows.push(row);
      const firstError = results.find((r) => r.firstError)?.firstError;
      console.log(
        `  vòng / round ${round}: heap ${mb(memory.heapUsed)} MB, external ${mb(memory.external)} MB, RSS ${mb(memory.rss)} MB, JVM ${row.jvmMb} MB, load ${row.load.toFixed(1)}${firstError ? ` (first error: ${firstError})` : ''}`,
      );
    }
  } finally {
    const exited = new Promise((r) => child.once('exit', r));
    child.disconnect();
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    await exited;
    clearTimeout(timer);
    rmSync(join(dataDir, 'data'), { recursive: true, force: true });
    // Snapshots written into the temp folder are kept for the reader; nothing else is.
    if (snapshotFiles.length === 0 || process.env.MEMORY_SNAPSHOT_DIR)
      rmSync(dataDir, { recursive: true, force: true });
  }
  return report(rows, loadAtStart, snapshotFiles);
}

function report(rows: RoundRow[], loadAtStart: number, snapshotFiles: string[]): boolean {
  const lines: string[] = [];
  const log = (line: string) => {
    console.log(line);
    lines.push(line);
  };
  log('');
  log(
    '| round | requests (errors, unanswered) | worst route p99 ms | heapUsed MB | external MB | arrayBuffers MB | RSS MB | JVM RSS MB | load 1 min |',
  );
  log('|---|---|---|---|---|---|---|---|---|');
  for (const r of rows) {
    log(
      `| ${r.round}${r.round === 1 ? ' (warm-up)' : ''} | ${r.requests} (${r.errors}, ${r.unanswered}) | ${Math.round(r.p99)} | ${mb(r.memory.heapUsed)} | ${mb(r.memory.external)} | ${mb(r.memory.arrayBuffers)} | ${mb(r.memory.rss)} | ${r.jvmMb} | ${r.load.toFixed(1)} |`,
    );
  }
  const judged = rows.slice(1);
  let sent = rows[0]!.requests;
  const xs = judged.map((r) => {
    sent += r.requests;
    return sent;
  });
  const perRequest = (pick: (m: NodeJS.MemoryUsage) => number) =>
    slope(
      xs,
      judged.map((r) => pick(r.memory)),
    );
  const heapSlope = perRequest((m) => m.heapUsed);
  const externalSlope = perRequest((m) => m.external);
  const base = judged[0]!.memory.heapUsed;
  const perRound = judged.reduce((s, r) => s + r.requests, 0) / judged.length;
  const growthPct = ((heapSlope * perRound) / base) * 100;
  const lastVsSecond = ((judged.at(-1)!.memory.heapUsed - base) / base) * 100;
  // A request left unanswered holds memory of its own: the figures would not be comparable.
  const unanswered = judged.reduce((sum, r) => sum + r.unanswered, 0);
  const ok = growthPct < maxGrowthPct && unanswered === 0;
  log('');
  log(
    `Heap after GC, rounds 2–${rows.length}: slope ${((heapSlope * 1000) / 1024).toFixed(1)} KB per 1,000 requests = ${growthPct.toFixed(2)} % of the round-2 heap per round of ${Math.round(perRound)} requests (limit ${maxGrowthPct} %); round ${rows.length} vs round 2: ${lastVsSecond >= 0 ? '+' : ''}${lastVsSecond.toFixed(2)} %`,
  );
  log(
    `External memory slope: ${((externalSlope * 1000) / 1024).toFixed(1)} KB per 1,000 requests (not judged)`,
  );
  log(
    `Verdict: ${ok ? 'PASS — heap flat' : unanswered > 0 ? `FAIL — ${unanswered} requests unanswered after a minute (overloaded machine?), not comparable` : 'FAIL — heap grows'} (${rate} req/s, ${seconds} s × ${rows.length} rounds; load at start ${loadAtStart.toFixed(1)}, ${cpus().length} CPUs)`,
  );
  if (snapshotFiles.length > 0) log(`Heap snapshots: ${snapshotFiles.join(', ')}`);
  if (resultFile) {
    writeFileSync(resultFile, `# bench:memory ${new Date().toISOString()}\n${lines.join('\n')}\n`);
    console.log(`→ ${resultFile}`);
  }
  return ok;
}

main().then(
  (ok) => {
    process.exitCode = ok ? 0 : 1;
  },
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
