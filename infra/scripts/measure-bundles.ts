/**
 * Size budget of the Lambda bundles: synthesizes the app (the bundles CDK would upload), then for
 * each function reports the bundle's size (raw and gzipped, roughly what the zip weighs) and its
 * module initialisation time — `require` of the bundle in a fresh Node process with the
 * function's environment — against baselines measured in the same run: an empty bundle and
 * `node -e ""`. Exits 1 when a bundle exceeds the size budget (sizes are deterministic; times on a
 * shared machine are not, so they are reported, not enforced).
 *
 * Usage: npm run bench:bundles [-- --runs 9 --budget-kb 4096 --json out.json]
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';
import { synthLambdaAssets } from './lambda-assets';

interface Options {
  runs: number;
  budgetKb: number;
  json?: string;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { runs: 7, budgetKb: 4096 };
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

/** Child script: time only the `require` of the bundle, in milliseconds. */
const probe = `const t=performance.now();require(process.argv[1]);process.stdout.write(String(performance.now()-t));`;

/** Median over `runs` fresh processes of [module init ms, whole process wall ms]. */
function measure(
  file: string | null,
  env: Record<string, string>,
  runs: number,
): { initMs: number; wallMs: number } {
  const inits: number[] = [];
  const walls: number[] = [];
  for (let i = 0; i < runs; i++) {
    const args = file ? ['-e', probe, file] : ['-e', ''];
    const start = process.hrtime.bigint();
    const result = spawnSync(process.execPath, args, { env: { ...process.env, ...env }, encoding: 'utf8' });
    walls.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (result.status !== 0) throw new Error(`Không nạp được / Could not load ${file}:\n${result.stderr}`);
    if (file) inits.push(Number(result.stdout));
  }
  return { initMs: file ? median(inits) : 0, wallMs: median(walls) };
}

function main(): void {
  const options = parseArgs(process.argv.slice(2));
  console.log('Synthesizing the app with bundling (esbuild)…');
  const assets = synthLambdaAssets();

  const emptyFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tthc-empty-')), 'index.js');
  fs.writeFileSync(emptyFile, 'exports.handler = async () => ({ statusCode: 200 });\n');
  const lambdaEnv = { AWS_REGION: 'ap-southeast-1', AWS_ACCESS_KEY_ID: 'x', AWS_SECRET_ACCESS_KEY: 'x' };
  const nodeBaseline = measure(null, {}, options.runs);
  const emptyBaseline = measure(emptyFile, lambdaEnv, options.runs);

  const rows = assets.map((asset) => {
    const code = fs.readFileSync(asset.file);
    const timing = measure(asset.file, { ...asset.environment, ...lambdaEnv }, options.runs);
    return {
      name: asset.name,
      bytes: code.length,
      gzipBytes: gzipSync(code, { level: 9 }).length,
      initMs: timing.initMs,
      wallMs: timing.wallMs,
      initVsEmpty: timing.initMs / Math.max(emptyBaseline.initMs, 0.001),
      wallVsNode: timing.wallMs / nodeBaseline.wallMs,
    };
  });

  const kb = (n: number) => (n / 1024).toFixed(1);
  console.log(
    `\nNode ${process.version}, ${os.cpus().length} CPU(s), load ${os.loadavg()[0]!.toFixed(1)}; median of ${options.runs} fresh processes`,
  );
  console.log(
    `baseline: node -e "" ${nodeBaseline.wallMs.toFixed(1)} ms wall; empty bundle require ${emptyBaseline.initMs.toFixed(2)} ms\n`,
  );
  console.log('function     bundle KB  gzip KB  init ms  ×empty  wall ms  ×node -e ""');
  for (const r of rows) {
    console.log(
      `${r.name.padEnd(12)} ${kb(r.bytes).padStart(9)} ${kb(r.gzipBytes).padStart(8)} ${r.initMs.toFixed(1).padStart(8)} ${r.initVsEmpty.toFixed(0).padStart(7)} ${r.wallMs.toFixed(1).padStart(8)} ${r.wallVsNode.toFixed(2).padStart(12)}`,
    );
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
