/**
 * What Ajv 2020 gets for its OpenAPI `discriminator` keyword (vite.config.ts, swaps). Ajv adds it
 * only with the `discriminator` option, which no Ajv of the product sets (create-ajv.ts): in the
 * browser the keyword's code is dead weight. Should the option ever be set, Ajv gets a definition
 * that refuses to compile instead of silently ignoring the keyword.
 */
const discriminator = {
  keyword: 'discriminator',
  schemaType: 'object',
  compile(): never {
    throw new Error('The discriminator keyword is not bundled in the browser (builder-ui/vite.config.ts)');
  },
};
export default discriminator;
