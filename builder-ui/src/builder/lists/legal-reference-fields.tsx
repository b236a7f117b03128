/** One legal reference (văn bản): number, article, title, date, issuer; empty optional parts are dropped. */
import type { LegalReference } from '../../../../functions/core/format/generated/procedure';
import { useText } from '../../i18n/lang';
import { CheckField, TextField } from './controls';

/** Sets `key` to `text`, or removes it when emptied (optional parts of the format have no ''). */
function withText(
  ref: LegalReference,
  key: Exclude<keyof LegalReference, 'number'>,
  text: string,
): LegalReference {
  const { [key]: _old, ...rest } = ref;
  return text.trim() === '' ? rest : { ...rest, [key]: text };
}

export function LegalReferenceFields({
  value,
  onChange,
  at,
}: {
  value: LegalReference;
  onChange(next: LegalReference): void;
  at: string;
}) {
  const { L } = useText();
  return (
    <div className="row wrap">
      <TextField
        label={L('Số hiệu văn bản', 'Document number')}
        hint={L('ví dụ 85/2019/TT-BTC', 'e.g. 85/2019/TT-BTC')}
        value={value.number}
        at={`${at}/number`}
        required
        onChange={(number) => onChange({ ...value, number })}
      />
      <TextField
        label={L('Điều, khoản', 'Article')}
        hint={L('ví dụ khoản 1 Điều 3', 'e.g. khoản 1 Điều 3')}
        value={value.article}
        at={`${at}/article`}
        onChange={(t) => onChange(withText(value, 'article', t))}
      />
      <TextField
        label={L('Trích yếu', 'Title')}
        value={value.title}
        at={`${at}/title`}
        onChange={(t) => onChange(withText(value, 'title', t))}
      />
      <TextField
        label={L('Ngày ban hành', 'Date issued')}
        type="date"
        value={value.date}
        at={`${at}/date`}
        onChange={(t) => onChange(withText(value, 'date', t))}
      />
      <TextField
        label={L('Cơ quan ban hành', 'Issuer')}
        value={value.issuer}
        at={`${at}/issuer`}
        onChange={(t) => onChange(withText(value, 'issuer', t))}
      />
    </div>
  );
}

/** An optional legal reference behind a checkbox ("Có căn cứ pháp lý"). */
export function OptionalLegalReference({
  value,
  onChange,
  at,
  label,
}: {
  value: LegalReference | undefined;
  onChange(next: LegalReference | undefined): void;
  at: string;
  label: string;
}) {
  return (
    <>
      <CheckField
        label={label}
        checked={value !== undefined}
        at={at}
        onChange={(on) => onChange(on ? { number: '' } : undefined)}
      />
      {value && <LegalReferenceFields value={value} onChange={onChange} at={at} />}
    </>
  );
}
