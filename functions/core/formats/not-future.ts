import type Ajv from 'ajv/dist/2020';

/** What a form validator receives as `this` (Ajv `passContext`): the filing date. */
export interface ValidationContext {
  date: string;
}

/**
 * `"x-notFuture": true` on a date field rejects dates after the filing date. The filing date is
 * per call, not per schema, so it reaches the keyword through Ajv's `passContext` rather than a
 * recompilation. A validation without a context asks `today` (the browser passes Vietnam's
 * current date, so the citizen form agrees with the server filing today); without `today` either
 * (conditions) the keyword accepts.
 */
export function registerNotFuture(ajv: Ajv, today?: () => string): Ajv {
  ajv.addKeyword({
    keyword: 'x-notFuture',
    schemaType: 'boolean',
    type: 'string',
    errors: true,
    validate: function notFuture(this: ValidationContext | undefined, schema: boolean, data: string) {
      if (!schema) return true;
      const date = this !== undefined && typeof this.date === 'string' ? this.date : today?.();
      if (date === undefined) return true;
      // Both are YYYY-MM-DD, so string order is date order; malformed dates are the format's job.
      return !(data.length === 10 && data > date);
    },
  });
  return ajv;
}
