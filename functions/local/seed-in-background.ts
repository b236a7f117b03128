/**
 * A large new catalog folder, seeded and published after local mode is ready: the steps run one
 * after the other, with progress on the console, and never reject (a failure is logged, and the
 * portal keeps saying its catalog is not published yet).
 */
import type { SeedDataReport } from './seed-all';

export interface BackgroundSeed {
  /** Waited for first (tests hold the build to look at the server meanwhile). */
  gate?: Promise<unknown>;
  seed(): Promise<Omit<SeedDataReport, 'citizenItemsWritten'>>;
  /** Starts the first release; `built` settles once it is current. */
  publish(): Promise<{ built: Promise<boolean> }>;
  log(line: string): void;
  /** Seconds since the start began. */
  elapsed(): number;
}

/** Resolves true once the first release is current, false when a step failed. */
export async function seedInBackground(steps: BackgroundSeed): Promise<boolean> {
  try {
    await steps.gate;
    steps.log('Đang kiểm tra và nạp danh mục / checking and seeding the catalog in the background…');
    const data = await steps.seed();
    steps.log(
      `Đã nạp / seeded ${data.proceduresCreated.length} thủ tục / procedures` +
        (data.skipped.length > 0
          ? `; ${data.skipped.length} tệp có lỗi không được nạp / files with errors not seeded: ${data.skipped
              .slice(0, 5)
              .map((s) => s.file)
              .join(', ')}${data.skipped.length > 5 ? ', …' : ''}`
          : ''),
    );
    const { built } = await steps.publish();
    const ok = await built;
    if (ok) steps.log(`  · first release current: ${steps.elapsed().toFixed(1)} s`);
    return ok;
  } catch (err) {
    steps.log(
      `Nạp danh mục thất bại / seeding the catalog failed: ${err instanceof Error ? err.message : String(err)}`,
    );
    return false;
  }
}
