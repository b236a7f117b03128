/**
 * What @rjsf/validator-ajv8 gets for `import Ajv from 'ajv'` (vite.config.ts, swaps). It only uses
 * that class as the default when no `AjvClass` is given, and rjsf-validator.ts always gives Ajv
 * 2020 (the class the server uses): handing it the same class keeps Ajv's draft-07 class and
 * meta-schema out of the citizen's bundle.
 */
export { default } from 'ajv/dist/2020';
