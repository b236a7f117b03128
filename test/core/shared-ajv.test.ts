import { describe, expect, it } from 'vitest';
import { compileShared, compilesPerInstance, sharedAjv } from '../../functions/core/formats/create-ajv';

// Ajv keeps what every compiled schema put in its instance's scope even after removeSchema, so the
// shared instances are replaced after a bounded number of compiles (create-ajv.ts).
const formSchema = (n: number) => ({
  type: 'object',
  properties: {
    [`truong${n}`]: { type: 'string', pattern: `^[a-z]{1,${(n % 500) + 1}}$`, title: `Trường ${n}` },
  },
  required: [`truong${n}`],
});

describe.each(['form', 'condition'] as const)('shared Ajv instance for %s schemas', (purpose) => {
  it('is replaced after its bound of compiles and never serves more', () => {
    const bound = compilesPerInstance[purpose];
    const instances = new Set<unknown>();
    for (let n = 0; n < 2 * bound + 1; n++) {
      compileShared(purpose, formSchema(n));
      const current = sharedAjv(purpose)!;
      expect(current.compiles).toBeGreaterThan(0);
      expect(current.compiles).toBeLessThanOrEqual(bound);
      instances.add(current.ajv);
    }
    // 2·bound + 1 compiles cannot fit in fewer than three instances.
    expect(instances.size).toBeGreaterThanOrEqual(3);
  });

  it('leaves validators of a replaced instance working', () => {
    const early = compileShared(purpose, formSchema(3));
    const before = sharedAjv(purpose)!.ajv;
    for (let n = 0; n < compilesPerInstance[purpose]; n++) compileShared(purpose, formSchema(n));
    expect(sharedAjv(purpose)!.ajv).not.toBe(before);
    expect(early({ truong3: 'abcd' })).toBe(true);
    expect(early({ truong3: 'abcde' })).toBe(false);
    expect(early({})).toBe(false);
  });
});
