/**
 * Which elements of the applicant-form format the designer edits with a control of its own, and
 * which only the JSON view reaches. "Elements" are every JSON Schema keyword and format the form
 * validator (configureFormAjv) knows, the annotations the catalog adds (`x-en`, `x-enumNames`,
 * `x-notFuture`), every `ui:` key react-jsonschema-form or the portal reads, and the form's own
 * parts (`schema`, `uiSchema`, `prefill` and a prefill's keys). test/core/designer/format-coverage
 * .test.ts walks those sources and fails when one is not listed here, so a new element cannot
 * arrive unclassified; `npx tsx functions/cli/format-coverage.ts` prints the counts.
 *
 * - `visual`: a control made for it (named in `how`); the designer reads and writes it.
 * - `json-only`: part of the format (the validator or the portal honours it) but edited only in
 *   the JSON view; the designer keeps it verbatim (`how` says why there is no control yet).
 * - `outside`: accepted by a library but not part of the catalog format — refused by
 *   `catalog check` (the citizen-form profile, catalog-checks/form-profile.ts, or a draft-07
 *   keyword), or something only code can supply (a React component). Not counted.
 * - `fixed`: nothing to edit — the format fixes the value and the check refuses any other.
 * - `read-only`: shown read-only with its JSON and kept, never lost (the issue allows this for a
 *   condition the rows cannot express).
 */
import type { Message } from '../types';
import type { DesignField } from './design-types';

export type Coverage = 'visual' | 'json-only' | 'outside' | 'fixed' | 'read-only';
export type ElementGroup = 'form' | 'prefill' | 'keyword' | 'annotation' | 'format' | 'ui' | 'condition';

export interface FormatElement {
  group: ElementGroup;
  name: string;
  coverage: Coverage;
  /** The control (visual) or why there is none (json-only / outside). */
  how: Message;
  /** For a field-level visual element: the design property that holds it (checked by the test). */
  prop?: keyof DesignField;
}

const m = (vi: string, en: string): Message => ({ vi, en });
const v = (group: ElementGroup, name: string, how: Message, prop?: keyof DesignField): FormatElement => ({
  group,
  name,
  coverage: 'visual',
  how,
  ...(prop ? { prop } : {}),
});
const o = (group: ElementGroup, name: string, how: Message): FormatElement => ({
  group,
  name,
  coverage: 'outside',
  how,
});
const other = (
  coverage: 'fixed' | 'read-only',
  group: ElementGroup,
  name: string,
  how: Message,
): FormatElement => ({
  group,
  name,
  coverage,
  how,
});
/** Refused by `catalog check` (schema.profile) with what to use instead. */
const refused = (vi: string, en: string) =>
  m(`catalog check từ chối (schema.profile): ${vi}`, `Refused by catalog check (schema.profile): ${en}`);
const REUSE = refused(
  'tham chiếu / định nghĩa dùng lại — dùng «Nhân bản» mục hoặc trường',
  'references / reusable definitions — use "Duplicate" on a section or field',
);
const FREE_KEYS = refused(
  'khóa tự do của đối tượng — biểu mẫu có trường cố định; danh sách dùng «Nhóm lặp lại»',
  'free-form keys — forms have fixed fields; lists use a "Repeating group"',
);
const ARRAY_SHAPE = refused(
  'ràng buộc từng vị trí của danh sách — dùng «Nhóm lặp lại» / «Chọn nhiều» với số mục',
  'per-position list constraints — use a "Repeating group" / "Multiple choice" with item counts',
);
const CONTENT = refused(
  'tệp nhúng trong chuỗi — tệp là giấy tờ (tab Giấy tờ)',
  'files in strings — files are documents (Documents tab)',
);
const DEPENDENT = refused(
  'dùng «Hiện trường này khi…» «không để trống» + «Bắt buộc»',
  'use "Show this field when…" "is not empty" + "Required"',
);

