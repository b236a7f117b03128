import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cdkJsonContext } from '../../infra/lib/app';
import { InfraConfigError, loadInfraConfig, placeholderAccount } from '../../infra/lib/config';

const committed = cdkJsonContext();

/** Runs the loader over cdk.json's context with some settings of one environment changed. */
function load(env: string, overrides: Record<string, unknown> = {}, defaultAccount?: string) {
  const environments = structuredClone(committed.environments) as Record<string, Record<string, unknown>>;
  if (environments[env]) Object.assign(environments[env], overrides);
  const context: Record<string, unknown> = { ...committed, env, environments };
  return loadInfraConfig({ context: (key) => context[key], defaultAccount });
}

function problemsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(InfraConfigError);
    return (error as InfraConfigError).problems.map((p) => `${p.vi} | ${p.en}`);
  }
  throw new Error('expected an InfraConfigError');
}

describe('deployment configuration from cdk.json context', () => {
  it('reads both committed environments; prod is the one with protections on', () => {
    const dev = load('dev');
    const prod = load('prod');
    expect(dev.production).toBe(false);
    expect(prod.production).toBe(true);
    expect(prod.siteOrigin).toBe(`https://${prod.siteDomain}`);
    expect(prod.logRetentionDays).toBeGreaterThan(dev.logRetentionDays);
  });

  it('uses the account the CDK CLI found, and a placeholder offline', () => {
    expect(load('dev', {}, '210987654321').account).toBe('210987654321');
    expect(load('dev').account).toBe(placeholderAccount);
    expect(load('dev', { account: '111122223333' }, '210987654321').account).toBe('111122223333');
  });

  it('rejects an unknown environment name with the choices, in Vietnamese and English', () => {
    const [problem] = problemsOf(() => load('staging'));
    expect(problem).toContain('-c env=dev');
    expect(problem).toContain('Môi trường "staging" không hợp lệ');
    expect(problem).toContain('Unknown environment "staging"');
  });

  it('lists every wrong setting at once, naming each', () => {
    const problems = problemsOf(() =>
      load('prod', {
        region: 'Singapore',
        siteOrigin: 'http://dichvucong.example.vn',
        citizenJwksUrl: undefined,
        logRetentionDays: 10,
        throttle: { rateLimit: 0, burstLimit: 10 },
        alarmEmail: 'not-an-email',
      }),
    );
    const text = problems.join('\n');
    for (const key of [
      'region',
      'siteOrigin',
      'citizenJwksUrl',
      'logRetentionDays',
      'throttle.rateLimit',
      'alarmEmail',
    ]) {
      expect(text).toContain(`"${key}"`);
    }
    expect(problems).toHaveLength(6);
    expect(text).toContain('environments.prod: thiếu "citizenJwksUrl"');
  });

  it('allows a local http origin in dev only', () => {
    expect(load('dev', { siteOrigin: 'http://localhost:5173' }).siteOrigin).toBe('http://localhost:5173');
    const problems = problemsOf(() =>
      load('prod', { siteOrigin: 'http://localhost:5173', siteDomain: undefined, certificateArn: undefined }),
    );
    expect(problems.join()).toContain('"siteOrigin"');
  });

  it('needs the certificate with the custom domain, in us-east-1, matching the origin', () => {
    expect(problemsOf(() => load('prod', { certificateArn: undefined })).join()).toContain('certificateArn');
    const wrongRegion = 'arn:aws:acm:ap-southeast-1:123456789012:certificate/abc';
    expect(problemsOf(() => load('prod', { certificateArn: wrongRegion })).join()).toContain('us-east-1');
    expect(problemsOf(() => load('prod', { siteOrigin: 'https://other.example.vn' })).join()).toContain(
      'siteOrigin must be https://dichvucong.example.vn',
    );
  });

  it('reports a missing environment block', () => {
    const context: Record<string, unknown> = { env: 'prod', environments: { dev: {} } };
    const [problem] = problemsOf(() => loadInfraConfig({ context: (key) => context[key] }));
    expect(problem).toContain('context.environments.prod');
  });
});

describe('the CDK app entry point (what `cdk synth` runs)', () => {
  it('prints the configuration problems and exits 1, without a stack trace', () => {
    const root = fileURLToPath(new URL('../../', import.meta.url));
    // The CDK CLI hands cdk.json's context (plus -c values) to the app through this variable.
    const context = { ...committed, env: 'prod', environments: { prod: { region: 'nowhere' } } };
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'infra/bin/app.ts'], {
      cwd: root,
      env: { ...process.env, CDK_CONTEXT_JSON: JSON.stringify(context) },
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Invalid deployment configuration');
    expect(result.stderr).toContain('"region" = "nowhere"');
    expect(result.stderr).toContain('thiếu "siteOrigin"');
    expect(result.stderr).not.toMatch(/^\s+at /m);
  }, 120_000);
});
