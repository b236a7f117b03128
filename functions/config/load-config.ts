/**
 * Configuration, parsed once from the environment by each door's composition root. It fails
 * loudly with ONE error listing every missing or invalid variable, so a misdeployed Lambda says
 * everything that is wrong on its first cold start instead of one variable per deploy.
 */
import type { TableName } from '../adapters/dynamodb/tables';
import { envNames } from './env-names';

export type AuthMode = 'cognito' | 'dev';

export interface TokenIssuerConfig {
  issuer: string;
  /** Where the issuer's public keys are; absent in dev mode (the dev IdP's keys are local). */
  jwksUrl?: string;
  audience?: string;
}

export interface Config {
  region: string;
  tables: Record<TableName, string>;
  buckets: { catalog: string; uploads: string };
  auth: { mode: AuthMode; officer: TokenIssuerConfig; citizen: TokenIssuerConfig };
  siteOrigin?: string;
  /** Local mode only (DynamoDB Local, s3rver); absent on AWS. */
  endpoints: { dynamodb?: string; s3?: string };
  limits: { maxBodyBytes: number; maxUploadBytes: number };
}

/** Issuers the development identity provider signs with (local mode). */
export const devIssuers = {
  officer: 'urn:tthc:dev-idp:officers',
  citizen: 'urn:tthc:dev-idp:vneid',
  audience: 'tthc-local',
} as const;

export const defaultLimits = { maxBodyBytes: 256 * 1024, maxUploadBytes: 10 * 1024 * 1024 } as const;

/** Thrown when the environment is incomplete; `problems` lists each variable and what is wrong. */
export class ConfigError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`Invalid configuration (${problems.length} problem(s)):\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

type Env = Readonly<Record<string, string | undefined>>;

/**
 * Parses the environment into a Config.
 * @example const config = loadConfig(process.env); // only in a composition root
 */
export function loadConfig(env: Env): Config {
  const problems: string[] = [];
  const read = (name: string, required: boolean): string | undefined => {
    const value = env[name]?.trim();
    if (value) return value;
    if (required) problems.push(`${name} is missing`);
    return undefined;
  };
  const url = (name: string, required: boolean): string | undefined => {
    const value = read(name, required);
    if (value !== undefined && !/^https?:\/\/[^\s]+$/.test(value)) {
      problems.push(`${name} must be an http(s) URL, got "${value}"`);
    }
    return value;
  };

  const modeText = read(envNames.authMode, true);
  if (modeText !== undefined && modeText !== 'cognito' && modeText !== 'dev') {
    problems.push(`${envNames.authMode} must be "cognito" or "dev", got "${modeText}"`);
  }
  const mode: AuthMode = modeText === 'dev' ? 'dev' : 'cognito';
  const onAws = mode === 'cognito';

  const tables = {
    procedures: read(envNames.tables.procedures, true),
    audit: read(envNames.tables.audit, true),
    dossiers: read(envNames.tables.dossiers, true),
    citizens: read(envNames.tables.citizens, true),
  };
  const buckets = {
    catalog: read(envNames.buckets.catalog, true),
    uploads: read(envNames.buckets.uploads, true),
  };
  const region = read(envNames.region, true);
  const officer: TokenIssuerConfig = {
    issuer: read(envNames.officerIssuer, onAws) ?? devIssuers.officer,
    jwksUrl: url(envNames.officerJwksUrl, onAws),
    audience: read(envNames.officerAudience, onAws) ?? (onAws ? undefined : devIssuers.audience),
  };
  const citizen: TokenIssuerConfig = {
    issuer: read(envNames.citizenIssuer, onAws) ?? devIssuers.citizen,
    jwksUrl: url(envNames.citizenJwksUrl, onAws),
    audience: read(envNames.citizenAudience, false) ?? (onAws ? undefined : devIssuers.audience),
  };
  const siteOrigin = url(envNames.siteOrigin, false);
  const endpoints = { dynamodb: url(envNames.dynamoEndpoint, false), s3: url(envNames.s3Endpoint, false) };

  if (problems.length > 0) throw new ConfigError(problems);
  return {
    region: region!,
    tables: tables as Record<TableName, string>,
    buckets: buckets as Config['buckets'],
    auth: { mode, officer, citizen },
    ...(siteOrigin ? { siteOrigin } : {}),
    endpoints,
    limits: { ...defaultLimits },
  };
}
