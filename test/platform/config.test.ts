import { describe, expect, it } from 'vitest';
import { ConfigError, devIssuers, loadConfig } from '../../functions/config/load-config';

const aws = {
  TABLE_PROCEDURES: 'p',
  TABLE_AUDIT: 'a',
  TABLE_DOSSIERS: 'd',
  TABLE_CITIZENS: 'c',
  TABLE_COUNTERS: 'n',
  BUCKET_CATALOG: 'cat',
  BUCKET_UPLOADS: 'up',
  AUTH_MODE: 'cognito',
  AWS_REGION: 'ap-southeast-1',
  OFFICER_TOKEN_ISSUER: 'https://cognito-idp.ap-southeast-1.amazonaws.com/pool',
  OFFICER_JWKS_URL: 'https://cognito-idp.ap-southeast-1.amazonaws.com/pool/.well-known/jwks.json',
  OFFICER_TOKEN_AUDIENCE: 'client-id',
  CITIZEN_TOKEN_ISSUER: 'https://vneid.example',
  CITIZEN_JWKS_URL: 'https://vneid.example/jwks.json',
};

function problemsOf(env: Record<string, string | undefined>): string[] {
  try {
    loadConfig(env);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as ConfigError).problems;
  }
  throw new Error('loadConfig accepted the environment');
}

describe('loadConfig', () => {
  it('reads a complete AWS environment', () => {
    const config = loadConfig(aws);
    expect(config.tables).toEqual({
      procedures: 'p',
      audit: 'a',
      dossiers: 'd',
      citizens: 'c',
      counters: 'n',
    });
    expect(config.auth.mode).toBe('cognito');
    expect(config.auth.officer).toEqual({
      issuer: aws.OFFICER_TOKEN_ISSUER,
      jwksUrl: aws.OFFICER_JWKS_URL,
      audience: 'client-id',
    });
    expect(config.endpoints).toEqual({ dynamodb: undefined, s3: undefined });
  });

  it('lists every missing and invalid variable in one error', () => {
    const problems = problemsOf({
      ...aws,
      TABLE_AUDIT: '',
      BUCKET_UPLOADS: undefined,
      CITIZEN_JWKS_URL: 'ftp://x',
      AUTH_MODE: 'cognito',
    });
    expect(problems).toEqual([
      'TABLE_AUDIT is missing',
      'BUCKET_UPLOADS is missing',
      'CITIZEN_JWKS_URL must be an http(s) URL, got "ftp://x"',
    ]);
    expect(() => loadConfig({})).toThrow(
      /AUTH_MODE is missing[\s\S]*TABLE_PROCEDURES is missing[\s\S]*AWS_REGION is missing/,
    );
  });

  it('rejects an unknown auth mode', () => {
    expect(problemsOf({ ...aws, AUTH_MODE: 'none' })).toEqual([
      'AUTH_MODE must be "cognito" or "dev", got "none"',
    ]);
  });

  it('needs no issuers in dev mode and uses the dev IdP’s', () => {
    const {
      OFFICER_TOKEN_ISSUER,
      OFFICER_JWKS_URL,
      OFFICER_TOKEN_AUDIENCE,
      CITIZEN_TOKEN_ISSUER,
      CITIZEN_JWKS_URL,
      ...rest
    } = aws;
    const config = loadConfig({ ...rest, AUTH_MODE: 'dev', DYNAMODB_ENDPOINT: 'http://127.0.0.1:8000' });
    expect(config.auth.officer.issuer).toBe(devIssuers.officer);
    expect(config.auth.citizen.issuer).toBe(devIssuers.citizen);
    expect(config.endpoints.dynamodb).toBe('http://127.0.0.1:8000');
    expect(problemsOf({ ...rest, AUTH_MODE: 'cognito' })).toContain('OFFICER_JWKS_URL is missing');
  });
});

describe('limits in the configuration', () => {
  it('has defaults, reads the upload quota and rate limits, and lists every bad value', () => {
    const defaults = loadConfig(aws).limits;
    expect(defaults.uploadQuota).toEqual({ files: 60, bytes: 200 * 1024 * 1024 });
    expect(defaults.rates.submission.citizen).toEqual({ limit: 10, windowSeconds: 60 });
    const set = loadConfig({
      ...aws,
      UPLOAD_QUOTA_FILES_PER_DAY: '5',
      UPLOAD_QUOTA_BYTES_PER_DAY: '1000',
      RATE_LIMITS: 'quote.ip=3/10, submission.citizen=2/60',
    }).limits;
    expect(set.uploadQuota).toEqual({ files: 5, bytes: 1000 });
    expect(set.rates.quote.ip).toEqual({ limit: 3, windowSeconds: 10 });
    expect(set.rates.submission.citizen).toEqual({ limit: 2, windowSeconds: 60 });
    expect(set.rates.submission.ip).toEqual(defaults.rates.submission.ip);
    const problems = problemsOf({
      ...aws,
      UPLOAD_QUOTA_FILES_PER_DAY: '0',
      RATE_LIMITS: 'quote.ip=3,login.ip=1/60',
    });
    expect(problems).toEqual([
      expect.stringContaining('RATE_LIMITS entry "quote.ip=3"'),
      expect.stringContaining('RATE_LIMITS entry "login.ip=1/60"'),
      'UPLOAD_QUOTA_FILES_PER_DAY must be a positive whole number, got "0"',
    ]);
  });
});
