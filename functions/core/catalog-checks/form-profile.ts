/**
 * The citizen-form profile of JSON Schema 2020-12 (catalogs/README.md, "Citizen-form profile"):
 * the keywords an applicant's form and the conditions may use are the ones the form designer
 * edits with a control of its own. The keywords below are valid JSON Schema but describe things a
 * citizen form does not have (free-form keys, tuples, embedded files, references between parts of
 * a schema); each is refused once at its pointer, saying what to use in the designer instead.
 */
import { choiceListKey } from '../form/choice-list';
import type { Message } from '../types';
import { q } from './problem';

/** The only dialect the format speaks; `$schema` may name it at a schema's root, nothing else. */
export const DIALECT = 'https://json-schema.org/draft/2020-12/schema';

const reuse = (k: string): Message => ({
  vi: `${q.vi(k)} (định danh, tham chiếu, định nghĩa dùng lại) không thuộc hồ sơ biểu mẫu công dân: mỗi trường được viết đầy đủ tại chỗ. Để dùng lại một nhóm trường (ví dụ địa chỉ), dùng «Nhân bản» trên mục hoặc trường trong trình thiết kế rồi đổi tên`,
  en: `${q.en(k)} (identifiers, references, reusable definitions) is outside the citizen-form profile: each field is written out where it is. To reuse a group of fields (an address, say), use "Duplicate" on the section or field in the designer and rename it`,
});
const freeKeys = (k: string): Message => ({
  vi: `${q.vi(k)} mô tả các khóa tự do của một đối tượng; biểu mẫu công dân chỉ có các trường cố định (câu trả lời ngoài các trường đã khai đã bị từ chối, answers.unknown). Thêm từng trường từ bảng chọn; cần một danh sách thì dùng «Nhóm lặp lại» với «Số mục tối thiểu / tối đa»`,
  en: `${q.en(k)} describes free-form keys of an object; a citizen form has fixed fields only (answers outside the declared fields are already refused, answers.unknown). Add each field from the palette; for a list, use a "Repeating group" with "Minimum / maximum items"`,
});
const closed = (k: string): Message => ({
  vi: `${q.vi(k)}: máy chủ tự đóng mọi đối tượng của biểu mẫu (câu trả lời ngoài các trường đã khai bị từ chối, answers.unknown); bỏ từ khóa này`,
  en: `${q.en(k)}: the server closes every object of the form itself (answers outside the declared fields are refused, answers.unknown); remove this keyword`,
});
const arrayShape = (k: string): Message => ({
  vi: `${q.vi(k)} ràng buộc từng vị trí hoặc một phần của danh sách; trong biểu mẫu công dân mọi mục của danh sách như nhau: dùng «Nhóm lặp lại» hoặc «Chọn nhiều» với «Số mục tối thiểu / tối đa»`,
  en: `${q.en(k)} constrains single positions or part of a list; in a citizen form every item of a list is alike: use a "Repeating group" or "Multiple choice" with "Minimum / maximum items"`,
});
const content = (k: string): Message => ({
  vi: `${q.vi(k)} mô tả một tệp nhúng trong chuỗi; tệp của hồ sơ là giấy tờ: khai báo ở tab «Giấy tờ» (loại tệp, dung lượng), không phải trường của biểu mẫu`,
  en: `${q.en(k)} describes a file embedded in a string; a file of an application is a document: declare it on the "Documents" tab (file types, size), not as a form field`,
});
const dependent = (k: string): Message => ({
  vi: `${q.vi(k)} (có trường này thì phải có trường kia) không thuộc hồ sơ biểu mẫu công dân: đặt «Hiện trường này khi…» <trường> «không để trống» trên trường đi kèm và đánh dấu «Bắt buộc»`,
  en: `${q.en(k)} (this field brings that one) is outside the citizen-form profile: give the companion field "Show this field when…" <field> "is not empty" and tick "Required"`,
});

