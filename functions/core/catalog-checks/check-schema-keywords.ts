/**
 * Keywords of an officer's schema the core cannot serve as written, each reported once at its
 * own pointer with what to write instead: draft-07 keywords (the format is JSON Schema 2020-12,
 * where Ajv would otherwise refuse them with a dozen repeats of "items must be object,boolean",
 * or enforce them with errors in the wrong place) and patterns the linear-time engine cannot run.
 */
import { patternProblem } from '../formats/linear-regexp';
import type { Message } from '../types';
import { pointer } from './pointer';
import { type problemsFor, q } from './problem';
import { schemaNodes } from './schema-nodes';

type Report = ReturnType<typeof problemsFor>;

const draft07: Record<string, (value: unknown) => Message | undefined> = {
  dependencies: () => ({
    vi: `${q.vi('dependencies')} là từ khóa của draft-07; JSON Schema 2020-12 tách nó thành ${q.vi('dependentRequired')} (danh sách trường bắt buộc đi kèm) và ${q.vi('dependentSchemas')} (lược đồ đi kèm)`,
    en: `${q.en('dependencies')} is a draft-07 keyword; JSON Schema 2020-12 splits it into ${q.en('dependentRequired')} (required companion fields) and ${q.en('dependentSchemas')} (a companion schema)`,
  }),
  definitions: () => ({
    vi: `${q.vi('definitions')} là từ khóa của draft-07; JSON Schema 2020-12 dùng ${q.vi('$defs')} (và tham chiếu #/$defs/…)`,
    en: `${q.en('definitions')} is a draft-07 keyword; JSON Schema 2020-12 uses ${q.en('$defs')} (referenced as #/$defs/…)`,
  }),
  items: (value) =>
    Array.isArray(value)
      ? {
          vi: `${q.vi('items')} dạng mảng (tuple) là cách viết của draft-07; JSON Schema 2020-12 dùng ${q.vi('prefixItems')} cho từng vị trí và ${q.vi('items')} (một lược đồ) cho các phần tử còn lại`,
          en: `An array-valued ${q.en('items')} (tuple) is draft-07; JSON Schema 2020-12 uses ${q.en('prefixItems')} for each position and ${q.en('items')} (one schema) for the rest`,
        }
      : undefined,
  additionalItems: () => ({
    vi: `${q.vi('additionalItems')} là từ khóa của draft-07; JSON Schema 2020-12 dùng ${q.vi('items')} sau ${q.vi('prefixItems')}`,
    en: `${q.en('additionalItems')} is a draft-07 keyword; JSON Schema 2020-12 uses ${q.en('items')} after ${q.en('prefixItems')}`,
  }),
};

/**
 * Reports draft-07 keywords and unsupported patterns in `schema` (pointers under `at`).
 * Returns false when the schema must not be compiled (Ajv's own message would only repeat these).
 */
export function checkSchemaKeywords(schema: unknown, at: string, { error }: Report): boolean {
  let ok = true;
  for (const { at: where, node } of schemaNodes(schema, at)) {
    for (const [keyword, explain] of Object.entries(draft07)) {
      const message = keyword in node ? explain(node[keyword]) : undefined;
      if (message) {
        error('schema.draft07', `${where}${pointer(keyword)}`, message);
        ok = false;
      }
    }
    const patterns: [string, string][] = [];
    if (typeof node.pattern === 'string') patterns.push([node.pattern, `${where}/pattern`]);
    const map = node.patternProperties;
    if (typeof map === 'object' && map !== null && !Array.isArray(map))
      for (const key of Object.keys(map))
        patterns.push([key, `${where}${pointer('patternProperties', key)}`]);
    for (const [pattern, place] of patterns) {
      const why = patternProblem(pattern);
      if (why) {
        error('schema.pattern.unsupported', place, why);
        ok = false;
      }
    }
  }
  return ok;
}
