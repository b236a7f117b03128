import { describe, expect, it } from 'vitest';
import { formToDesign } from '../../functions/core/designer/read-design';
import { designToForm } from '../../functions/core/designer/write-design';
import { catalogProcedures } from './designer/catalog-procedures';

describe('designer round trip over the catalog', () => {
  it.each(catalogProcedures.map((p) => [p.file, p.procedure] as const))(
    '%s: load and save changes nothing',
    (_file, procedure) => {
      const form = JSON.parse(JSON.stringify(procedure.form));
      const back = designToForm(formToDesign(form));
      expect(back).toEqual(procedure.form);
      // The store keeps JSON text: key order matters too.
      expect(JSON.stringify(back)).toBe(JSON.stringify(procedure.form));
    },
  );
});
