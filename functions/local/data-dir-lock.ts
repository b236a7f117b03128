/**
 * One `npm start` per data folder: two DynamoDB Local processes on one database file, or two
 * s3rvers on one folder, would corrupt each other quietly. The lock is a file holding our pid,
 * created exclusively; a lock left by a process that no longer runs (a crash) is taken over.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface DataDirLock {
  release(): void;
}

/** Takes the data folder for this process or throws a bilingual message naming DATA_DIR. */
export function lockDataDir(dataDir: string): DataDirLock {
  const file = join(dataDir, 'tthc.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, String(process.pid), { flag: 'wx' });
      let released = false;
      return {
        release() {
          if (released) return;
          released = true;
          rmSync(file, { force: true });
        },
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const owner = Number(readFileSync(file, 'utf8'));
      if (Number.isInteger(owner) && owner > 0 && isRunning(owner)) {
        throw new Error(
          `Thư mục dữ liệu ${dataDir} đang được một tiến trình khác dùng (pid ${owner}): dừng nó, hoặc đặt ` +
            `DATA_DIR khác (và PORT, DYNAMODB_PORT, S3_PORT khác) để chạy phiên thứ hai. / The data folder ` +
            `${dataDir} is in use by another process (pid ${owner}): stop it, or set another DATA_DIR (and ` +
            'other PORT, DYNAMODB_PORT, S3_PORT) to run a second instance.',
        );
      }
      // Left by a process that died: take it over.
      rmSync(file, { force: true });
    }
  }
  throw new Error(`Không khoá được ${file}. / Could not lock ${file}.`);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
