/**
 * The release of a freshly started local mode. Small builds (the committed catalog, a change since
 * the last start) are done before the server says it is ready, so the portal has its catalog at
 * once; a large first build (a generated province-sized catalog) runs in the background like the
 * publish job it is on AWS — the server answers meanwhile (the portal says the catalog is not
 * published yet) and the console shows the progress.
 */
import type { AppDeps } from '../ports';
import { planRelease } from '../use-cases/publish/plan-release';
import { inlineLimit } from '../use-cases/publish/publish-job';
import { writeRelease } from '../use-cases/publish/write-release';
import { seedPublisher } from './seed-all';

export interface SeededRelease {
  releaseId: string;
  changed: boolean;
  /** A large build still running in the background. */
  pending?: boolean;
  /** Settles once the release is current (at once when built inline); failures are logged, not thrown. */
  built: Promise<boolean>;
}

export async function publishSeeded(deps: AppDeps, log: (line: string) => void): Promise<SeededRelease> {
  const plan = await planRelease(deps);
  if (plan.kind === 'unchanged') {
    return { releaseId: plan.manifest.releaseId, changed: false, built: Promise.resolve(true) };
  }
  if (plan.rebuild.length <= inlineLimit) {
    const result = await writeRelease(deps, seedPublisher, plan);
    return { releaseId: result.release.releaseId, changed: result.changed, built: Promise.resolve(true) };
  }
  const started = Date.now();
  let shown = 0;
  const built = writeRelease(deps, seedPublisher, plan, (done, total) => {
    if (done - shown >= total / 10 || done === total) {
      shown = done;
      log(`Đang công bố danh mục / publishing the catalog… ${done}/${total}`);
    }
  }).then(
    (result) => {
      log(
        `Đã công bố / published ${result.release.releaseId} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
      );
      return true;
    },
    (err: unknown) => {
      log(`Công bố thất bại / publishing failed: ${err instanceof Error ? err.message : String(err)}`);
      return false;
    },
  );
  return { releaseId: plan.pointer?.releaseId ?? '—', changed: true, pending: true, built };
}
