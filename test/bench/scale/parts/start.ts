/**
 * A first `npm start` at scale: for each size, a generated catalog is written to a temporary folder
 * and local mode (functions/local/start.ts, what `npm start` runs after its prestart) is started on
 * it as a child with a fresh data folder and free ports. Measured from spawning the child: seconds
 * until `/health` answers 200, until the portal shell (`/`) answers, and until the first release is
 * current (`/api/catalog` answers 200 with every procedure). The phases the server prints
 * (`· phase: 1.2 s`) are shown beside them. The baseline, in the same run, is the same start on the
 * committed catalogs/ (ten procedures). The prestart's UI build is not included (it runs only when
 * builder-ui/dist is missing or stale; `node functions/scripts/ensure-deps.mjs --ui` times it).
 * `--first-release-timeout <s>` (default 900) bounds the wait for the first release.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../../http/processes';
import { generateCatalog, writeCatalog } from '../generate-catalog';
import { parseSizes } from '../sizes';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const startScript = join(root, 'functions', 'local', 'start.ts');
const argv = process.argv.slice(2);
const timeoutAt = argv.indexOf('--first-release-timeout');
const releaseTimeoutS = timeoutAt >= 0 ? Number(argv[timeoutAt + 1]) : 900;

interface Run {
  label: string;
  procedures: number;
  health: number;
  shell: number | null;
  firstRelease: number | null;
  /** The slowest /health answer while the first release was being built (ms): is the server blocked? */
  worstHealthMs: number;
  /** Phase name → seconds, as the server printed them. */
  phases: Map<string, number>;
  note: string;
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function status(url: string, timeoutMs = 5000): Promise<{ status: number; body: string }> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    return { status: res.status, body: await res.text() };
  } catch {
    return { status: 0, body: '' };
  }
}

/** Polls `check` every 100 ms until it is true; the seconds since `started`, or null at `deadline`. */
async function until(
  check: () => Promise<boolean>,
  started: number,
  deadline: number,
): Promise<number | null> {
  while (performance.now() < deadline) {
    if (await check()) return (performance.now() - started) / 1000;
    await pause(100);
  }
  return null;
}

async function measureStart(label: string, catalogDir: string, procedures: number): Promise<Run> {
  const dataDir = mkdtempSync(join(tmpdir(), 'scale-start-data-'));
  const [port, dynamoPort, s3Port] = [await freePort(), await freePort(), await freePort()];
  const started = performance.now();
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', startScript], {
    env: {
      ...process.env,
      PORT: String(port),
      DYNAMODB_PORT: String(dynamoPort),
      S3_PORT: String(s3Port),
      DATA_DIR: dataDir,
      CATALOG_DIR: catalogDir,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (c: Buffer) => {
    output += c.toString();
  });
  child.stderr?.on('data', (c: Buffer) => {
    output += c.toString();
  });
  let exited = false;
  child.once('exit', () => {
    exited = true;
  });
  const url = `http://127.0.0.1:${port}`;
  try {
    const deadline = started + 600_000;
    const health = await until(
      async () => {
        if (exited) throw new Error(`${label}: the server exited before /health:\n${output}`);
        return (await status(`${url}/health`)).status === 200;
      },
      started,
      deadline,
    );
    if (health === null) throw new Error(`${label}: /health did not answer 200 within 600 s`);
    const shellStatus = await status(`${url}/`);
    const shell = shellStatus.status === 200 ? (performance.now() - started) / 1000 : null;
    let worstHealthMs = 0;
    const firstRelease = await until(
      async () => {
        const t0 = performance.now();
        await status(`${url}/health`, 300_000);
        worstHealthMs = Math.max(worstHealthMs, performance.now() - t0);
        const res = await status(`${url}/api/catalog?pageSize=1`);
        return res.status === 200 && (JSON.parse(res.body) as { total: number }).total === procedures;
      },
      started,
      started + releaseTimeoutS * 1000,
    );
    const phases = new Map<string, number>();
    for (const m of output.matchAll(/^\s*· (.+): ([\d.]+) s$/gm)) phases.set(m[1]!, Number(m[2]));
    return {
      label,
      procedures,
      health,
      shell,
      firstRelease,
      worstHealthMs,
      phases,
      note: shell === null ? `portal shell ${shellStatus.status} (builder-ui/dist not built?)` : '',
    };
  } finally {
    if (!exited) {
      const gone = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await gone;
      clearTimeout(timer);
    }
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const committed = join(root, 'catalogs');
const runs: Run[] = [
  await measureStart(
    'committed catalogs/ (baseline)',
    committed,
    readdirSync(join(committed, 'procedures')).filter((f) => f.endsWith('.json')).length,
  ),
];
for (const size of parseSizes(argv)) {
  const dir = mkdtempSync(join(tmpdir(), `scale-start-${size}-`));
  try {
    writeCatalog(dir, generateCatalog(size));
    runs.push(await measureStart(`generated ${size}`, dir, size));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const phaseNames = [...new Set(runs.flatMap((r) => [...r.phases.keys()]))];
const s = (n: number | null) => (n === null ? 'not within the timeout' : n.toFixed(1));
console.log(
  `| catalog | procedures | s to /health 200 | s to portal shell | s to first release current | slowest /health meanwhile ms | ${phaseNames.map((p) => `${p} s`).join(' | ')} | note |`,
);
console.log(`|---|---|---|---|---|---|${phaseNames.map(() => '---|').join('')}---|`);
for (const r of runs) {
  const cells = phaseNames.map((p) => (r.phases.has(p) ? r.phases.get(p)!.toFixed(1) : '—'));
  console.log(
    `| ${r.label} | ${r.procedures} | ${s(r.health)} | ${s(r.shell)} | ${s(r.firstRelease)} | ${Math.round(r.worstHealthMs)} | ${cells.join(' | ')} | ${r.note} |`,
  );
}
process.exitCode = runs.every((r) => r.firstRelease !== null) ? 0 : 1;
