/**
 * Real AppDeps for tests: the production adapters and SDK clients against DynamoDB Local and s3rver,
 * tables and buckets created, tokens issued by the development IdP and checked by the real
 * verifier. One per test file:
 *
 *   let t: TestPlatform;
 *   beforeAll(async () => { t = await createTestDeps(); });
 *   afterAll(() => t.stop());
 *   const res = await createAdminApp(t.deps).request('/api/admin/procedures', {
 *     headers: { authorization: `Bearer ${await t.officerToken('author.saigon')}` } });
 */
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { createTables } from '../../functions/adapters/dynamodb/create-tables';
import { allowBrowserUploads } from '../../functions/adapters/s3/allow-browser-uploads';
import { createBuckets } from '../../functions/adapters/s3/create-buckets';
import { buildPlatform, type Platform } from '../../functions/composition/build-deps';
import { envNames } from '../../functions/config/env-names';
import { rateNames } from '../../functions/config/limits';
import { type Config, loadConfig } from '../../functions/config/load-config';
import type { Procedure } from '../../functions/core/types';
import { createDevIdp, type DevIdp } from '../../functions/identity/dev-idp';
import { generateDevKeys } from '../../functions/identity/dev-keys';
import { demoCitizenData, demoOfficers } from '../../functions/local/demo-users';
import { localEnv } from '../../functions/local/local-env';
import { readProcedures } from '../../functions/local/read-procedures';
import { seedCatalog } from '../../functions/local/seed-catalog';
import { readCatalogData, seedCatalogData } from '../../functions/local/seed-catalog-data';
import type { AppDeps } from '../../functions/ports';
import { type LocalAws, startLocalAws } from './local-aws';

export interface TestDepsOptions {
  /** Share one DynamoDB Local/s3rver between several deps (each gets its own tables and buckets). */
  aws?: LocalAws;
  /** Replace single dependencies, e.g. a fixed clock. */
  overrides?: Partial<AppDeps>;
  /**
   * Extra environment for loadConfig. By default rate limits and the upload quota are raised far
   * above what a test file sends (every `app.request` shares the client IP `unknown`); tests of the
   * limits set their own, e.g. `{ RATE_LIMITS: 'quote.ip=3/60' }`.
   */
  env?: Record<string, string>;
}

/** Limits no ordinary test reaches. */
export const roomyLimitsEnv: Record<string, string> = {
  [envNames.rateLimits]: rateNames
    .flatMap((n) => [`${n}.ip=1000000/60`, `${n}.citizen=1000000/60`])
    .join(','),
  [envNames.uploadQuotaFiles]: '1000000',
  [envNames.uploadQuotaBytes]: String(1024 ** 4),
};

export interface TestPlatform extends Platform {
  config: Config;
  idp: DevIdp;
  aws: LocalAws;
  /** A bearer token of a demo officer (functions/local/seed-data/officers.json). */
  officerToken(username: string): Promise<string>;
  /** A bearer token of a seeded citizen; call `seedCitizens()` first. */
  citizenToken(personalId: string): Promise<string>;
  /** Writes the demo citizens (population data and records). */
  seedCitizens(): Promise<void>;
  /** Writes catalogs/registry.json and catalogs/policies/*.json as published documents. */
  seedCatalogData(): Promise<string[]>;
  /** Writes catalogs/procedures/*.json (or `definitions`) as published version 1; returns ids. */
  seedCatalog(definitions?: readonly Procedure[]): Promise<string[]>;
  stop(): Promise<void>;
}

export const catalogProceduresDir = join(import.meta.dirname, '..', '..', 'catalogs', 'procedures');

/** Builds real deps on fresh tables and buckets. */
export async function createTestDeps(options: TestDepsOptions = {}): Promise<TestPlatform> {
  const ownAws = options.aws === undefined;
  const aws = options.aws ?? (await startLocalAws());
  const config = loadConfig({
    ...localEnv({ aws, prefix: `t${randomBytes(4).toString('hex')}` }),
    ...roomyLimitsEnv,
    ...options.env,
  });
  const keys = await generateDevKeys();
  // The IdP reads citizens through the platform, and the platform verifies with the IdP's keys.
  let idp: DevIdp | undefined;
  const platform = buildPlatform(config, {
    verifier: { verify: (token) => idp!.verifier.verify(token) },
    ...options.overrides,
  });
  idp = createDevIdp({ keys, officers: demoOfficers, citizens: platform.citizens });
  await createTables(platform.clients.dynamodb, config.tables);
  await createBuckets(platform.clients.s3, [config.buckets.catalog, config.buckets.uploads]);
  await allowBrowserUploads(platform.clients.s3, config.buckets.uploads, ['*']);

  return {
    ...platform,
    config,
    idp: idp,
    aws,
    officerToken: async (username) => (await idp.signInOfficer(username)).token,
    citizenToken: async (personalId) => (await idp.signInCitizen(personalId)).token,
    async seedCitizens() {
      for (const citizen of demoCitizenData) await platform.citizens.put(citizen);
    },
    seedCatalogData: () => seedCatalogData(platform.deps, readCatalogData(join(catalogProceduresDir, '..'))),
    seedCatalog: (definitions) =>
      seedCatalog(platform.deps, definitions ?? readProcedures(catalogProceduresDir)),
    async stop() {
      platform.clients.dynamodb.destroy();
      platform.clients.s3.destroy();
      if (ownAws) await aws.stop();
    },
  };
}
