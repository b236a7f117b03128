/**
 * The validator react-jsonschema-form uses to resolve `if`/`then`/`else` while the citizen types:
 * Ajv 2020 with the catalog's own formats, tolerant of the catalog's `x-…` keywords. It decides
 * which fields show, never whether a dossier is valid — the server's core does that.
 */
import { customizeValidator } from '@rjsf/validator-ajv8';
import Ajv2020 from 'ajv/dist/2020';
import { vnFormats } from '../../../functions/core/formats/register-formats';

export const formValidator = customizeValidator({
  // rjsf types the class as draft-07 Ajv; 2020 is a subclass with the same constructor.
  AjvClass: Ajv2020 as unknown as NonNullable<Parameters<typeof customizeValidator>[0]>['AjvClass'],
  customFormats: { ...vnFormats },
  ajvOptionsOverrides: { strict: false },
});
