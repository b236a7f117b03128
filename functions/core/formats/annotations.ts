import type Ajv2020 from 'ajv/dist/2020';

/**
 * Annotation keywords of officers' form schemas (contract 2): English labels (`x-en`) and
 * Vietnamese display names of choices (`x-enumNames`). They describe, never validate; declaring
 * them keeps the catalog checker's strict mode from reporting them as unknown keywords.
 */
export function registerAnnotations(ajv: Ajv2020): Ajv2020 {
  for (const keyword of ['x-en', 'x-enumNames']) if (!ajv.getKeyword(keyword)) ajv.addKeyword({ keyword });
  return ajv;
}
