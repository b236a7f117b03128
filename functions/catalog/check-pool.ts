/**
 * Checks many procedure files, in this thread or spread over worker threads. Results come back in
 * the files' order whatever the order they finish in, so the report is the same either way.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import {
  checkProcedureFile,
  type ProcedureFileContext,
  type ProcedureFileResult,
} from './check-procedure-file';
import type { WorkerTask } from './check-worker';

export interface PoolOptions {
  /** Worker threads; 1 = check in this thread. Default: the CPUs, at most 4, and only for many files. */
  jobs?: number;
  onProgress?: (done: number, total: number) => void;
}

/** Below this many files a worker's start-up (loading the checker, compiling the format) costs more than it saves. */
const minFilesForWorkers = 40;
/**
 * A worker is replaced after this many files. The checker's own Ajv starts afresh every few hundred
 * compiles (see schema-compiler.ts), but the core's shared instances keep something of every
 * condition (and every form the checker could not compile cleanly) they compiled; a fresh worker
 * starts empty. Large, as a worker costs ~0.5 s to start (loading, compiling the format).
 */
const filesPerWorker = 1000;

export function defaultJobs(files: number): number {
  return files < minFilesForWorkers ? 1 : Math.max(1, Math.min(4, availableParallelism()));
}

export async function checkProcedureFiles(
  tasks: { path: string; reported: boolean }[],
  ctx: ProcedureFileContext,
  options: PoolOptions = {},
): Promise<ProcedureFileResult[]> {
  if (tasks.length === 0) return [];
  const jobs = Math.min(options.jobs ?? defaultJobs(tasks.length), tasks.length);
  const progress = options.onProgress ?? (() => {});
  progress(0, tasks.length);
  if (jobs <= 1) {
    const results: ProcedureFileResult[] = [];
    for (const task of tasks) {
      results.push(await checkProcedureFile(task.path, ctx, task.reported));
      progress(results.length, tasks.length);
    }
    return results;
  }
  return runOnWorkers(tasks, ctx, jobs, progress, await workerEntry());
}

const workerUrl = new URL(
  `./check-worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`,
  import.meta.url,
);

/**
 * Run from TypeScript sources (tsx, vitest), the workers load the checker prebuilt as one
 * JavaScript file (see worker-bundle.ts) rather than each transpiling it through tsx. Should the
 * bundle fail (no esbuild, a read-only temporary folder), null: each worker goes through tsx.
 */
async function workerEntry(): Promise<URL | null> {
  if (!workerUrl.pathname.endsWith('.ts')) return workerUrl;
  try {
    const { workerBundle } = await import('./worker-bundle');
    return await workerBundle(workerUrl);
  } catch {
    return null;
  }
}

function startWorker(entry: URL | null, ctx: ProcedureFileContext): Worker {
  if (entry) return new Worker(entry, { workerData: ctx, execArgv: workerExecArgv() });
  // A worker cannot load the .ts entry by itself (Node 20 does not pass the parent's loader hooks
  // on), so it loads tsx's ESM API first and imports through it (the CommonJS twin resolves its
  // own files wrongly from a worker).
  const tsx = typeof import.meta.resolve === 'function' ? import.meta.resolve('tsx/esm/api') : 'tsx/esm/api';
  const boot = `import(${JSON.stringify(tsx)}).then(({ tsImport }) => tsImport(${JSON.stringify(workerUrl.href)}, ${JSON.stringify(import.meta.url)}))`;
  return new Worker(boot, { eval: true, workerData: ctx });
}

/**
 * The process's flags without its preloads (`--import tsx` …): they would load again in every
 * worker, which loads one prebuilt file and needs none of them.
 */
function workerExecArgv(): string[] {
  const preload = new Set(['--import', '--require', '-r', '--loader', '--experimental-loader']);
  const flags: string[] = [];
  const argv = process.execArgv;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const name = arg.split('=')[0]!;
    if (!preload.has(name)) flags.push(arg);
    else if (!arg.includes('=')) i++;
  }
  return flags;
}

function runOnWorkers(
  tasks: { path: string; reported: boolean }[],
  ctx: ProcedureFileContext,
  jobs: number,
  progress: (done: number, total: number) => void,
  entry: URL | null,
): Promise<ProcedureFileResult[]> {
  const results: ProcedureFileResult[] = new Array(tasks.length);
  let next = 0;
  let done = 0;
  const live = new Set<Worker>();
  return new Promise((resolve, reject) => {
    const fail = (error: Error) => {
      for (const w of live) void w.terminate();
      live.clear();
      reject(error);
    };
    const launch = () => {
      const worker = startWorker(entry, ctx);
      live.add(worker);
      let handled = 0;
      const feed = () => {
        // A fresh worker is not worth its start-up for the last few files.
        const tail = tasks.length - next < filesPerWorker / 4;
        if (next >= tasks.length || (handled >= filesPerWorker && !tail)) {
          live.delete(worker);
          void worker.terminate();
          if (next < tasks.length) launch();
          return;
        }
        const index = next++;
        handled++;
        const task: WorkerTask = { index, ...tasks[index]! };
        worker.postMessage(task);
      };
      worker.on('message', (m: { index: number; result?: ProcedureFileResult; crash?: string }) => {
        if (m.crash !== undefined || !m.result) return fail(new Error(m.crash ?? 'worker sent no result'));
        results[m.index] = m.result;
        done++;
        progress(done, tasks.length);
        if (done === tasks.length) {
          for (const w of live) void w.terminate();
          live.clear();
          resolve(results);
        } else feed();
      });
      worker.on('error', fail);
      feed();
    };
    for (let i = 0; i < jobs; i++) launch();
  });
}
