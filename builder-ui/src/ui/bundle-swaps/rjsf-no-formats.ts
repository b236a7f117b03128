/**
 * What @rjsf/validator-ajv8 gets for `import addFormats from 'ajv-formats'` (vite.config.ts,
 * swaps). rjsf-validator.ts passes `ajvFormatOptions: false`: the core registers the formats
 * itself (register-formats.ts), so rjsf never calls this, and ajv-formats' formatMinimum/Maximum
 * keywords (its limit.js) stay out of the bundle. Called anyway, it says so instead of silently
 * registering formats the server does not have.
 */
export default function addFormats(): never {
  throw new Error('ajv-formats is registered by the core (configureFormAjv), not by @rjsf/validator-ajv8');
}
