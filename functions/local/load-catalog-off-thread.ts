/**
 * loadCatalog in a worker thread. Checking a province's 2,000 procedures is tens of seconds of
 * synchronous work; local mode seeds such a folder after it is ready, and on the main thread that
 * work would stall every request meanwhile (the portal, /health) until it finished.
 */
import { Worker } from 'node:worker_threads';
import type { LoadedCatalog } from '../catalog/load-catalog';

const workerUrl = new URL(
  `./load-catalog-worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`,
  import.meta.url,
);

/** The procedures, their files and the error-severity problems of the folder `dir`. */
export function loadCatalogOffThread(
  dir: string,
): Promise<Pick<LoadedCatalog, 'procedures' | 'procedurePaths' | 'problems'>> {
  return new Promise((resolve, reject) => {
    const worker = startWorker(dir);
    worker.once('message', (loaded) => {
      resolve(loaded);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`catalog worker exited with code ${code}`));
    });
  });
}

/**
 * Run from TypeScript sources (tsx, vitest), a worker cannot load the .ts entry by itself (Node 20
 * does not pass the parent's loader hooks on), so it loads tsx's API first — as check-pool.ts does.
 */
function startWorker(dir: string): Worker {
  if (!workerUrl.pathname.endsWith('.ts')) return new Worker(workerUrl, { workerData: { dir } });
  const tsx = typeof import.meta.resolve === 'function' ? import.meta.resolve('tsx/esm/api') : 'tsx/esm/api';
  const boot = `import(${JSON.stringify(tsx)}).then(({ tsImport }) => tsImport(${JSON.stringify(workerUrl.href)}, ${JSON.stringify(import.meta.url)}))`;
  return new Worker(boot, { eval: true, workerData: { dir } });
}