const COMPONENT = m(
  'Trỏ tới một thành phần React: chỉ mã nguồn cung cấp được, không phải dữ liệu của danh mục',
  'Names a React component: only code can supply it, not catalog data',
);

export const formatElements: readonly FormatElement[] = [
  // The form's parts (catalogs/schema/procedure.schema.json $defs.ApplicantForm, Prefill).
  v('form', 'schema', m('Danh sách trường, bảng chọn loại trường', 'Field list and palette')),
  v(
    'form',
    'uiSchema',
    m('Các tùy chọn hiển thị của từng trường, trang', 'Display options of each field, pages'),
  ),
  v('form', 'prefill', m('«Điền sẵn từ dữ liệu sẵn có»', '"Prefill from existing data"')),
  v(
    'prefill',
    'target',
    m('Trường đang sửa (kể cả trong nhóm lặp lại)', 'The field being edited (also in a repeating group)'),
  ),
  v('prefill', 'source', m('«Nguồn dữ liệu»', '"Source"')),
  v('prefill', 'attribute', m('«Thông tin»', '"Attribute"')),
  v('prefill', 'locked', m('«Khóa»', '"Locked"')),

  // JSON Schema 2020-12 keywords the form validator knows.
  other(
    'fixed',
    'keyword',
    '$schema',
    m(
      'Tên phương ngữ: chỉ được là 2020-12 ở gốc (catalog check từ chối giá trị khác); không phải nội dung, không có gì để chọn; giữ nguyên',
      'Names the dialect: only 2020-12, at the root (catalog check refuses anything else); not content, nothing to choose; kept',
    ),
  ),
  o('keyword', '$id', REUSE),
  o('keyword', '$anchor', REUSE),
  o('keyword', '$defs', REUSE),
  o('keyword', '$ref', REUSE),
  o('keyword', '$dynamicRef', REUSE),
  o('keyword', '$dynamicAnchor', REUSE),
  v('keyword', '$comment', m('«Ghi chú nội bộ cho cán bộ»', '"Internal note for officers"'), 'comment'),
  o('keyword', '$vocabulary', refused('chỉ dùng trong siêu lược đồ', 'meta-schemas only')),
  o(
    'keyword',
    '$async',
    refused('kiểm tra bất đồng bộ của Ajv: cần mã nguồn', "Ajv's asynchronous validation: needs code"),
  ),
  o('keyword', '$recursiveRef', refused('từ khóa tham chiếu của bản 2019-09', 'a 2019-09 reference keyword')),
  o(
    'keyword',
    '$recursiveAnchor',
    refused('từ khóa tham chiếu của bản 2019-09', 'a 2019-09 reference keyword'),
  ),
  o(
    'keyword',
    'definitions',
    m('Draft-07: catalog check từ chối (dùng $defs)', 'Draft-07: refused by catalog check (use $defs)'),
  ),
  o(
    'keyword',
    'dependencies',
    m(
      'Draft-07: catalog check từ chối (dùng dependentRequired / dependentSchemas)',
      'Draft-07: refused by catalog check (use dependentRequired / dependentSchemas)',
    ),
  ),
  o('keyword', 'id', refused('định danh kiểu draft-04', 'a draft-04 identifier')),
  o(
    'keyword',
    'nullable',
    refused(
      'phần mở rộng OpenAPI — trường được để trống thì bỏ «Bắt buộc»',
      'an OpenAPI extension — leave "Required" off instead',
    ),
  ),
  v('keyword', 'type', m('«Loại trường»; «Chỉ số nguyên»', '"Field type"; "Whole numbers only"'), 'type'),
  v(
    'keyword',
    'properties',
    m('Thêm trường từ bảng chọn; mục', 'Adding fields from the palette; sections'),
    'container',
  ),
  v('keyword', 'required', m('«Bắt buộc»', '"Required"'), 'required'),
  v(
    'keyword',
    'title',
    m('«Nhãn (tiếng Việt)»; «Tên biểu mẫu»', '"Label (Vietnamese)"; "Form title"'),
    'title',
  ),
  v(
    'keyword',
    'description',
    m('«Hướng dẫn (tiếng Việt)»; «Mô tả biểu mẫu»', '"Help (Vietnamese)"; "Form description"'),
    'description',
  ),
  v('keyword', 'default', m('«Giá trị mặc định»', '"Default value"'), 'default'),
  v(
    'keyword',
    'enum',
    m('Danh sách lựa chọn; danh sách xã/phường của địa chỉ', 'Choice list; ward lists of an address'),
    'choices',
  ),
  v('keyword', 'minimum', m('«Giá trị nhỏ nhất»', '"Minimum"'), 'minimum'),
  v('keyword', 'maximum', m('«Giá trị lớn nhất»', '"Maximum"'), 'maximum'),
  v(
    'keyword',
    'exclusiveMinimum',
    m('«Phải lớn hơn (không bằng)»', '"Must be greater than"'),
    'exclusiveMinimum',
  ),
  v(
    'keyword',
    'exclusiveMaximum',
    m('«Phải nhỏ hơn (không bằng)»', '"Must be less than"'),
    'exclusiveMaximum',
  ),
  v('keyword', 'multipleOf', m('«Bước (bội số của)»', '"Step (multiple of)"'), 'multipleOf'),
  v('keyword', 'minLength', m('«Độ dài tối thiểu»', '"Minimum length"'), 'minLength'),
  v('keyword', 'maxLength', m('«Độ dài tối đa»', '"Maximum length"'), 'maxLength'),
  v(
    'keyword',
    'pattern',
    m('«Mẫu kiểm tra (biểu thức chính quy)»', '"Pattern (regular expression)"'),
    'pattern',
  ),
  v('keyword', 'format', m('«Định dạng»; loại Ngày / Thư điện tử', '"Format"; Date / Email kinds'), 'format'),
  v('keyword', 'items', m('Nhóm lặp lại; chọn nhiều', 'Repeating group; multiple choice'), 'container'),
  v('keyword', 'minItems', m('«Số mục tối thiểu»', '"Minimum items"'), 'minItems'),
  v('keyword', 'maxItems', m('«Số mục tối đa»', '"Maximum items"'), 'maxItems'),
  v(
    'keyword',
    'uniqueItems',
    m('Chọn nhiều (mỗi lựa chọn một lần)', 'Multiple choice (each choice once)'),
    'uniqueItems',
  ),
  v(
    'keyword',
    'if',
    m('«Hiện trường này khi…» (các dòng điều kiện)', '"Show this field when…" (condition rows)'),
  ),
  v('keyword', 'then', m('Trường hiện khi điều kiện đúng', 'Fields shown when the condition holds')),
  v(
    'keyword',
    'else',
    m('Trường hiện khi điều kiện sai (giữ khi đọc)', 'Fields shown otherwise (kept when read)'),
  ),
  v(
    'keyword',
    'allOf',
    m('Nhiều điều kiện hiển thị trong một mục', 'Several show-conditions in one section'),
  ),
  v(
    'keyword',
    'const',
    m(
      'Có/Không: «Phải chọn Có» (lời cam đoan); trong điều kiện: dòng «là». const của loại khác giữ nguyên',
      'Yes/No: "Must be Yes" (a declaration); in conditions: the "is" row. A const on other kinds is kept',
    ),
    'constValue',
  ),
  v(
    'keyword',
    'not',
    m(
      'Dòng «không là» / «để trống» của điều kiện (trên một trường: catalog check từ chối, dùng danh sách lựa chọn / mẫu / giới hạn)',
      'The "is not" / "is empty" condition rows (on a field: refused by catalog check; use choices / pattern / limits)',
    ),
  ),
  v(
    'keyword',
    'anyOf',
    m(
      'Điều kiện «bất kỳ dòng nào (hoặc)» (hoặc); danh sách lựa chọn có nhãn. Dạng khác trên trường: catalog check từ chối',
      'Conditions joined by "any" (or); a labelled choice list. Other shapes on a field: refused by catalog check',
    ),
  ),
  v(
    'keyword',
    'oneOf',
    m(
      'Danh sách lựa chọn có nhãn ({const, title}): «Các lựa chọn». Dạng khác trên trường: catalog check từ chối',
      'A labelled choice list ({const, title}): the "Choices" list. Other shapes on a field: refused by catalog check',
    ),
    'choices',
  ),
  o('keyword', 'maxProperties', FREE_KEYS),
  o('keyword', 'minProperties', FREE_KEYS),
  o('keyword', 'propertyNames', FREE_KEYS),
  o('keyword', 'additionalProperties', FREE_KEYS),
  o('keyword', 'patternProperties', FREE_KEYS),
  o('keyword', 'dependentRequired', DEPENDENT),
  o('keyword', 'dependentSchemas', DEPENDENT),
  o('keyword', 'prefixItems', ARRAY_SHAPE),
  o('keyword', 'contains', ARRAY_SHAPE),
  o('keyword', 'minContains', ARRAY_SHAPE),
  o('keyword', 'maxContains', ARRAY_SHAPE),
  o(
    'keyword',
    'unevaluatedProperties',
    refused(
      'máy chủ tự đóng mọi đối tượng của biểu mẫu',
      'the server closes every object of the form itself',
    ),
  ),
  o('keyword', 'unevaluatedItems', ARRAY_SHAPE),
  v(
    'keyword',
    'readOnly',
    m(
      '«Chỉ đọc» (ghi lại đúng chỗ đã đọc: readOnly hoặc ui:readonly)',
      '"Read-only" (written back where read: readOnly or ui:readonly)',
    ),
    'readonly',
  ),
  o(
    'keyword',
    'writeOnly',
    refused(
      'công dân luôn xem lại câu trả lời trước khi nộp',
      'citizens always review their answers before submitting',
    ),
  ),
  v('keyword', 'deprecated', m('«Ngừng dùng»', '"No longer used"'), 'deprecated'),
  v(
    'keyword',
    'examples',
    m('Văn bản ngắn: «Gợi ý khi gõ»', 'Short text: "Suggestions while typing"'),
    'examples',
  ),
  o('keyword', 'contentMediaType', CONTENT),
  o('keyword', 'contentEncoding', CONTENT),
  o('keyword', 'contentSchema', CONTENT),

  // Annotations of the catalog format.
  v(
    'annotation',
    'x-en',
    m('«Nhãn / Hướng dẫn / Tên lựa chọn (tiếng Anh)»', '"Label / Help / Choice names (English)"'),
    'titleEn',
  ),
  v('annotation', 'x-enumNames', m('Tên hiển thị của lựa chọn', 'Display names of choices'), 'choices'),
  v(
    'annotation',
    'x-notFuture',
    m('«Không được sau ngày nộp hồ sơ»', '"Not after the filing date"'),
    'notFuture',
  ),

  // Formats the form validator knows.
  v('format', 'date', m('Loại trường Ngày', 'Date kind')),
  v('format', 'email', m('Loại trường Thư điện tử', 'Email kind')),
  v('format', 'date-time', m('«Định dạng»: Ngày giờ', '"Format": Date and time')),
  v('format', 'time', m('«Định dạng»: Giờ', '"Format": Time')),
  v('format', 'uri', m('«Định dạng»: Địa chỉ web', '"Format": Web address')),
  v('format', 'vn-personal-id', m('«Định dạng»; mẫu Số định danh cá nhân', '"Format"; personal ID preset')),
  v('format', 'vn-legacy-id', m('«Định dạng»: CMND cũ', '"Format": legacy ID')),
  v('format', 'vn-tax-code', m('«Định dạng»; mẫu Mã số thuế', '"Format"; tax code preset')),
  v('format', 'vn-mobile', m('«Định dạng»; mẫu Số điện thoại', '"Format"; phone preset')),

  // Conditions (the form's if/then/else and the predicates elsewhere use the same language).
  v(
    'condition',
    'rows',
    m(
      'Dòng điều kiện: là / không là / là một trong / lớn hơn / trống…, và / hoặc',
      'Condition rows: is / is not / is one of / greater than / empty…, and / or',
    ),
  ),
  other(
    'read-only',
    'condition',
    'advanced',
    m(
      'Điều kiện các dòng không biểu diễn được: hiện chỉ đọc «Nâng cao» kèm JSON, giữ nguyên (vấn đề #8 cho phép); nút «Viết lại bằng các dòng» thay nó',
      'A condition rows cannot express: shown read-only as "Advanced" with its JSON, kept (issue #8 allows this); "Rewrite as rows" replaces it',
    ),
  ),

  // uiSchema keys: react-jsonschema-form's and the portal's own.
  v('ui', 'ui:pages', m('Bảng «Trang»', '"Pages" panel')),
  v(
    'ui',
    'ui:order',
    m('Kéo thả / phím mũi tên trong danh sách trường', 'Drag and drop / arrow keys in the field list'),
  ),
  v('ui', 'ui:help', m('«Ghi chú dưới ô nhập»', '"Hint under the input"'), 'hint'),
  v('ui', 'ui:help:en', m('«Ghi chú dưới ô nhập (tiếng Anh)»', '"Hint under the input (English)"'), 'hintEn'),
  v('ui', 'ui:placeholder', m('«Chữ gợi ý trong ô»', '"Placeholder"'), 'placeholder'),
  v(
    'ui',
    'ui:widget',
    m(
      '«Cách hiển thị» (thả xuống / nút chọn / ô đánh dấu / ô nhiều dòng)',
      '"Display" (drop-down / radio / checkboxes / multi-line)',
    ),
    'widget',
  ),
  v('ui', 'ui:readonly', m('«Chỉ đọc»', '"Read-only"'), 'readonly'),
  v('ui', 'ui:rows', m('«Số dòng hiển thị» của văn bản dài', '"Visible lines" of long text'), 'rows'),
  v('ui', 'ui:autocomplete', m('«Trình duyệt gợi ý»', '"Browser autofill"'), 'autocomplete'),
  v('ui', 'items', m('Các trường của nhóm lặp lại', 'Fields of a repeating group')),
  v(
    'ui',
    'ui:title',
    m('«Nhãn hiển thị khác trên Cổng»', '"A different label on the portal"'),
    'titleOverride',
  ),
  v(
    'ui',
    'ui:description',
    m('«Hướng dẫn hiển thị khác trên Cổng»', '"A different help text on the portal"'),
    'descriptionOverride',
  ),
  v(
    'ui',
    'ui:enumNames',
    m(
      'Tên hiển thị của lựa chọn (tên cũ đọc từ ui:enumNames được ghi lại tại đó)',
      'Display names of choices (legacy names read from ui:enumNames are written back there)',
    ),
    'choices',
  ),
  v(
    'ui',
    'ui:options',
    m(
      'Các điều khiển trên, cho tùy chọn viết lồng (vd. rows); ghi lại đúng chỗ cũ',
      'The controls above, for options written nested (e.g. rows); written back where they were',
    ),
    'inOptions',
  ),
  o(
    'ui',
    'ui:globalOptions',
    m('catalog check từ chối: đặt tùy chọn ở từng trường', 'Refused by catalog check: set options per field'),
  ),
  o(
    'ui',
    'ui:definitions',
    m('catalog check từ chối: đặt tùy chọn tại trường', 'Refused by catalog check: set options on the field'),
  ),
  o(
    'ui',
    'ui:autofocus',
    m(
      'catalog check từ chối: tự đặt con trỏ hại trợ năng',
      'Refused by catalog check: autofocus harms accessibility',
    ),
  ),
  v(
    'ui',
    'ui:autocapitalize',
    m('«Tự viết hoa trên bàn phím điện thoại»', '"Automatic capitals on a phone keyboard"'),
    'autocapitalize',
  ),
  o(
    'ui',
    'ui:disabled',
    m(
      'catalog check từ chối: ô vô hiệu hóa bị trình đọc màn hình bỏ qua; dùng «Chỉ đọc»',
      'Refused by catalog check: screen readers skip disabled inputs; use "Read-only"',
    ),
  ),
  o(
    'ui',
    'ui:emptyValue',
    m(
      'catalog check từ chối: ô trống phải là chưa trả lời (để «Bắt buộc» có hiệu lực)',
      'Refused by catalog check: an empty input must stay unanswered (so "Required" holds)',
    ),
  ),
  v(
    'ui',
    'ui:enumDisabled',
    m('Lựa chọn: «Không cho chọn trên Cổng»', 'Choices: "Cannot be picked on the portal"'),
    'choices',
  ),
  o(
    'ui',
    'ui:enumOrder',
    m(
      'catalog check từ chối: thứ tự là thứ tự của danh sách lựa chọn (nút ↑/↓)',
      "Refused by catalog check: the order is the choice list's (↑/↓ buttons)",
    ),
  ),
  o(
    'ui',
    'ui:hideError',
    m(
      'catalog check từ chối: người nộp phải thấy lỗi cạnh ô nhập',
      'Refused by catalog check: applicants must see errors by their input',
    ),
  ),
  v('ui', 'ui:inline', m('Lựa chọn: «Trên một dòng»', 'Choices: "On one line"'), 'inline'),
  v(
    'ui',
    'ui:inputType',
    m('«Bàn phím trên điện thoại» (số điện thoại, thư điện tử, web)', '"Phone keyboard" (phone, email, web)'),
    'inputType',
  ),
  o(
    'ui',
    'ui:label',
    m(
      'catalog check từ chối: mỗi ô nhập cần một nhãn nhìn thấy được',
      'Refused by catalog check: every input needs a visible label',
    ),
  ),
  o(
    'ui',
    'ui:classNames',
    m(
      'catalog check từ chối: Cổng có kiểu hiển thị riêng đã kiểm tra trợ năng',
      'Refused by catalog check: the portal has its own accessible style',
    ),
  ),
  o(
    'ui',
    'ui:style',
    m('catalog check từ chối: như ui:classNames', 'Refused by catalog check: as ui:classNames'),
  ),
  v(
    'ui',
    'ui:addable',
    m('Nhóm lặp lại: «Cho thêm mục»', 'Repeating group: "Items can be added"'),
    'addable',
  ),
  v(
    'ui',
    'ui:removable',
    m('Nhóm lặp lại: «Cho xóa mục»', 'Repeating group: "Items can be removed"'),
    'removable',
  ),
  v(
    'ui',
    'ui:orderable',
    m('Nhóm lặp lại: «Cho sắp xếp mục»', 'Repeating group: "Items can be reordered"'),
    'orderable',
  ),
  v(
    'ui',
    'ui:copyable',
    m('Nhóm lặp lại: «Cho sao chép mục»', 'Repeating group: "Items can be copied"'),
    'copyable',
  ),
  o(
    'ui',
    'ui:allowClearTextInputs',
    m(
      'catalog check từ chối: Cổng không dùng nút xóa nhanh trong ô',
      'Refused by catalog check: the portal uses no clear buttons in inputs',
    ),
  ),
  v(
    'ui',
    'ui:enableMarkdownInDescription',
    m('«Hướng dẫn viết bằng Markdown»', '"Help written in Markdown"'),
    'markdownDescription',
  ),
  v(
    'ui',
    'ui:enableMarkdownInHelp',
    m('«Ghi chú viết bằng Markdown»', '"Hint written in Markdown"'),
    'markdownHint',
  ),
  o(
    'ui',
    'ui:enableOptionalDataFieldForType',
    m(
      'catalog check từ chối: dùng «Bắt buộc» và điều kiện hiển thị',
      'Refused by catalog check: use "Required" and show-conditions',
    ),
  ),
  o(
    'ui',
    'ui:duplicateKeySuffixSeparator',
    m(
      'catalog check từ chối: chỉ cho khóa tự do, biểu mẫu công dân không có',
      'Refused by catalog check: only for free keys, which citizen forms do not have',
    ),
  ),
  o(
    'ui',
    'ui:optionValueFormat',
    m(
      'Cách mã hóa giá trị lựa chọn trong HTML: không đổi dữ liệu',
      'How choice values are encoded in HTML: no effect on data',
    ),
  ),
  v(
    'ui',
    'ui:deprecatedHandling',
    m('«Khi ngừng dùng»: ghi chú / khóa / ẩn', '"When no longer used": label / disable / hide'),
    'deprecatedHandling',
  ),
  o('ui', 'ui:field', COMPONENT),
  o('ui', 'ui:ObjectFieldTemplate', COMPONENT),
  o('ui', 'ui:ArrayFieldTemplate', COMPONENT),
  o('ui', 'ui:ArrayFieldItemTemplate', COMPONENT),
  o('ui', 'ui:ArrayFieldDescriptionTemplate', COMPONENT),
  o('ui', 'ui:ArrayFieldTitleTemplate', COMPONENT),
  o('ui', 'ui:BaseInputTemplate', COMPONENT),
  o('ui', 'ui:DescriptionFieldTemplate', COMPONENT),
  o('ui', 'ui:ErrorListTemplate', COMPONENT),
  o('ui', 'ui:FieldErrorTemplate', COMPONENT),
  o('ui', 'ui:FieldHelpTemplate', COMPONENT),
  o('ui', 'ui:FieldTemplate', COMPONENT),
  o('ui', 'ui:TitleFieldTemplate', COMPONENT),
  o('ui', 'ui:UnsupportedFieldTemplate', COMPONENT),
  o('ui', 'ui:WrapIfAdditionalTemplate', COMPONENT),
  o(
    'ui',
    'ui:optionsSchemaSelector',
    m('Chọn lược đồ con của anyOf/oneOf bằng mã', 'Picks an anyOf/oneOf branch in code'),
  ),
  o(
    'ui',
    'ui:filePreview',
    m(
      'Tệp là giấy tờ (tab Giấy tờ), biểu mẫu không có ô tệp',
      'Files are documents (Documents tab); forms have no file input',
    ),
  ),
  o('ui', 'ui:submitButtonOptions', m('Cổng tự vẽ nút nộp hồ sơ', 'The portal draws its own submit button')),
  o('ui', 'ui:rootFieldId', m('Do cổng đặt', 'Set by the portal')),
  o('ui', 'ui:fieldReplacesAnyOrOneOf', COMPONENT),
  o(
    'ui',
    'ui:prefillSource',
    m(
      'Do cổng ghi khi điền sẵn (không phải dữ liệu danh mục)',
      'Written by the portal when prefilling (not catalog data)',
    ),
  ),
];

export interface CoverageCounts {
  visual: number;
  jsonOnly: number;
  outside: number;
  fixed: number;
  readOnly: number;
}

export function coverageCounts(elements: readonly FormatElement[] = formatElements): CoverageCounts {
  return {
    visual: elements.filter((e) => e.coverage === 'visual').length,
    jsonOnly: elements.filter((e) => e.coverage === 'json-only').length,
    outside: elements.filter((e) => e.coverage === 'outside').length,
    fixed: elements.filter((e) => e.coverage === 'fixed').length,
    readOnly: elements.filter((e) => e.coverage === 'read-only').length,
  };
}
