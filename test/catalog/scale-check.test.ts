/**
 * `catalog check` of generated catalogs (the scale benchmark's generator): a valid one passes on
 * worker threads, one broken procedure is reported exactly, the worker and the single-thread runs
 * give the same report, and the progress bar never reaches a pipe.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { checkPaths } from '../../functions/catalog/check-paths';
import { progressBar } from '../../functions/cli/sync/progress';
import { generateCatalog, writeCatalog } from '../bench/scale/generate-catalog';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function written(count: number, seed: number): { dir: string; files: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'scale-check-'));
  dirs.push(dir);
  const catalog = generateCatalog(count, { seed });
  writeCatalog(dir, catalog);
  return { dir, files: catalog.procedures.map((p) => join(dir, 'procedures', `${p.file}.json`)) };
}

// Checking dozens of procedures takes a while on a busy machine; these timeouts are not speed assertions.
describe('catalog check at scale', { timeout: 240_000 }, () => {
  it('passes a generated catalog of 50 varied procedures on worker threads, running every test case', async () => {
    const { dir, files } = written(50, 7);
    const progress: [number, number][] = [];
    const report = await checkPaths([dir], { jobs: 2, onProgress: (d, t) => progress.push([d, t]) });
    expect(report.problems).toEqual([]);
    expect(report.summary).toMatchObject({
      files: 53,
      errors: 0,
      warnings: 0,
      testsFailed: 0,
      testsSkipped: 0,
    });
    expect(report.tests.map((t) => t.file)).toEqual([...files].sort());
    expect(report.tests.every((t) => t.run?.ok && t.run.results.length > 0)).toBe(true);
    expect(report.ok).toBe(true);
    expect(progress[0]).toEqual([0, 50]);
    expect(progress.at(-1)).toEqual([50, 50]);
  });

  it('reports exactly the one broken procedure, the same on worker threads as in one thread', async () => {
    const { dir, files } = written(30, 11);
    const broken = files[4]!;
    const definition = JSON.parse(readFileSync(broken, 'utf8')) as { fees: { category: string }[] };
    definition.fees[0]!.category = 'khong-co';
    writeFileSync(broken, `${JSON.stringify(definition, null, 2)}\n`);

    const report = await checkPaths([dir], { jobs: 3 });
    expect(report.problems).toEqual([
      expect.objectContaining({
        file: broken,
        severity: 'error',
        code: 'fee.category.unknown',
        pointer: '/fees/0/category',
        line: expect.any(Number),
        column: expect.any(Number),
      }),
    ]);
    expect(report.ok).toBe(false);
    expect(report.summary).toMatchObject({ files: 33, errors: 1, testsFailed: 0, testsSkipped: 1 });
    expect(report.tests.find((t) => t.file === broken)?.run).toBeUndefined();
    expect(await checkPaths([dir], { jobs: 1 })).toEqual(report);
  });

  it('prints no progress to a pipe: the CLI report on stdout equals the library report, stderr stays empty', async () => {
    const { dir } = written(12, 3);
    const run = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile(
        process.execPath,
        [
          join(root, 'node_modules/tsx/dist/cli.mjs'),
          'functions/cli/catalog.ts',
          'check',
          dir,
          '--json',
          '--jobs',
          '2',
        ],
        { cwd: root, maxBuffer: 64 * 1024 * 1024 },
        (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
      );
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(JSON.stringify(await checkPaths([dir], { jobs: 1 }))));
  });

  it('draws the progress bar on a terminal only', () => {
    const writes = (isTTY: boolean) => {
      const out: string[] = [];
      const stream = { isTTY, write: (s: string) => out.push(s) } as unknown as NodeJS.WriteStream;
      const bar = progressBar('check', stream);
      bar(0, 4);
      bar(2, 4);
      bar(4, 4);
      return out;
    };
    expect(writes(false)).toEqual([]);
    const shown = writes(true);
    expect(shown[1]).toBe('\rcheck [############------------] 2/4');
    expect(shown.at(-1)).toBe('\n');
  });
});
