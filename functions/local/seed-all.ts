/**
 * Everything local mode seeds: demo citizens, the catalog's procedures as published versions and
 * a first catalog release. Each step is idempotent, so a second start reuses the data as it is.
 */
import type { SeedableCitizenDataSource } from '../adapters/dynamodb/citizen-data-source';
import type { AppDeps, Officer } from '../ports';
import { publishCatalog } from '../use-cases/publish/publish-catalog';
import { demoCitizenData } from './demo-users';
import { readProcedures } from './read-procedures';
import { seedActor, seedCatalog } from './seed-catalog';

export interface SeedReport {
  citizenItemsWritten: number;
  proceduresCreated: string[];
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

/** Seeds citizens, procedures and the first release. */
export async function seedAll(deps: AppDeps, citizens: SeedableCitizenDataSource, proceduresDir: string) {
  let citizenItemsWritten = 0;
  for (const citizen of demoCitizenData) citizenItemsWritten += await citizens.put(citizen);
  const proceduresCreated = await seedCatalog(deps, readProcedures(proceduresDir));
  const result = await publishCatalog(deps, seedPublisher);
  const report: SeedReport = {
    citizenItemsWritten,
    proceduresCreated,
    release: { releaseId: result.release.releaseId, changed: result.changed },
  };
  return report;
}
