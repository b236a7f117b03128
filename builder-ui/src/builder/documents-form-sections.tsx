/** Documents with their reuse rules, and the applicant's form (schema, uiSchema, prefill). */
import type { ApplicantForm, DocumentCase } from '../../../functions/core/format/generated/procedure';
import { useText } from '../i18n/lang';
import { DocumentList } from '../portal/document-list';
import { JsonField } from './json-field';
import type { SectionProps } from './sections';

/** The "Thành phần hồ sơ và tái sử dụng dữ liệu" section. */
export function DocumentsEditSection({ definition: d, onChange, readOnly }: SectionProps) {
  const { L } = useText();
  return (
    <fieldset className="section" disabled={readOnly}>
      <legend>{L('Thành phần hồ sơ và tái sử dụng dữ liệu', 'Documents and data reuse')}</legend>
      <DocumentList procedure={d} />
      <JsonField
        label={L('Các trường hợp và giấy tờ (JSON)', 'Cases and documents (JSON)')}
        hint={L(
          'Mỗi giấy tờ: id, name, originals, copies, submission (upload/present/form), reuse: [{source, record, mode}].',
          'Each document: id, name, originals, copies, submission (upload/present/form), reuse: [{source, record, mode}].',
        )}
        value={d.documentCases}
        onChange={(documentCases) => onChange({ ...d, documentCases: documentCases as DocumentCase[] })}
        rows={18}
      />
    </fieldset>
  );
}

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
