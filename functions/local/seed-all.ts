/**
 * Everything local mode seeds: demo citizens, the catalog's procedures as published versions and
 * a first catalog release. Each step is idempotent, so a second start reuses the data as it is —
 * and with a stamp file, a second start of an unchanged catalog folder skips reading and checking
 * it altogether (catalog-stamp.ts), which is most of a 2,000-procedure start.
 */
import type { SeedableCitizenDataSource } from '../adapters/dynamodb/citizen-data-source';
import { type LoadedCatalog, loadCatalog } from '../catalog/load-catalog';
import type { AppDeps, Officer } from '../ports';
import { publishCatalog } from '../use-cases/publish/publish-catalog';
import { catalogStamp, readStamp, writeStamp } from './catalog-stamp';
import { demoCitizenData } from './demo-users';
import { seedActor, seedCatalog } from './seed-catalog';
import { readCatalogData, seedCatalogData } from './seed-catalog-data';

export interface SeedDataReport {
  citizenItemsWritten: number;
  proceduresCreated: string[];
  /** Procedure files not seeded because the catalog check found errors in them. */
  skipped: { file: string; problems: string[] }[];
  /** The folder was seeded before, unchanged since: it was not read again. */
  unchangedFolder: boolean;
}

export interface SeedReport extends SeedDataReport {
  /** `pending`: a large first build still running in the background (local mode only). */
  release: { releaseId: string; changed: boolean; pending?: boolean };
  /** Procedure files being checked and seeded in the background (a large new catalog folder). */
  seedingInBackground?: number;
}

// The seed publishes as a system officer; publishCatalog checks the role like for any officer.
export const seedPublisher: Officer = {
  kind: 'officer',
  sub: seedActor,
  name: 'Khởi tạo dữ liệu / Seed',
  agency: 'ubnd-phuong-sai-gon',
  roles: ['publisher'],
};

/**
 * Seeds citizens, the catalog's procedures, registry and policies. The catalog goes through the
 * same checks as `npm run catalog check`; a procedure file with errors is reported, not published.
 * With `stampFile`, an unchanged folder seeded before is not read again.
 */
export async function seedData(
  deps: AppDeps,
  citizens: SeedableCitizenDataSource,
  catalogDir: string,
  stampFile?: string,
): Promise<SeedDataReport> {
  const citizenItemsWritten = await seedCitizens(citizens);
  return { citizenItemsWritten, ...(await seedCatalogFolder(deps, catalogDir, stampFile)) };
}

/** The demo citizens' records (a few items, idempotent); the number of items written. */
export async function seedCitizens(citizens: SeedableCitizenDataSource): Promise<number> {
  let written = 0;
  for (const citizen of demoCitizenData) written += await citizens.put(citizen);
  return written;
}

/** Whether `catalogDir` was seeded before, unchanged since (then seeding it again reads nothing). */
export function folderUnchanged(catalogDir: string, stampFile: string): boolean {
  return catalogStamp(catalogDir) === readStamp(stampFile);
}

/**
 * Checks and seeds the catalog folder's procedures, registry and policies (see seedData). `load`
 * reads and checks the folder (local mode's background seeding does it in a worker thread).
 */
export async function seedCatalogFolder(
  deps: AppDeps,
  catalogDir: string,
  stampFile?: string,
  load: (
    dir: string,
  ) => Promise<Pick<LoadedCatalog, 'procedures' | 'procedurePaths' | 'problems'>> = loadCatalog,
): Promise<Omit<SeedDataReport, 'citizenItemsWritten'>> {
  const stamp = stampFile ? catalogStamp(catalogDir) : null;
  if (stampFile && stamp === readStamp(stampFile)) {
    return { proceduresCreated: [], skipped: [], unchangedFolder: true };
  }
  const catalog = await load(catalogDir);
  const errorsByFile = new Map<string, string[]>();
  for (const problem of catalog.problems) {
    if (problem.severity !== 'error') continue;
    const list = errorsByFile.get(problem.file) ?? [];
    list.push(`${problem.code} ${problem.pointer}: ${problem.message.en}`);
    errorsByFile.set(problem.file, list);
  }
  const sound = catalog.procedures.filter((_, i) => !errorsByFile.has(catalog.procedurePaths[i] ?? ''));
  const skipped = catalog.procedurePaths
    .filter((file) => errorsByFile.has(file))
    .map((file) => ({ file, problems: errorsByFile.get(file) ?? [] }));
  // Registry and policies first: a release (or a quote) needs them more than any one procedure.
  await seedCatalogData(deps, readCatalogData(catalogDir));
  const proceduresCreated = await seedCatalog(deps, sound);
  if (stampFile && stamp) writeStamp(stampFile, stamp);
  return { proceduresCreated, skipped, unchangedFolder: false };
}

/** Seeds everything and publishes the first release (in the caller). */
export async function seedAll(
  deps: AppDeps,
  citizens: SeedableCitizenDataSource,
  catalogDir: string,
  stampFile?: string,
): Promise<SeedReport> {
  const data = await seedData(deps, citizens, catalogDir, stampFile);
  const result = await publishCatalog(deps, seedPublisher);
  return { ...data, release: { releaseId: result.release.releaseId, changed: result.changed } };
}
