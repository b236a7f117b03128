/** A worker thread of `catalog check`: checks the procedure files it is sent, one at a time. */
import { parentPort, workerData } from 'node:worker_threads';
import { skipCodeOptimization } from '../core/formats/create-ajv';
import { checkProcedureFile, type ProcedureFileContext } from './check-procedure-file';

export interface WorkerTask {
  index: number;
  path: string;
  reported: boolean;
}

const ctx = workerData as ProcedureFileContext;
// Each procedure's validators run only its few test cases: compiling them fast matters more.
skipCodeOptimization();
parentPort?.on('message', async (task: WorkerTask) => {
  try {
    const result = await checkProcedureFile(task.path, ctx, task.reported);
    parentPort?.postMessage({ index: task.index, result });
  } catch (e) {
    // A crash is the checker's bug, not the catalog's: the caller rethrows it as the serial run would.
    parentPort?.postMessage({
      index: task.index,
      crash: e instanceof Error ? (e.stack ?? e.message) : String(e),
    });
  }
});