/** Keywords refused wherever they appear (form schema and conditions), with what to use instead. */
export const refusedKeywords: Record<string, (k: string) => Message> = {
  $id: reuse,
  $anchor: reuse,
  $defs: reuse,
  $ref: reuse,
  $dynamicRef: reuse,
  $dynamicAnchor: reuse,
  patternProperties: freeKeys,
  propertyNames: freeKeys,
  additionalProperties: freeKeys,
  minProperties: freeKeys,
  maxProperties: freeKeys,
  unevaluatedProperties: closed,
  unevaluatedItems: arrayShape,
  prefixItems: arrayShape,
  contains: arrayShape,
  minContains: arrayShape,
  maxContains: arrayShape,
  contentMediaType: content,
  contentEncoding: content,
  contentSchema: content,
  dependentRequired: dependent,
  dependentSchemas: dependent,
  // Other dialects' and libraries' keywords Ajv would otherwise accept silently or refuse obscurely.
  $recursiveRef: reuse,
  $recursiveAnchor: reuse,
  id: reuse,
  $vocabulary: (k) => ({
    vi: `${q.vi(k)} chỉ dùng trong siêu lược đồ (meta-schema); biểu mẫu luôn là JSON Schema 2020-12: bỏ từ khóa này`,
    en: `${q.en(k)} belongs in meta-schemas only; a form is always JSON Schema 2020-12: remove this keyword`,
  }),
  $async: (k) => ({
    vi: `${q.vi(k)} (kiểm tra bất đồng bộ của Ajv) cần mã nguồn; câu trả lời được kiểm tra ngay khi nộp: bỏ từ khóa này`,
    en: `${q.en(k)} (Ajv's asynchronous validation) needs code; answers are checked at once on submission: remove this keyword`,
  }),
  nullable: (k) => ({
    vi: `${q.vi(k)} là phần mở rộng của OpenAPI, không phải JSON Schema: một trường được để trống thì chỉ cần không đánh dấu «Bắt buộc»`,
    en: `${q.en(k)} is an OpenAPI extension, not JSON Schema: a field that may be left empty just is not ticked "Required"`,
  }),
  writeOnly: (k) => ({
    vi: `${q.vi(k)} (chỉ ghi, không hiện lại) không có nghĩa trong biểu mẫu công dân: công dân luôn xem lại câu trả lời của mình trước khi nộp; bỏ từ khóa này`,
    en: `${q.en(k)} (write-only, never shown back) has no meaning in a citizen form: citizens always review their answers before submitting; remove this keyword`,
  }),
};

/**
 * What the profile says about one schema node, as [keyword, message] pairs. `condition`: the node
 * is part of a condition (an `if`, a fee's or document's `when`), where `not`, `anyOf` and
 * `oneOf` are the condition language's own "is not" and "any of"; on a field they are refused
 * except a labelled choice list. `root`: the node is the root of the schema being checked.
 */
export function profileProblems(
  node: Record<string, unknown>,
  { condition, root }: { condition: boolean; root: boolean },
): [string, Message][] {
  const out: [string, Message][] = [];
  if ('$schema' in node && !(root && node.$schema === DIALECT))
    out.push([
      '$schema',
      {
        vi: `${q.vi('$schema')} chỉ được đặt ở gốc lược đồ và chỉ được là ${q.vi(DIALECT)} (định dạng luôn là JSON Schema 2020-12); bỏ dòng này`,
        en: `${q.en('$schema')} may only stand at the schema's root and only as ${q.en(DIALECT)} (the format is always JSON Schema 2020-12); remove this line`,
      },
    ]);
  for (const [k, explain] of Object.entries(refusedKeywords)) if (k in node) out.push([k, explain(k)]);
  if (condition) return out;
  if ('not' in node)
    out.push([
      'not',
      {
        vi: `${q.vi('not')} trên một trường không thuộc hồ sơ biểu mẫu công dân (nó là dòng «không là» của điều kiện): nêu các giá trị được chấp nhận bằng danh sách lựa chọn, «Mẫu kiểm tra» hoặc giới hạn của trường`,
        en: `${q.en('not')} on a field is outside the citizen-form profile (it is a condition's "is not" row): state the accepted values with a choice list, a "Pattern" or the field's limits`,
      },
    ]);
  const list = choiceListKey(node);
  for (const k of ['oneOf', 'anyOf'] as const)
    if (k in node && k !== list)
      out.push([
        k,
        {
          vi: `${q.vi(k)} trên một trường chỉ được là danh sách lựa chọn có nhãn (mỗi phần tử chỉ có ${q.vi('const')}, ${q.vi('title')} và ${q.vi('x-en')}.title, không kèm ${q.vi('enum')}); dạng khác không thuộc hồ sơ biểu mẫu công dân: dùng «Các lựa chọn», hoặc tách thành các trường hiện theo điều kiện («Hiện trường này khi…»)`,
          en: `${q.en(k)} on a field may only be a labelled choice list (each element only ${q.en('const')}, ${q.en('title')} and ${q.en('x-en')}.title, without ${q.en('enum')}); any other shape is outside the citizen-form profile: use the "Choices" list, or split into fields shown under a condition ("Show this field when…")`,
        },
      ]);
  return out;
}
