/**
 * The field editor's further controls: the English hint, the default value of text, number and
 * date fields, a number's step, a long text's visible lines, what the browser may autofill, the
 * phone keyboard and automatic capitals, a label or help shown instead of the schema's, and how
 * a multiple choice is drawn. Each writes one key of the format (format-coverage.ts lists them).
 */
import type { DesignField } from '../../../../functions/core/designer/design-types';
import { useText } from '../../i18n/lang';
import { DateText } from '../../ui/date-text';
import { CheckControl, ErrorText, NumberControl, TextControl } from './field-controls';

// The phone keyboard (`ui:inputType`) and automatic capitals (`ui:autocapitalize`) of a text input.
const INPUT_TYPE: { id: string; vi: string; en: string }[] = [
  { id: '', vi: 'Bàn phím thông thường', en: 'Ordinary keyboard' },
  { id: 'tel', vi: 'Số điện thoại (bàn phím số)', en: 'Phone number (number pad)' },
  { id: 'email', vi: 'Thư điện tử (có phím @)', en: 'Email (with an @ key)' },
  { id: 'url', vi: 'Địa chỉ web', en: 'Web address' },
  { id: 'search', vi: 'Tìm kiếm', en: 'Search' },
];
const AUTOCAPITALIZE: { id: string; vi: string; en: string }[] = [
  { id: '', vi: '(để điện thoại tự quyết)', en: '(the phone decides)' },
  { id: 'words', vi: 'Viết hoa chữ đầu mỗi từ (họ tên, địa chỉ)', en: 'Each word (names, addresses)' },
  { id: 'sentences', vi: 'Viết hoa đầu câu', en: 'Each sentence' },
  { id: 'characters', vi: 'VIẾT HOA TOÀN BỘ', en: 'ALL CAPITALS' },
  { id: 'none', vi: 'Không tự viết hoa', en: 'None' },
];

