/**
 * `catalog check` at scale: for each size, a generated catalog is written to a temporary folder
 * and the real CLI checks it in its own process; wall time and peak memory, with growth from size
 * to size, and as a ratio to a baseline measured the same way in the same run (a bare node reading
 * and JSON.parse-ing the same files).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCatalog, writeCatalog } from '../generate-catalog';
import { measureNode } from '../measure-child';
import { growth, parseSizes } from '../sizes';

const cli = fileURLToPath(new URL('../../../../functions/cli/catalog.ts', import.meta.url));

/** Reads and parses every .json file under a folder: the least any check must do. */
const baselineScript = `
const { readdirSync, readFileSync } = require('node:fs');
const { join } = require('node:path');
let files = 0;
const walk = (dir) => {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p);
    else if (e.name.endsWith('.json')) { JSON.parse(readFileSync(p, 'utf8')); files++; }
  }
};
walk(process.argv[1]);
console.log(files);
`;

interface Row {
  size: number;
  seconds: number;
  peakMb: number;
  baseSeconds: number;
  baseMb: number;
  verdict: string;
}

const rows: Row[] = [];
for (const size of parseSizes(process.argv.slice(2))) {
  const dir = mkdtempSync(join(tmpdir(), `scale-check-${size}-`));
  try {
    writeCatalog(dir, generateCatalog(size));
    const base = await measureNode(['-e', baselineScript, dir]);
    const run = await measureNode(['--import', 'tsx', cli, 'check', dir, '--json']);
    let verdict = `exit ${run.exitCode}`;
    try {
      const report = JSON.parse(run.stdout) as {
        ok: boolean;
        summary: { files: number; errors: number; testsPassed: number; testsFailed: number };
      };
      const s = report.summary;
      verdict = `${report.ok ? 'passed' : 'FAILED'}: ${s.files} files, ${s.errors} errors, ${s.testsPassed} tests passed, ${s.testsFailed} failed`;
    } catch {
      verdict += ` (no JSON report; stderr: ${run.stderr.slice(0, 200)})`;
    }
    rows.push({
      size,
      seconds: run.seconds,
      peakMb: run.peakMb,
      baseSeconds: base.seconds,
      baseMb: base.peakMb,
      verdict,
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

console.log(
  '| procedures | check wall s | growth | peak RSS MB | growth | baseline parse s / MB | check ÷ baseline (time, memory) | result |',
);
console.log('|---|---|---|---|---|---|---|---|');
rows.forEach((r, i) => {
  const prev = rows[i - 1];
  console.log(
    `| ${r.size} | ${r.seconds.toFixed(1)} | ${growth(r.seconds, prev?.seconds)} | ${r.peakMb.toFixed(0)} | ${growth(r.peakMb, prev?.peakMb)} | ${r.baseSeconds.toFixed(2)} / ${r.baseMb.toFixed(0)} | ×${(r.seconds / r.baseSeconds).toFixed(0)}, ×${(r.peakMb / r.baseMb).toFixed(1)} | ${r.verdict} |`,
  );
});
process.exitCode = rows.every((r) => r.verdict.startsWith('passed')) ? 0 : 1;
