/**
 * The limits part of the configuration: defaults sized for real use, each overridable from the
 * environment and validated with the rest (a bad value is one more line of the ConfigError).
 *
 *   UPLOAD_QUOTA_FILES_PER_DAY=50  UPLOAD_QUOTA_BYTES_PER_DAY=209715200
 *   RATE_LIMITS="submission.citizen=10/60,quote.ip=120/60"   (name.scope=limit/seconds)
 */
import type { Limits, RateName, RateScope } from '../ports/limits';
import { envNames } from './env-names';

const MiB = 1024 * 1024;

/** Per window: a citizen files a few dossiers a day; NAT puts many people behind one IP, hence looser IP limits. */
export const defaultLimits: Limits = {
  maxBodyBytes: 256 * 1024,
  maxUploadBytes: 10 * MiB,
  uploadQuota: { files: 60, bytes: 200 * MiB },
  rates: {
    'sign-in': { ip: { limit: 30, windowSeconds: 60 } },
    submission: { ip: { limit: 60, windowSeconds: 60 }, citizen: { limit: 10, windowSeconds: 60 } },
    upload: { ip: { limit: 120, windowSeconds: 60 }, citizen: { limit: 40, windowSeconds: 60 } },
    quote: { ip: { limit: 120, windowSeconds: 60 }, citizen: { limit: 120, windowSeconds: 60 } },
  },
};

export const rateNames: readonly RateName[] = ['sign-in', 'submission', 'upload', 'quote'];
const scopes: readonly RateScope[] = ['ip', 'citizen'];

type Env = Readonly<Record<string, string | undefined>>;

/** The limits of `env`; each mistake is pushed to `problems`. */
export function readLimits(env: Env, problems: string[]): Limits {
  const positive = (name: string, fallback: number): number => {
    const raw = env[name]?.trim();
    if (!raw) return fallback;
    if (/^[1-9]\d{0,14}$/.test(raw)) return Number(raw);
    problems.push(`${name} must be a positive whole number, got "${raw}"`);
    return fallback;
  };
  const rates = structuredClone(defaultLimits.rates);
  const text = env[envNames.rateLimits]?.trim();
  for (const entry of text ? text.split(',') : []) {
    const match = /^\s*([a-z-]+)\.([a-z]+)=([1-9]\d{0,8})\/([1-9]\d{0,5})\s*$/.exec(entry);
    const name = match?.[1] as RateName | undefined;
    const scope = match?.[2] as RateScope | undefined;
    if (!match || !name || !rateNames.includes(name) || !scope || !scopes.includes(scope)) {
      problems.push(
        `${envNames.rateLimits} entry "${entry}" must be name.scope=limit/seconds with name one of ${rateNames.join(', ')} and scope ip or citizen`,
      );
      continue;
    }
    rates[name][scope] = { limit: Number(match[3]), windowSeconds: Number(match[4]) };
  }
  return {
    maxBodyBytes: defaultLimits.maxBodyBytes,
    maxUploadBytes: defaultLimits.maxUploadBytes,
    uploadQuota: {
      files: positive(envNames.uploadQuotaFiles, defaultLimits.uploadQuota.files),
      bytes: positive(envNames.uploadQuotaBytes, defaultLimits.uploadQuota.bytes),
    },
    rates,
  };
}
