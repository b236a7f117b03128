/**
 * Everything local mode seeds: demo citizens, the catalog's procedures as published versions and
 * a first catalog release. Each step is idempotent, so a second start reuses the data as it is.
 */
import type { SeedableCitizenDataSource } from '../adapters/dynamodb/citizen-data-source';
import { loadCatalog } from '../catalog/load-catalog';
import type { AppDeps, Officer } from '../ports';
import { publishCatalog } from '../use-cases/publish/publish-catalog';
import { demoCitizenData } from './demo-users';
import { seedActor, seedCatalog } from './seed-catalog';
import { readCatalogData, seedCatalogData } from './seed-catalog-data';

export interface SeedReport {
  citizenItemsWritten: number;
  proceduresCreated: string[];
  /** Procedure files not seeded because the catalog check found errors in them. */
  skipped: { file: string; problems: string[] }[];
  release: { releaseId: string; changed: boolean };
}

// The seed publishes as a system officer; publishCatalog checks the role like for any officer.
const seedPublisher: Officer = {
  kind: 'officer',
  sub: seedActor,
  name: 'Khởi tạo dữ liệu / Seed',
  agency: 'ubnd-phuong-sai-gon',
  roles: ['publisher'],
};

/**
 * Seeds citizens, the catalog's procedures and the first release. The catalog goes through the
 * same checks as `npm run catalog check`; a procedure file with errors is reported, not published.
 */
export async function seedAll(deps: AppDeps, citizens: SeedableCitizenDataSource, catalogDir: string) {
  let citizenItemsWritten = 0;
  for (const citizen of demoCitizenData) citizenItemsWritten += await citizens.put(citizen);
  const catalog = await loadCatalog(catalogDir);
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
  const proceduresCreated = await seedCatalog(deps, sound);
  await seedCatalogData(deps, readCatalogData(catalogDir));
  const result = await publishCatalog(deps, seedPublisher);
  const report: SeedReport = {
    citizenItemsWritten,
    proceduresCreated,
    skipped,
    release: { releaseId: result.release.releaseId, changed: result.changed },
  };
  return report;
}
