import type Ajv from 'ajv/dist/2020';

/** What a form validator receives as `this` (Ajv `passContext`): the filing date. */
export interface ValidationContext {
  date: string;
}

/**
 * `"x-notFuture": true` on a date field rejects dates after the filing date. The filing date is
 * per call, not per schema, so it reaches the keyword through Ajv's `passContext` rather than a
 * recompilation. Without a context (conditions, rjsf in the browser) the keyword accepts.
 */
export function registerNotFuture(ajv: Ajv): Ajv {
  ajv.addKeyword({
    keyword: 'x-notFuture',
    schemaType: 'boolean',
    type: 'string',
    errors: true,
    validate: function notFuture(this: ValidationContext | undefined, schema: boolean, data: string) {
      if (!schema || this === undefined || typeof this.date !== 'string') return true;
      // Both are YYYY-MM-DD, so string order is date order; malformed dates are the format's job.
      return !(data.length === 10 && data > this.date);
    },
  });
  return ajv;
}
