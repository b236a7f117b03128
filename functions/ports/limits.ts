/** Request, upload and rate limits; read from the validated configuration (functions/config/limits.ts). */

/** The actions that are rate limited. */
export type RateName = 'sign-in' | 'submission' | 'upload' | 'quote';
/** Counted per client IP address, or per signed-in citizen. */
export type RateScope = 'ip' | 'citizen';

/** At most `limit` requests per `windowSeconds` (a fixed window). */
export interface RateLimit {
  limit: number;
  windowSeconds: number;
}

export interface Limits {
  maxBodyBytes: number;
  maxUploadBytes: number;
  /** Per citizen and Vietnamese calendar day: upload slots granted and bytes declared. */
  uploadQuota: { files: number; bytes: number };
  rates: Record<RateName, Partial<Record<RateScope, RateLimit>>>;
}
