/**
 * Size budget of the Lambda bundles: synthesizes the app (the bundles CDK would upload), then for
 * each function reports the bundle's size (raw and gzipped, roughly what the zip weighs) and its
 * module initialisation time — `require` of the bundle in a fresh Node process with the
 * function's environment — against baselines measured in the same run: an empty bundle and
 * `node -e ""`. Exits 1 when a bundle exceeds the size budget (sizes are deterministic; times on a
 * shared machine are not, so they are reported, not enforced).
 *
 * Usage: npm run bench:bundles [-- --runs 9 --budget-kb 1536 --json out.json]
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';
import { bundleBudgetKb, synthLambdaAssets } from './lambda-assets';

interface Options {
  runs: number;
  budgetKb: number;
  json?: string;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { runs: 7, budgetKb: bundleBudgetKb };
  for (let i = 0; i < argv.length; i += 2) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (flag === '--runs' || flag === '--budget-kb') {
      const n = Number(value);
      if (!Number.isInteger(n) || n <= 0)
        fail(`${flag} cần một số nguyên dương / needs a positive integer, got "${value}"`);
      if (flag === '--runs') options.runs = n;
      else options.budgetKb = n;
    } else if (flag === '--json' && value) {
      options.json = value;
    } else {
      fail(
        `Tham số không hợp lệ / Unknown argument "${flag}". Usage: measure-bundles [--runs N] [--budget-kb N] [--json file]`,
      );
    }
  }
  return options;
}

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Child script: wall and CPU time of the `require` of the bundle alone, in milliseconds. */
const probe = `const c=process.cpuUsage(),t=performance.now();require(process.argv[1]);const u=process.cpuUsage(c);process.stdout.write(JSON.stringify([performance.now()-t,(u.user+u.system)/1000]));`;

interface Target {
  label: string;
  /** null: `node -e ""`, the cost of starting Node at all. */
  file: string | null;
  env: Record<string, string>;
}

interface Timing {
  /** Module initialisation: wall and CPU time of the require, median. */
  initMs: number;
  initCpuMs: number;
  /** The whole fresh process, median. */
  wallMs: number;
}

/**
 * Runs every target once per round, round after round, so baselines and bundles share the same
 * machine load; CPU time is reported beside wall time because it barely moves with load.
 */
function measureAll(targets: Target[], runs: number): Map<string, Timing> {
  const samples = new Map(
    targets.map((t) => [t.label, { init: [] as number[], cpu: [] as number[], wall: [] as number[] }]),
  );
  for (let round = 0; round < runs; round++) {
    for (const target of targets) {
      const args = target.file ? ['-e', probe, target.file] : ['-e', ''];
      const start = process.hrtime.bigint();
      const result = spawnSync(process.execPath, args, {
        env: { ...process.env, ...target.env },
        encoding: 'utf8',
      });
      const wall = Number(process.hrtime.bigint() - start) / 1e6;
      if (result.status !== 0)
        throw new Error(`Không nạp được / Could not load ${target.label}:\n${result.stderr}`);
      const s = samples.get(target.label)!;
      s.wall.push(wall);
      if (target.file) {
        const [init, cpu] = JSON.parse(result.stdout) as [number, number];
        s.init.push(init);
        s.cpu.push(cpu);
      }
    }
  }
  const timings = new Map<string, Timing>();
  for (const [label, s] of samples) {
    timings.set(label, {
      initMs: s.init.length ? median(s.init) : 0,
      initCpuMs: s.cpu.length ? median(s.cpu) : 0,
      wallMs: median(s.wall),
    });
  }
  return timings;
}

function main(): void {
  const options = parseArgs(process.argv.slice(2));
  console.log('Synthesizing the app with bundling (esbuild)…');
  const assets = synthLambdaAssets();

  const emptyFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tthc-empty-')), 'index.js');
  fs.writeFileSync(emptyFile, 'exports.handler = async () => ({ statusCode: 200 });\n');
  const lambdaEnv = { AWS_REGION: 'ap-southeast-1', AWS_ACCESS_KEY_ID: 'x', AWS_SECRET_ACCESS_KEY: 'x' };
  const targets: Target[] = [
    { label: 'node -e ""', file: null, env: {} },
    { label: 'empty bundle', file: emptyFile, env: lambdaEnv },
    ...assets.map((a) => ({ label: a.name, file: a.file, env: { ...a.environment, ...lambdaEnv } })),
  ];
  const timings = measureAll(targets, options.runs);
  const nodeBaseline = timings.get('node -e ""')!;
  const emptyBaseline = timings.get('empty bundle')!;

  const rows = assets.map((asset) => {
    const code = fs.readFileSync(asset.file);
    const timing = timings.get(asset.name)!;
    return {
      name: asset.name,
      bytes: code.length,
      gzipBytes: gzipSync(code, { level: 9 }).length,
      ...timing,
      wallVsNode: timing.wallMs / nodeBaseline.wallMs,
    };
  });

  const kb = (n: number) => (n / 1024).toFixed(1);
  console.log(
    `\nNode ${process.version}, ${os.cpus().length} CPU(s), load ${os.loadavg()[0]!.toFixed(1)}; median of ${options.runs} fresh processes`,
  );
  const b = emptyBaseline;
  console.log(
    `baselines: node -e "" ${nodeBaseline.wallMs.toFixed(1)} ms per process; empty bundle: require ${b.initMs.toFixed(2)} ms (CPU ${b.initCpuMs.toFixed(2)} ms), process ${b.wallMs.toFixed(1)} ms\n`,
  );
  console.log('function     bundle KB  gzip KB  init ms  init CPU ms  process ms  ×node -e ""');
  for (const r of rows) {
    const cells = [
      r.name.padEnd(12),
      kb(r.bytes).padStart(9),
      kb(r.gzipBytes).padStart(8),
      r.initMs.toFixed(1).padStart(8),
      r.initCpuMs.toFixed(1).padStart(12),
      r.wallMs.toFixed(1).padStart(11),
      r.wallVsNode.toFixed(2).padStart(12),
    ];
    console.log(cells.join(' '));
  }
  if (options.json) {
    const report = {
      node: process.version,
      runs: options.runs,
      nodeBaseline,
      emptyBaseline,
      functions: rows,
    };
    fs.writeFileSync(options.json, `${JSON.stringify(report, null, 2)}\n`);
  }
  const over = rows.filter((r) => r.bytes > options.budgetKb * 1024);
  for (const r of over) {
    console.error(`${r.name}: ${kb(r.bytes)} KB vượt ngân sách / exceeds the ${options.budgetKb} KB budget`);
  }
  process.exit(over.length > 0 ? 1 : 0);
}

main();
