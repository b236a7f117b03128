/**
 * Keywords of an officer's schema the core cannot serve as written, each reported once at its
 * own pointer with what to write instead: draft-07 keywords (the format is JSON Schema 2020-12,
 * where Ajv would otherwise refuse them with a dozen repeats of "items must be object,boolean",
 * or enforce them with errors in the wrong place), keywords outside the citizen-form profile
 * (form-profile.ts) and patterns the linear-time engine cannot run.
 */
import { patternProblem } from '../formats/linear-regexp';
import type { Message } from '../types';
import { profileProblems } from './form-profile';
import { pointer } from './pointer';
import { type problemsFor, q } from './problem';
import { schemaNodes } from './schema-nodes';

type Report = ReturnType<typeof problemsFor>;

const draft07: Record<string, (value: unknown) => Message | undefined> = {
  dependencies: () => ({
    vi: `${q.vi('dependencies')} là từ khóa của draft-07; JSON Schema 2020-12 tách nó thành ${q.vi('dependentRequired')} (danh sách trường bắt buộc đi kèm) và ${q.vi('dependentSchemas')} (lược đồ đi kèm), nhưng biểu mẫu công dân không dùng cả hai: đặt «Hiện trường này khi…» <trường> «không để trống» trên trường đi kèm và đánh dấu «Bắt buộc»`,
    en: `${q.en('dependencies')} is a draft-07 keyword; JSON Schema 2020-12 splits it into ${q.en('dependentRequired')} (required companion fields) and ${q.en('dependentSchemas')} (a companion schema), but a citizen form uses neither: give the companion field "Show this field when…" <field> "is not empty" and tick "Required"`,
  }),
  definitions: () => ({
    vi: `${q.vi('definitions')} là từ khóa của draft-07; JSON Schema 2020-12 dùng ${q.vi('$defs')} (và tham chiếu #/$defs/…), nhưng biểu mẫu công dân không dùng định nghĩa dùng lại: dùng «Nhân bản» trên mục hoặc trường trong trình thiết kế`,
    en: `${q.en('definitions')} is a draft-07 keyword; JSON Schema 2020-12 uses ${q.en('$defs')} (referenced as #/$defs/…), but a citizen form has no reusable definitions: use "Duplicate" on the section or field in the designer`,
  }),
  items: (value) =>
    Array.isArray(value)
      ? {
          vi: `${q.vi('items')} dạng mảng (tuple) là cách viết của draft-07; JSON Schema 2020-12 dùng ${q.vi('prefixItems')} cho từng vị trí và ${q.vi('items')} (một lược đồ) cho các phần tử còn lại, nhưng trong biểu mẫu công dân mọi mục của danh sách như nhau: dùng «Nhóm lặp lại» (mỗi mục là một nhóm trường có tên)`,
          en: `An array-valued ${q.en('items')} (tuple) is draft-07; JSON Schema 2020-12 uses ${q.en('prefixItems')} for each position and ${q.en('items')} (one schema) for the rest, but in a citizen form every item of a list is alike: use a "Repeating group" (each item a group of named fields)`,
        }
      : undefined,
  additionalItems: () => ({
    vi: `${q.vi('additionalItems')} là từ khóa của draft-07; JSON Schema 2020-12 dùng ${q.vi('items')} sau ${q.vi('prefixItems')}, nhưng biểu mẫu công dân dùng «Nhóm lặp lại» (mọi mục như nhau)`,
    en: `${q.en('additionalItems')} is a draft-07 keyword; JSON Schema 2020-12 uses ${q.en('items')} after ${q.en('prefixItems')}, but a citizen form uses a "Repeating group" (every item alike)`,
  }),
};

/**
 * Reports draft-07 keywords, keywords outside the profile and unsupported patterns in `schema`
 * (pointers under `at`); `condition`: the whole schema is a condition (a fee's or document's
 * `when`). What lies inside a refused keyword is not looked at again: one problem per mistake.
 * Returns false when the schema must not be compiled (Ajv's own message would only repeat these).
 */
export function checkSchemaKeywords(
  schema: unknown,
  at: string,
  { error }: Report,
  condition = false,
): boolean {
  let ok = true;
  const refused: string[] = [];
  const refuse = (code: string, place: string, message: Message) => {
    error(code, place, message);
    refused.push(`${place}/`);
    ok = false;
  };
  for (const { at: where, node, condition: inIf } of schemaNodes(schema, at)) {
    if (refused.some((r) => `${where}/`.startsWith(r))) continue;
    for (const [keyword, explain] of Object.entries(draft07)) {
      const message = keyword in node ? explain(node[keyword]) : undefined;
      if (message) refuse('schema.draft07', `${where}${pointer(keyword)}`, message);
    }
    for (const [keyword, message] of profileProblems(node, {
      condition: condition || inIf,
      root: where === at,
    }))
      refuse('schema.profile', `${where}${pointer(keyword)}`, message);
    if (typeof node.pattern === 'string') {
      const why = patternProblem(node.pattern);
      if (why) refuse('schema.pattern.unsupported', `${where}/pattern`, why);
    }
  }
  return ok;
}
