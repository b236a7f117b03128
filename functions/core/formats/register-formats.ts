import type Ajv from 'ajv/dist/2020';
import { fullFormats } from 'ajv-formats/dist/formats';
import { currentFilingDate } from './filing-date';
import { isFullDate } from './full-date';
import { isLegacyId, isMobile, isPersonalId, isTaxCode } from './vn-identifiers';

/**
 * The custom formats officers may use, by name. A personal ID (also as tax code) must not be
 * born after the filing date: the running validation's (atFilingDate), else `today()`, else the
 * year is not checked.
 */
export function vnFormatsAt(today?: () => string): Readonly<Record<string, (value: string) => boolean>> {
  const date = () => currentFilingDate() ?? today?.();
  return {
    'vn-personal-id': (v) => isPersonalId(v, date()),
    'vn-legacy-id': isLegacyId,
    'vn-tax-code': (v) => isTaxCode(v, date()),
    'vn-mobile': isMobile,
  };
}

/** The custom formats, checking birth years against the running validation's filing date. */
export const vnFormats = vnFormatsAt();

/** The standard formats the catalog uses, as ajv-formats defines them in full mode. */
const standardFormats = ['date', 'email', 'date-time', 'time', 'uri'] as const;

/** ajv-formats' `date`, checked without a regex match (same verdicts, see full-date.ts). */
const fullDate = { type: 'string', validate: isFullDate } as const;

/**
 * Adds the catalog's formats to an Ajv instance: `date`, `time`, `date-time`, `email` and `uri`
 * (ajv-formats, full mode, so 2025-02-30 is rejected and a date-time needs its offset) and the
 * vn-* formats. Use the same call in the browser and the server (configureFormAjv).
 * The definitions are taken from ajv-formats' table rather than through its plugin, which is the
 * same `addFormat` per name plus the formatMinimum/Maximum keywords the catalog does not use —
 * ~1 KB gzip on the citizen's form.
 */
export function registerFormats(ajv: Ajv, today?: () => string): Ajv {
  for (const name of standardFormats) ajv.addFormat(name, name === 'date' ? fullDate : fullFormats[name]);
  for (const [name, validate] of Object.entries(vnFormatsAt(today)))
    ajv.addFormat(name, { type: 'string', validate });
  return ajv;
}
