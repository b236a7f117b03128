/**
 * What @rjsf/utils gets for `import UriResolver from 'fast-uri'` (vite.config.ts, swaps). rjsf
 * pins fast-uri 4 and Ajv (the core's validator) fast-uri 3, so the citizen's form shipped two
 * copies of the same library (~7 KB gzip). rjsf calls only `equal` and `resolve`, on a schema's
 * `$id`s and `$ref`s; the schemas the browser renders have every reference localized to a `#/…`
 * pointer and no `$id` (core/compile/embedded-resources.ts), and where the two versions differ
 * (IPv6 zones, mailto fields, control characters) no reference of a form goes. Rendering only:
 * verdicts come from the core's Ajv, whose fast-uri is this same copy.
 */
export { default } from 'fast-uri';
