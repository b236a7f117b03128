/** Reading path and query parameters of the admin routes, with clear 400s. */
import type { Context } from 'hono';
import { BadRequestError } from '../../errors';
import { readJson } from '../../http/read-json';
import type { ProcedureStatus } from '../../ports';

const statuses: readonly ProcedureStatus[] = ['draft', 'in-review', 'approved', 'published', 'retired'];

/** The `:version` path parameter as a positive integer. */
export function versionParam(raw: string): number {
  if (!/^[1-9]\d{0,5}$/.test(raw)) {
    throw new BadRequestError('request.invalid-version', {
      vi: `"${raw}" không phải số phiên bản hợp lệ (số nguyên dương).`,
      en: `"${raw}" is not a valid version number (a positive integer).`,
    });
  }
  return Number(raw);
}

/** The `status` filter, checked against the status machine's states. */
export function statusParam(raw: string | undefined): ProcedureStatus | undefined {
  if (raw === undefined || raw === '') return undefined;
  if ((statuses as readonly string[]).includes(raw)) return raw as ProcedureStatus;
  throw new BadRequestError('request.invalid-status', {
    vi: `Trạng thái "${raw}" không hợp lệ; dùng một trong: ${statuses.join(', ')}.`,
    en: `Unknown status "${raw}"; use one of: ${statuses.join(', ')}.`,
  });
}

/** A JSON object body when one was sent, `{}` for an empty body (actions whose body is optional). */
export async function optionalJson(c: Context): Promise<Record<string, unknown>> {
  const text = await c.req.text();
  return text.trim() === '' ? {} : readJson(c);
}

/** Empty query values count as absent (forms send `?field=`). */
export function queryValue(c: Context, name: string): string | undefined {
  const value = c.req.query(name);
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}
