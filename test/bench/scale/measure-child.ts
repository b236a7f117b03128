/** Runs a node child to its end and measures its wall time and peak resident memory. */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const peakReporter = fileURLToPath(new URL('./peak-rss.mjs', import.meta.url));

export interface ChildRun {
  exitCode: number | null;
  seconds: number;
  /** Peak resident set size of the whole process (all threads), in MB. */
  peakMb: number;
  stdout: string;
  stderr: string;
}

/** `node --import peak-rss.mjs [args]`, stdout and stderr collected (not a terminal). */
export function measureNode(args: string[], env: Record<string, string> = {}): Promise<ChildRun> {
  const dir = mkdtempSync(join(tmpdir(), 'scale-peak-'));
  const peakFile = join(dir, 'peak');
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, ['--import', peakReporter, ...args], {
    env: { ...process.env, ...env, SCALE_PEAK_RSS_FILE: peakFile },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => {
    stdout += c.toString();
  });
  child.stderr.on('data', (c: Buffer) => {
    stderr += c.toString();
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (exitCode) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      let peakKb = Number.NaN;
      try {
        peakKb = Number(readFileSync(peakFile, 'utf8'));
      } catch {
        // The child died before its exit handler ran: the peak is unknown, shown as NaN.
      }
      rmSync(dir, { recursive: true, force: true });
      resolve({ exitCode, seconds, peakMb: peakKb / 1024, stdout, stderr });
    });
  });
}
