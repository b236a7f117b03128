/** Prefill from the registry's citizen-data sources: which source, which attribute, locked or editable. */
import type { PrefillRule } from '../../../../functions/core/designer/design-types';
import { registry } from '../../catalog-context';
import { useText } from '../../i18n/lang';

/** The palette's Vietnamese presets (functions/core/designer/palette.ts) and the attribute each one means. */
const PRESET_ATTRIBUTE: Record<string, string> = {
  hoTen: 'fullName',
  soDinhDanh: 'personalId',
  ngaySinh: 'birthDate',
  gioiTinh: 'sex',
  danToc: 'ethnicity',
  quocTich: 'nationality',
  maSoThue: 'taxCode',
};

/**
 * The attribute a newly picked source should start on: the one the field is (its preset's key, as
 * `hoTen2` for a second full name, or an attribute named exactly as the field's label), else the
 * source's first. Starting on the first would prefill a "Họ và tên" field with the ID number.
 */
export function suggestedAttribute(
  attributes: { name: string; label: { vi: string } }[],
  field: { key: string; title?: string },
): string {
  const byPreset = PRESET_ATTRIBUTE[field.key.replace(/\d+$/, '')];
  const title = (field.title ?? '').trim().toLocaleLowerCase('vi');
  return (
    attributes.find((a) => a.name === byPreset)?.name ??
    attributes.find((a) => a.label.vi.toLocaleLowerCase('vi') === title)?.name ??
    attributes[0]?.name ??
    ''
  );
}

interface SourceAttrs {
  id: string;
  name: { vi: string; en?: string };
  attributes?: { name: string; label: { vi: string; en?: string } }[];
}

export function PrefillPicker({
  value,
  onChange,
  error,
  lockable = true,
  field,
}: {
  value: PrefillRule | undefined;
  onChange: (next: PrefillRule | undefined) => void;
  error?: string;
  /** False inside a repeating group: locking would lock the field in every item. */
  lockable?: boolean;
  /** The field being prefilled: picks the matching attribute when a source is chosen. */
  field: { key: string; title?: string };
}) {
  const { L, tx } = useText();
  const sources = (registry.sources as SourceAttrs[]).filter((s) => (s.attributes ?? []).length > 0);
  const source = sources.find((s) => s.id === value?.source);
  return (
    <fieldset className="designer-group">
      <legend>{L('Điền sẵn từ dữ liệu sẵn có', 'Prefill from existing data')}</legend>
      <div className="row wrap">
        <label className="field">
          <span>{L('Nguồn dữ liệu', 'Source')}</span>
          <select
            value={value?.source ?? ''}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'prefill-error' : undefined}
            onChange={(e) => {
              const next = sources.find((s) => s.id === e.target.value);
              if (!next) return onChange(undefined);
              onChange({
                ...value,
                source: next.id,
                attribute: suggestedAttribute(next.attributes ?? [], field),
                locked: lockable ? (value?.locked ?? true) : false,
              });
            }}
          >
            <option value="">{L('— không điền sẵn —', '— no prefill —')}</option>
            {sources.map((s) => (
              <option key={s.id} value={s.id}>
                {tx(s.name)}
              </option>
            ))}
          </select>
        </label>
        {value && (
          <label className="field">
            <span>{L('Thông tin', 'Attribute')}</span>
            <select
              value={value.attribute}
              onChange={(e) => onChange({ ...value, attribute: e.target.value })}
            >
              {!source?.attributes?.some((a) => a.name === value.attribute) && (
                <option value={value.attribute}>{value.attribute}</option>
              )}
              {(source?.attributes ?? []).map((a) => (
                <option key={a.name} value={a.name}>
                  {tx(a.label)}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      {value && (lockable || value.locked) && (
        <label className="check">
          <input
            type="checkbox"
            checked={value.locked}
            onChange={(e) => onChange({ ...value, locked: e.target.checked })}
          />
          {L(
            'Khóa: người nộp không sửa được (phải đúng với dữ liệu gốc)',
            'Locked: the applicant cannot change it (must equal the source)',
          )}
        </label>
      )}
      {error && (
        <p id="prefill-error" className="field-error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
