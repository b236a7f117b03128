/**
 * Composition root: configuration → SDK clients → adapters → AppDeps. Every door (Lambda
 * handler, local server, tests) builds its dependencies here and nowhere else.
 */
import { randomUUID } from 'node:crypto';
import { createRemoteJWKSet } from 'jose';
import { createDynamoAuditLog } from '../adapters/dynamodb/audit-log';
import { createDynamoCatalogDocStore } from '../adapters/dynamodb/catalog-doc-store';
import { createDynamoCatalogInputs, createDynamoPublishJobs } from '../adapters/dynamodb/catalog-inputs';
import {
  createDynamoCitizenDataSource,
  type SeedableCitizenDataSource,
} from '../adapters/dynamodb/citizen-data-source';
import { createDynamoCounterStore } from '../adapters/dynamodb/counter-store';
import { createDynamoDossierStore } from '../adapters/dynamodb/dossier-store';
import { createDynamoProcedureStore } from '../adapters/dynamodb/procedure-store';
import { createDynamoReleasePointer } from '../adapters/dynamodb/release-pointer';
import { createContainerCounterStore } from '../adapters/memory/container-counter-store';
import { createS3FileStore } from '../adapters/s3/file-store';
import { createS3ReleaseStore } from '../adapters/s3/release-store';
import { type Config, ConfigError, type TokenIssuerConfig } from '../config/load-config';
import { createJwtVerifier, type TrustedIssuer } from '../identity/jwt-verifier';
import { withVerifiedTokenCache } from '../identity/verified-tokens';
import type { AppDeps, TokenVerifier } from '../ports';
import { bundledCatalogContext } from './catalog-context';
import { createSdkClients, type SdkClients } from './sdk-clients';

export interface Platform {
  deps: AppDeps;
  clients: SdkClients;
  /** The citizen source with its seeding method (local mode and tests). */
  citizens: SeedableCitizenDataSource;
}

/**
 * Builds the clients and adapters. `overrides` replaces single dependencies — local mode passes
 * the dev IdP's verifier (its keys are local, not behind a URL); tests may pass a fixed clock.
 */
export function buildPlatform(config: Config, overrides: Partial<AppDeps> = {}): Platform {
  const clients = createSdkClients(config);
  const citizens = createDynamoCitizenDataSource(clients.dynamodb, config.tables.citizens);
  const deps: AppDeps = {
    procedures: createDynamoProcedureStore(clients.dynamodb, config.tables.procedures, config.tables.audit),
    catalogDocs: createDynamoCatalogDocStore(clients.dynamodb, config.tables.procedures, config.tables.audit),
    audit: createDynamoAuditLog(clients.dynamodb, config.tables.audit),
    dossiers: createDynamoDossierStore(clients.dynamodb, config.tables.dossiers),
    files: createS3FileStore(clients.s3, config.buckets.uploads),
    releases: createS3ReleaseStore(
      clients.s3,
      config.buckets.catalog,
      createDynamoReleasePointer(clients.dynamodb, config.tables.procedures, config.tables.audit),
    ),
    catalogInputs: createDynamoCatalogInputs(clients.dynamodb, config.tables.procedures),
    publishJobs: createDynamoPublishJobs(clients.dynamodb, config.tables.procedures),
    citizens,
    clock: { now: () => new Date() },
    ids: { next: () => randomUUID() },
    verifier: overrides.verifier ?? remoteVerifier(config),
    catalog: bundledCatalogContext,
    counters: createDynamoCounterStore(clients.dynamodb, config.tables.counters),
    containerCounters: createContainerCounterStore(),
    limits: structuredClone(config.limits),
    ...overrides,
  };
  // Whichever verifier the door uses, a token is checked once per container, not per request.
  deps.verifier = withVerifiedTokenCache(deps.verifier);
  return { deps, clients, citizens };
}

/** The AppDeps of a door. */
export function buildDeps(config: Config, overrides: Partial<AppDeps> = {}): AppDeps {
  return buildPlatform(config, overrides).deps;
}

function remoteVerifier(config: Config): TokenVerifier {
  const trusted = (which: 'officer' | 'citizen', issuer: TokenIssuerConfig): TrustedIssuer => {
    if (!issuer.jwksUrl) {
      throw new ConfigError([`the ${which} token issuer has no JWKS URL and no local verifier was given`]);
    }
    return {
      issuer: issuer.issuer,
      ...(issuer.audience ? { audience: issuer.audience } : {}),
      keys: createRemoteJWKSet(new URL(issuer.jwksUrl)),
    };
  };
  return createJwtVerifier({
    officer: trusted('officer', config.auth.officer),
    citizen: trusted('citizen', config.auth.citizen),
  });
}
