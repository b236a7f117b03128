/**
 * `npm run bench`: validation throughput of this core against bare Ajv, @formio/core and
 * survey-core on the same 30-field form, valid and invalid submissions, one core. Every engine
 * must first report errors on exactly the same fields of the invalid input (and none on the
 * valid one), or the run stops. Prints a table and writes it to test/bench/results/.
 *
 * Engines are measured in interleaved rounds and each keeps its best round, so a burst of load
 * from other processes on a shared machine does not land on one engine only.
 * BENCH_SECONDS (default 2) sets the time per measurement, BENCH_ROUNDS (default 3) the rounds.
 * BENCH_SINGLE_THREADED=1 reruns under V8's --single-threaded: on a machine shared with other
 * jobs, V8's background compiler and GC helpers get starved and the numbers swing by 10×; without
 * helper threads every engine is measured on the same footing.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { invalidInput, validInput } from './bench-procedure';
import { createEngines, disagreements, type Engine } from './engines';
import { invalidFields } from './fields';

const singleThreaded = process.execArgv.includes('--single-threaded');
if (process.env.BENCH_SINGLE_THREADED === '1' && !singleThreaded) {
  const self = fileURLToPath(import.meta.url);
  const child = spawnSync(process.execPath, ['--single-threaded', ...process.execArgv, self], {
    stdio: 'inherit',
  });
  process.exit(child.status ?? 1);
}

const seconds = Number(process.env.BENCH_SECONDS ?? 2);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);

function agreeOnErrors(engines: Engine[]): void {
  const problems = disagreements(engines);
  if (problems.length > 0) {
    console.error(`The engines do not report the same errors:\n${problems.join('\n')}`);
    process.exit(1);
  }
  console.log(
    `All engines agree: no error on the valid input; errors on exactly ${invalidFields.length} fields of the invalid one.\n`,
  );
}

/**
 * Runs `fn` in batches until `seconds` have passed; returns calls per second of CPU time the
 * process used ("on one core"), so time the scheduler gives to other jobs on a shared machine
 * is not counted. Warm-up is by time, not by count: V8 optimises on a background thread, which a
 * busy machine can starve for a while.
 */
function measure(fn: () => unknown): number {
  const warm = performance.now() + Math.max(300, seconds * 500);
  while (performance.now() < warm) for (let i = 0; i < 64; i++) fn();
  let batch = 1;
  let calls = 0;
  const cpu = process.cpuUsage();
  const end = performance.now() + seconds * 1000;
  while (performance.now() < end) {
    for (let i = 0; i < batch; i++) fn();
    calls += batch;
    if (batch < 1024) batch *= 2;
  }
  const used = process.cpuUsage(cpu);
  return calls / ((used.user + used.system) / 1e6);
}

const engines = createEngines();
agreeOnErrors(engines);

const rows = engines.map((e) => ({ engine: e.name, validPerSec: 0, invalidPerSec: 0 }));
for (let round = 1; round <= rounds; round++) {
  engines.forEach((e, i) => {
    const valid = e.prepare(validInput);
    const invalid = e.prepare(invalidInput);
    const row = rows[i]!;
    row.validPerSec = Math.max(
      row.validPerSec,
      measure(() => e.validate(valid)),
    );
    row.invalidPerSec = Math.max(
      row.invalidPerSec,
      measure(() => e.validate(invalid)),
    );
  });
  console.log(`round ${round}/${rounds} done`);
}

const core = rows[0]!;
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const ratio = (a: number, b: number) =>
  a >= b ? `${(a / b).toFixed(a / b >= 100 ? 0 : 1)}×` : `${(a / b).toFixed(2)}×`;
const table = [
  '| engine | valid/s | invalid (8 errors)/s | core ÷ engine, valid | core ÷ engine, invalid |',
  '|---|---:|---:|---:|---:|',
  ...rows.map(
    (r) =>
      `| ${r.engine} | ${fmt(r.validPerSec)} | ${fmt(r.invalidPerSec)} | ${ratio(core.validPerSec, r.validPerSec)} | ${ratio(core.invalidPerSec, r.invalidPerSec)} |`,
  ),
].join('\n');

const formio = rows[2]!;
const targets = [
  `full validation ≥ 100,000 valid submissions/s: ${fmt(core.validPerSec)}/s — ${core.validPerSec >= 100_000 ? 'MET' : 'NOT MET'}`,
  `≥ 100× @formio/core on the same input: ${ratio(core.validPerSec, formio.validPerSec)} valid, ${ratio(core.invalidPerSec, formio.invalidPerSec)} invalid — ${core.validPerSec >= 100 * formio.validPerSec && core.invalidPerSec >= 100 * formio.invalidPerSec ? 'MET' : 'NOT MET'}`,
];
const report = [
  `# Validation benchmark — ${new Date().toISOString()}`,
  '',
  `Node ${process.version}${singleThreaded ? ' (V8 --single-threaded)' : ''}, per second of CPU time, best of ${rounds} interleaved rounds of ${seconds} s per measurement. 30 fields nested three levels, patterns, enums,`,
  'formats; six documents; two fee policies. Same valid and invalid submissions for every engine',
  '(SurveyJS receives the same answers flattened to its question names).',
  '',
  table,
  '',
  ...targets.map((t) => `- ${t}`),
  '',
].join('\n');
console.log(`\n${report}`);

const dir = join(dirname(fileURLToPath(import.meta.url)), 'results');
const base = singleThreaded ? 'latest-single-threaded' : 'latest';
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, `${base}.md`), report);
writeFileSync(
  join(dir, `${base}.json`),
  `${JSON.stringify({ date: new Date().toISOString(), node: process.version, singleThreaded, seconds, rounds, rows }, null, 2)}\n`,
);
console.log(`Written to test/bench/results/${base}.md and ${base}.json`);

// Linear-time patterns (issue 12): the pathological pattern in the core's RE2 vs backtracking.
await import('./pattern-bench');
