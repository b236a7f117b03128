/**
 * Per-environment settings, read from CDK context once and validated before any construct is
 * built, so a typo in cdk.json fails `cdk synth` with one message listing every problem instead
 * of a half-built stack or a CloudFormation error twenty minutes into a deploy.
 */

import { isRecord, Reader } from './config-reader';

export { allowedRetentionDays } from './config-reader';

export type EnvironmentName = 'dev' | 'prod';

export interface InfraConfig {
  envName: EnvironmentName;
  /** True for prod: deletion protection, retained data, stricter sign-in. */
  production: boolean;
  account: string;
  region: string;
  /** Origin of the builder/portal site (scheme://host[:port]); CORS and Cognito callbacks use it. */
  siteOrigin: string;
  /** Optional custom domain on CloudFront; needs an ACM certificate in us-east-1. */
  siteDomain?: string;
  certificateArn?: string;
  citizenIssuer: string;
  citizenJwksUrl: string;
  citizenAudience: string;
  alarmEmail?: string;
  logRetentionDays: number;
  throttle: { rateLimit: number; burstLimit: number };
}

/** Raised for any missing or wrong setting; the message lists all of them, in Vietnamese and English. */
export class InfraConfigError extends Error {
  readonly problems: { vi: string; en: string }[];
  constructor(problems: { vi: string; en: string }[]) {
    const lines = problems.map((p) => `  - ${p.vi} / ${p.en}`).join('\n');
    super(`Cấu hình triển khai không hợp lệ / Invalid deployment configuration:\n${lines}`);
    this.name = 'InfraConfigError';
    this.problems = problems;
  }
}

/** When no account is known (offline synth, CI), a placeholder keeps synth deterministic. */
export const placeholderAccount = '123456789012';

/** What the app reads from outside the context: `CDK_DEFAULT_ACCOUNT` set by the CDK CLI. */
export interface ConfigInputs {
  /** `app.node.tryGetContext` */
  context: (key: string) => unknown;
  defaultAccount?: string;
}

/**
 * Builds the validated configuration from CDK context.
 * @example loadInfraConfig({ context: (k) => app.node.tryGetContext(k), defaultAccount: process.env.CDK_DEFAULT_ACCOUNT })
 */
export function loadInfraConfig(inputs: ConfigInputs): InfraConfig {
  const envName = inputs.context('env') ?? 'dev';
  if (envName !== 'dev' && envName !== 'prod') {
    throw new InfraConfigError([
      {
        vi: `Môi trường "${String(envName)}" không hợp lệ; dùng -c env=dev hoặc -c env=prod`,
        en: `Unknown environment "${String(envName)}"; use -c env=dev or -c env=prod`,
      },
    ]);
  }
  const all = inputs.context('environments');
  const raw = isRecord(all) ? all[envName] : undefined;
  if (!isRecord(raw)) {
    throw new InfraConfigError([
      {
        vi: `Thiếu khối cấu hình context.environments.${envName} trong cdk.json`,
        en: `Missing context.environments.${envName} in cdk.json`,
      },
    ]);
  }
  return parseEnvironment(envName, raw, inputs.defaultAccount);
}

function parseEnvironment(envName: EnvironmentName, raw: Record<string, unknown>, defaultAccount?: string) {
  const r = new Reader(`environments.${envName}`, raw);
  const production = envName === 'prod';
  const account = r.optionalString('account', /^\d{12}$/, 'a 12-digit AWS account id') ?? defaultAccount;
  const siteOrigin = r.origin('siteOrigin', production);
  const siteDomain = r.optionalString('siteDomain', /^[a-z0-9.-]+\.[a-z]{2,}$/, 'a DNS name');
  const certificateArn = r.optionalString(
    'certificateArn',
    /^arn:aws:acm:us-east-1:\d{12}:certificate\/[\w-]+$/,
    'an ACM certificate ARN in us-east-1 (CloudFront requires that region)',
  );
  if ((siteDomain === undefined) !== (certificateArn === undefined)) {
    r.problem('siteDomain và certificateArn phải đi cùng nhau', 'siteDomain and certificateArn go together');
  }
  if (siteDomain && siteOrigin && siteOrigin !== `https://${siteDomain}`) {
    r.problem(`siteOrigin phải là https://${siteDomain}`, `siteOrigin must be https://${siteDomain}`);
  }
  const config: InfraConfig = {
    envName,
    production,
    account: account ?? placeholderAccount,
    region: r.string('region', /^[a-z]{2}(-[a-z]+)+-\d$/, 'an AWS region such as ap-southeast-1'),
    siteOrigin,
    siteDomain,
    certificateArn,
    citizenIssuer: r.url('citizenIssuer'),
    citizenJwksUrl: r.url('citizenJwksUrl'),
    citizenAudience: r.string('citizenAudience', /^\S{1,200}$/, 'a non-empty audience (client id)'),
    alarmEmail: r.optionalString('alarmEmail', /^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'an e-mail address'),
    logRetentionDays: r.retention('logRetentionDays'),
    throttle: {
      rateLimit: r.positiveInt(['throttle', 'rateLimit']),
      burstLimit: r.positiveInt(['throttle', 'burstLimit']),
    },
  };
  if (r.problems.length > 0) throw new InfraConfigError(r.problems);
  return config;
}
