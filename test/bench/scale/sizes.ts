/** The catalog sizes a scale part measures: `--sizes 100,500,2000` (or `--sizes=…`), else those. */
export const defaultSizes = [100, 500, 2000];

export function parseSizes(argv: string[]): number[] {
  const at = argv.findIndex((a) => a === '--sizes' || a.startsWith('--sizes='));
  if (at < 0) return defaultSizes;
  const arg = argv[at] as string;
  const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[at + 1];
  const sizes = (value ?? '').split(',').map((s) => Number(s.trim()));
  if (sizes.length === 0 || sizes.some((n) => !Number.isInteger(n) || n < 1)) {
    throw new Error(`--sizes takes positive integers separated by commas, not "${value ?? ''}"`);
  }
  return sizes;
}

/** "×4.9" growth of `value` over the previous size's, or "—" for the first row. */
export function growth(value: number, previous: number | undefined): string {
  if (previous === undefined || previous === 0) return '—';
  return `×${(value / previous).toFixed(2)}`;
}
