import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledCatalogContext, bundledPolicyFiles } from '../../functions/composition/catalog-context';

const policiesDir = resolve(import.meta.dirname, '..', '..', 'catalogs', 'policies');

describe('the catalog context bundled into the functions', () => {
  it('imports every policy file in catalogs/policies (add new ones to catalog-context.ts)', () => {
    const files = readdirSync(policiesDir).filter((f) => f.endsWith('.json'));
    expect(Object.keys(bundledPolicyFiles).sort()).toEqual(files.sort());
    for (const file of files) {
      expect(bundledPolicyFiles[file]).toEqual(JSON.parse(readFileSync(join(policiesDir, file), 'utf8')));
    }
  });

  it('attaches each file’s jurisdiction to its policies', () => {
    const total = Object.values(bundledPolicyFiles).reduce((n, f) => n + f.policies.length, 0);
    expect(bundledCatalogContext.policies).toHaveLength(total);
    const hcm = bundledCatalogContext.policies.filter((p) => p.jurisdiction === 'ho-chi-minh');
    expect(hcm.map((p) => p.id)).toEqual(bundledPolicyFiles['ho-chi-minh.json']?.policies.map((p) => p.id));
  });
});
