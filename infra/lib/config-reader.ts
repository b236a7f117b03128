/**
 * Reads one environment's raw context block, collecting every problem instead of stopping at the
 * first, so a single synth shows them all.
 */
/** Retention periods CloudWatch Logs accepts; any other number is rejected by the service. */
export const allowedRetentionDays = [
  1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653,
];

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export class Reader {
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
