/** A worker thread of local mode's background seeding: loads and checks one catalog folder. */
import { parentPort, workerData } from 'node:worker_threads';
import { loadCatalog } from '../catalog/load-catalog';

const catalog = await loadCatalog((workerData as { dir: string }).dir);
// Only what seeding reads: the procedures, their files and the errors (warnings stay here).
parentPort?.postMessage({
  procedures: catalog.procedures,
  procedurePaths: catalog.procedurePaths,
  problems: catalog.problems.filter((p) => p.severity === 'error'),
});