/** A select of `choices`; a stored value not among them is still shown (and refused by the check). */
function OptionSelect({
  label,
  value,
  choices,
  onChange,
  error,
  testId,
}: {
  label: string;
  value: string | undefined;
  choices: { id: string; vi: string; en: string }[];
  onChange: (v: string | undefined) => void;
  error?: string;
  testId: string;
}) {
  const { L } = useText();
  return (
    <label className="field">
      <span>{label}</span>
      <select
        value={value ?? ''}
        data-testid={testId}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${testId}-err` : undefined}
        onChange={(e) => onChange(e.target.value || undefined)}
      >
        {choices.map((a) => (
          <option key={a.id} value={a.id}>
            {L(a.vi, a.en)}
          </option>
        ))}
        {value && !choices.some((a) => a.id === value) && <option value={value}>{value}</option>}
      </select>
      <ErrorText id={`${testId}-err`} text={error} />
    </label>
  );
}

/**
 * A label or help shown on the portal instead of the schema's (`ui:title` / `ui:description`):
 * ticking starts from the current text; a cleared box stays (and is refused) until unticked.
 */
export function OverrideControls({
  field,
  set,
  err,
}: {
  field: DesignField;
  set: (changes: Partial<DesignField>) => void;
  err: (...controls: string[]) => string | undefined;
}) {
  const { L } = useText();
  return (
    <div className="row wrap">
      <div>
        <CheckControl
          label={L('Nhãn hiển thị khác trên Cổng', 'A different label on the portal')}
          checked={field.titleOverride !== undefined}
          onChange={(v) => set({ titleOverride: v ? (field.title ?? '') : undefined })}
        />
        {field.titleOverride !== undefined && (
          <TextControl
            label={L('Nhãn hiển thị trên Cổng', 'Label shown on the portal')}
            value={field.titleOverride}
            onChange={(v) => set({ titleOverride: v ?? '' })}
            error={err('titleOverride')}
            testId="field-titleOverride"
          />
        )}
      </div>
      <div>
        <CheckControl
          label={L('Hướng dẫn hiển thị khác trên Cổng', 'A different help text on the portal')}
          checked={field.descriptionOverride !== undefined}
          onChange={(v) => set({ descriptionOverride: v ? (field.description ?? '') : undefined })}
        />
        {field.descriptionOverride !== undefined && (
          <TextControl
            label={L('Hướng dẫn hiển thị trên Cổng', 'Help shown on the portal')}
            value={field.descriptionOverride}
            onChange={(v) => set({ descriptionOverride: v ?? '' })}
            error={err('descriptionOverride')}
            multiline
          />
        )}
      </div>
    </div>
  );
}

const AUTOCOMPLETE: { id: string; vi: string; en: string }[] = [
  { id: '', vi: '(để trình duyệt tự quyết)', en: '(browser decides)' },
  { id: 'name', vi: 'Họ và tên', en: 'Full name' },
  { id: 'tel', vi: 'Số điện thoại', en: 'Phone number' },
  { id: 'email', vi: 'Thư điện tử', en: 'Email' },
  { id: 'bday', vi: 'Ngày sinh', en: 'Birth date' },
  { id: 'street-address', vi: 'Địa chỉ', en: 'Street address' },
  { id: 'off', vi: 'Không gợi ý', en: 'No autofill' },
];

export function MoreFieldControls({
  field,
  set,
  err,
}: {
  field: DesignField;
  set: (changes: Partial<DesignField>) => void;
  err: (...controls: string[]) => string | undefined;
}) {
  const { L } = useText();
  const k = field.kind;
  const textLike = k === 'text' || k === 'longText' || k === 'email';
  const dateError = err('default');
  return (
    <>
      <TextControl
        label={L('Ghi chú dưới ô nhập (tiếng Anh)', 'Hint under the input (English)')}
        value={field.hintEn}
        onChange={(v) => set({ hintEn: v })}
      />
      {textLike && (
        <TextControl
          label={L('Giá trị mặc định', 'Default value')}
          value={typeof field.default === 'string' ? field.default : undefined}
          onChange={(v) => set({ default: v })}
          error={err('default')}
          testId="field-default"
        />
      )}
      {k === 'number' && (
        <div className="row wrap">
          <NumberControl
            label={L('Giá trị mặc định', 'Default value')}
            value={typeof field.default === 'number' ? field.default : undefined}
            onChange={(v) => set({ default: v })}
            error={err('default')}
            testId="field-default"
          />
          <NumberControl
            label={L('Bước (bội số của)', 'Step (multiple of)')}
            value={field.multipleOf}
            onChange={(v) => set({ multipleOf: v })}
            error={err('multipleOf')}
            testId="field-multipleOf"
          />
        </div>
      )}
      {k === 'date' && (
        <label className="field narrow">
          <span>{L('Giá trị mặc định', 'Default value')}</span>
          <DateText
            data-testid="field-default"
            value={typeof field.default === 'string' ? field.default : ''}
            aria-invalid={dateError ? true : undefined}
            aria-describedby={dateError ? 'field-default-err' : undefined}
            onChange={(v) => set({ default: v || undefined })}
          />
          <ErrorText id="field-default-err" text={dateError} />
        </label>
      )}
      {k === 'longText' && (
        <NumberControl
          label={L('Số dòng hiển thị', 'Visible lines')}
          value={field.rows}
          onChange={(v) => set({ rows: v })}
        />
      )}
      {(k === 'text' || k === 'email') && (
        <label className="field">
          <span>{L('Trình duyệt gợi ý', 'Browser autofill')}</span>
          <select
            value={field.autocomplete ?? ''}
            onChange={(e) => set({ autocomplete: e.target.value || undefined })}
          >
            {AUTOCOMPLETE.map((a) => (
              <option key={a.id} value={a.id}>
                {L(a.vi, a.en)}
              </option>
            ))}
            {field.autocomplete && !AUTOCOMPLETE.some((a) => a.id === field.autocomplete) && (
              <option value={field.autocomplete}>{field.autocomplete}</option>
            )}
          </select>
        </label>
      )}
      {(k === 'text' || k === 'longText') && (
        <div className="row wrap">
          {k === 'text' && (
            <OptionSelect
              label={L('Bàn phím trên điện thoại', 'Phone keyboard')}
              value={field.inputType}
              choices={INPUT_TYPE}
              onChange={(v) => set({ inputType: v })}
              error={err('inputType')}
              testId="field-inputType"
            />
          )}
          <OptionSelect
            label={L('Tự viết hoa trên bàn phím điện thoại', 'Automatic capitals on a phone keyboard')}
            value={field.autocapitalize}
            choices={AUTOCAPITALIZE}
            onChange={(v) => set({ autocapitalize: v })}
            error={err('autocapitalize')}
            testId="field-autocapitalize"
          />
        </div>
      )}
      {k === 'text' && (
        <TextControl
          label={L('Gợi ý khi gõ (mỗi dòng một)', 'Suggestions while typing (one a line)')}
          value={field.examples?.join('\n')}
          onChange={(v) => set({ examples: v === undefined ? undefined : v.split('\n') })}
          multiline
        />
      )}
      {k === 'yesNo' && (
        <CheckControl
          label={L('Phải chọn «Có» (lời cam đoan)', 'Must be "Yes" (a declaration)')}
          checked={field.constValue === true}
          onChange={(v) => set({ constValue: v ? true : undefined })}
          testId="field-const"
        />
      )}
      {(k === 'choice' || k === 'multiChoice') && (
        <CheckControl
          label={L('Các lựa chọn trên một dòng', 'Choices on one line')}
          checked={field.inline === true}
          onChange={(v) => set({ inline: v ? true : undefined })}
        />
      )}
      {k === 'group' && (
        <div className="row wrap">
          {(
            [
              ['addable', 'Cho thêm mục', 'Items can be added'],
              ['removable', 'Cho xóa mục', 'Items can be removed'],
              ['orderable', 'Cho sắp xếp mục', 'Items can be reordered'],
              ['copyable', 'Cho sao chép mục', 'Items can be copied'],
            ] as const
          ).map(([key, vi, en]) => (
            <CheckControl
              key={key}
              label={L(vi, en)}
              // rjsf allows adding, removing and reordering unless told not to; copying only when told.
              checked={key === 'copyable' ? field[key] === true : field[key] !== false}
              onChange={(v) =>
                set({ [key]: key === 'copyable' ? (v ? true : undefined) : v ? undefined : false })
              }
            />
          ))}
        </div>
      )}
      {k === 'multiChoice' && (
        <label className="field">
          <span>{L('Cách hiển thị', 'Display')}</span>
          <select value={field.widget ?? ''} onChange={(e) => set({ widget: e.target.value || undefined })}>
            <option value="">{L('Danh sách chọn nhiều', 'Multi-select list')}</option>
            <option value="checkboxes">{L('Các ô đánh dấu', 'Checkboxes')}</option>
            {field.widget && field.widget !== 'checkboxes' && (
              <option value={field.widget}>{field.widget}</option>
            )}
          </select>
        </label>
      )}
    </>
  );
}

/** Rarely needed options, folded away at the end of the dialog: deprecation, Markdown, an internal note. */
export function RareFieldControls({
  field,
  set,
}: {
  field: DesignField;
  set: (changes: Partial<DesignField>) => void;
}) {
  const { L } = useText();
  return (
    <details className="designer-group">
      <summary>{L('Tùy chọn khác', 'More options')}</summary>
      <CheckControl
        label={L('Ngừng dùng (biểu mẫu ghi chú trường này)', 'No longer used (the form marks it)')}
        checked={field.deprecated === true}
        onChange={(v) =>
          set(v ? { deprecated: true } : { deprecated: undefined, deprecatedHandling: undefined })
        }
      />
      {field.deprecated && (
        <label className="field">
          <span>{L('Khi ngừng dùng', 'When no longer used')}</span>
          <select
            value={field.deprecatedHandling ?? ''}
            onChange={(e) => set({ deprecatedHandling: e.target.value || undefined })}
          >
            <option value="">
              {L('Ghi «(không còn dùng)» sau nhãn', 'Add "(no longer used)" to the label')}
            </option>
            <option value="disable">{L('Hiện nhưng không cho nhập', 'Shown but disabled')}</option>
            <option value="hide">{L('Ẩn khỏi biểu mẫu', 'Hidden from the form')}</option>
          </select>
        </label>
      )}
      <div className="row wrap">
        <CheckControl
          label={L(
            'Hướng dẫn có in đậm, danh sách (**đậm**, - dòng; cú pháp Markdown)',
            'Help with bold and lists (**bold**, - item; Markdown)',
          )}
          checked={field.markdownDescription === true}
          onChange={(v) => set({ markdownDescription: v ? true : undefined })}
        />
        <CheckControl
          label={L('Ghi chú có in đậm, danh sách (cú pháp Markdown)', 'Hint with bold and lists (Markdown)')}
          checked={field.markdownHint === true}
          onChange={(v) => set({ markdownHint: v ? true : undefined })}
        />
      </div>
      <TextControl
        label={L(
          'Ghi chú nội bộ cho cán bộ (người nộp không thấy)',
          'Internal note for officers (not shown to applicants)',
        )}
        value={field.comment}
        onChange={(v) => set({ comment: v })}
        multiline
      />
    </details>
  );
}
