import type Ajv from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { isLegacyId, isMobile, isPersonalId, isTaxCode } from './vn-identifiers';

/** The custom formats officers may use, by name, for any validator (Ajv, rjsf's customFormats…). */
export const vnFormats: Readonly<Record<string, (value: string) => boolean>> = {
  'vn-personal-id': isPersonalId,
  'vn-legacy-id': isLegacyId,
  'vn-tax-code': isTaxCode,
  'vn-mobile': isMobile,
};

/**
 * Adds the catalog's formats to an Ajv instance: `date` and `email` (ajv-formats, full mode, so
 * 2025-02-30 is rejected) and the vn-* formats. Use the same call in the browser and the server.
 */
export function registerFormats(ajv: Ajv): Ajv {
  addFormats(ajv, { mode: 'full', formats: ['date', 'email', 'date-time', 'time', 'uri'] });
  for (const [name, validate] of Object.entries(vnFormats)) ajv.addFormat(name, { type: 'string', validate });
  return ajv;
}
