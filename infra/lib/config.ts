/**
 * Per-environment settings, read from CDK context once and validated before any construct is
 * built, so a typo in cdk.json fails `cdk synth` with one message listing every problem instead
 * of a half-built stack or a CloudFormation error twenty minutes into a deploy.
 */

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

/** Retention periods CloudWatch Logs accepts; any other number is rejected by the service. */
export const allowedRetentionDays = [
  1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653,
];

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

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Collects every problem instead of stopping at the first, so one synth shows them all. */
class Reader {
  readonly problems: { vi: string; en: string }[] = [];
  constructor(
    private readonly prefix: string,
    private readonly raw: Record<string, unknown>,
  ) {}

  problem(vi: string, en: string): void {
    this.problems.push({ vi: `${this.prefix}: ${vi}`, en: `${this.prefix}: ${en}` });
  }

  private get(path: string[]): unknown {
    let value: unknown = this.raw;
    for (const key of path) value = isRecord(value) ? value[key] : undefined;
    return value;
  }

  string(key: string, pattern: RegExp, what: string): string {
    const value = this.raw[key];
    if (value === undefined || value === null || value === '') {
      this.problem(`thiếu "${key}" (${what})`, `"${key}" is missing (${what})`);
    } else if (typeof value !== 'string' || !pattern.test(value)) {
      this.problem(
        `"${key}" = ${JSON.stringify(value)} không hợp lệ (${what})`,
        `"${key}" = ${JSON.stringify(value)} is not ${what}`,
      );
    } else {
      return value;
    }
    return '';
  }

  optionalString(key: string, pattern: RegExp, what: string): string | undefined {
    const value = this.raw[key];
    if (value === undefined || value === null || value === '') return undefined;
    return this.string(key, pattern, what) || undefined;
  }

  url(key: string): string {
    const value = this.string(key, /^https:\/\/\S+$/, 'an https:// URL');
    if (value && !URL.canParse(value)) this.problem(`"${key}" không phải URL`, `"${key}" is not a URL`);
    return value;
  }

  /** Production must be https; dev may also point at a local server (http://localhost:port). */
  origin(key: string, production: boolean): string {
    const pattern = production
      ? /^https:\/\/[a-z0-9.-]+(:\d+)?$/
      : /^(https:\/\/[a-z0-9.-]+|http:\/\/(localhost|127\.0\.0\.1))(:\d+)?$/;
    const what = production
      ? 'an https:// origin without a path'
      : 'an origin (https://host or http://localhost:port)';
    return this.string(key, pattern, what);
  }

  positiveInt(path: string[]): number {
    const value = this.get(path);
    const name = path.join('.');
    if (typeof value !== 'number' || !Number.isInteger(value) || value <= 0) {
      this.problem(`"${name}" phải là số nguyên dương`, `"${name}" must be a positive integer`);
      return 1;
    }
    return value;
  }

  retention(key: string): number {
    const value = this.raw[key];
    if (typeof value !== 'number' || !allowedRetentionDays.includes(value)) {
      this.problem(
        `"${key}" = ${JSON.stringify(value)} không hợp lệ; chọn một trong ${allowedRetentionDays.join(', ')}`,
        `"${key}" = ${JSON.stringify(value)} is not one of ${allowedRetentionDays.join(', ')}`,
      );
      return 14;
    }
    return value;
  }
}
