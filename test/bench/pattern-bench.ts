/**
 * Linear-time patterns (issue 12, finding 5): an author's `pattern` of `^(a|a)+$` against a string
 * of n × "a" and one "!" costs 2^n steps on a backtracking engine (JavaScript's RegExp, what Ajv
 * uses by default) and about n steps in RE2, which the core's Ajv uses (code.regExp = re2js).
 * Prints both side by side; the backtracking baseline stops at 24 characters (a quarter of a
 * second) and is extrapolated beyond, since 28 characters block a server for seconds.
 * Run alone with `npx tsx test/bench/pattern-bench.ts`; `npm run bench` runs it after the
 * validation benchmark.
 */
import { compileShared } from '../../functions/core/formats/create-ajv';

const pattern = '^(a|a)+$';
const input = (n: number) => `${'a'.repeat(n)}!`;

/** Median microseconds per call over `runs` calls (at least one). */
function microseconds(fn: () => unknown, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - start) / 1000);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

const core = compileShared('form', { type: 'string', pattern });
const native = new RegExp(pattern, 'u');
for (let i = 0; i < 1000; i++) core(input(28)); // warm up the compiled validator

const fmt = (us: number) =>
  us >= 1e6
    ? `${(us / 1e6).toFixed(2)} s`
    : us >= 1e3
      ? `${(us / 1e3).toFixed(1)} ms`
      : `${us.toFixed(us < 10 ? 2 : 0)} µs`;
const rows: string[] = [];
let last = 0;
let lastN = 0;
for (const n of [16, 20, 24, 28, 1_000, 100_000]) {
  if (core(input(n)) !== false) throw new Error(`the core accepted ${n} × "a" and "!"`);
  const re2 = microseconds(() => core(input(n)), n > 1000 ? 5 : 200);
  let baseline: string;
  if (n <= 24) {
    last = microseconds(() => native.test(input(n)), n < 24 ? 5 : 1);
    lastN = n;
    baseline = fmt(last);
  } else {
    // Each extra character doubles the backtracking work.
    const estimate = last * 2 ** (n - lastN);
    baseline = n <= 64 ? `≈ ${fmt(estimate)} (extrapolated)` : 'never finishes';
  }
  rows.push(`| ${n.toLocaleString('en-US')} | ${baseline} | ${fmt(re2)} |`);
}

console.log(
  [
    '',
    `# Pattern benchmark — ${pattern} against n × "a" followed by "!"`,
    '',
    '| n | backtracking RegExp (Ajv default) | core Ajv, RE2 (re2js) |',
    '|---:|---:|---:|',
    ...rows,
    '',
  ].join('\n'),
);
