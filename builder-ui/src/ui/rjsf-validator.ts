/**
 * The validator react-jsonschema-form uses in the builder's preview and the citizen form (it
 * resolves `if`/`then`/`else` and `anyOf` while the citizen types). It is the core's own Ajv —
 * same class, options, formats, keywords and RE2 patterns as the server (configureFormAjv) —
 * instead of validator-ajv8's bundled ajv-formats, so a value never passes here and fails at
 * submission (issue 10: `2025-01-01T10:00:00` did). test/core/validator-parity.test.ts holds
 * the two to identical verdicts. The server's core still decides whether a dossier is valid.
 */
import { customizeValidator } from '@rjsf/validator-ajv8';
import Ajv2020 from 'ajv/dist/2020';
import { configureFormAjv, formAjvOptions } from '../../../functions/core/formats/create-ajv';

type CustomOptions = NonNullable<Parameters<typeof customizeValidator>[0]>;

/** Vietnam's calendar date (UTC+7 all year): the filing date of a dossier sent now. */
const vietnamToday = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);

/** A browser validator whose `x-notFuture` compares with `today()` (tests pin the date). */
export function createFormValidator(today: () => string = vietnamToday) {
  return customizeValidator({
    // rjsf types the class as draft-07 Ajv; 2020 is a subclass with the same constructor.
    AjvClass: Ajv2020 as unknown as CustomOptions['AjvClass'],
    ajvOptionsOverrides: { ...formAjvOptions },
    // Not validator-ajv8's own ajv-formats: the core registers the formats (same versions, same modes).
    ajvFormatOptions: false,
    extenderFn: (ajv) => configureFormAjv(ajv as unknown as Ajv2020, today) as unknown as typeof ajv,
  });
}

export const formValidator = createFormValidator();
