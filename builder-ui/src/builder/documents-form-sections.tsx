/** The applicant's form (schema, uiSchema, prefill). */
import type { ApplicantForm } from '../../../functions/core/format/generated/procedure';
import { useText } from '../i18n/lang';
import { JsonField } from './json-field';
import type { SectionProps } from './sections';

/** The "Biểu mẫu" section: the JSON Schema of the answers, its uiSchema and prefill rules. */
export function FormSchemaSection({ definition: d, onChange, readOnly }: SectionProps) {
  const { L } = useText();
  const setForm = (patch: Partial<ApplicantForm>) => onChange({ ...d, form: { ...d.form, ...patch } });
  return (
    <fieldset className="section" disabled={readOnly}>
      <legend>{L('Biểu mẫu điện tử', 'Applicant form')}</legend>
      <JsonField
        label={L('Lược đồ câu trả lời (JSON Schema)', 'Answers schema (JSON Schema)')}
        value={d.form.schema}
        onChange={(schema) => setForm({ schema: schema as ApplicantForm['schema'] })}
        rows={22}
      />
      <JsonField
        label={L('Cách hiển thị (uiSchema)', 'Display (uiSchema)')}
        value={d.form.uiSchema ?? {}}
        onChange={(uiSchema) => setForm({ uiSchema: uiSchema as ApplicantForm['uiSchema'] })}
        rows={8}
      />
      <JsonField
        label={L('Điền sẵn từ dữ liệu sẵn có', 'Prefill from existing data')}
        hint={L(
          '[{ target: "/truong", source: "population", attribute: "fullName", locked: true }]',
          '[{ target, source, attribute, locked }]',
        )}
        value={d.form.prefill ?? []}
        onChange={(prefill) => setForm({ prefill: prefill as ApplicantForm['prefill'] })}
        rows={8}
      />
    </fieldset>
  );
}
