/**
 * "Trình tự & căn cứ": the steps (with the in-person and on-site-check switches Decree 42 looks
 * at), the result, the conditions, the legal basis and the sources — each a list with add,
 * remove and reorder — and the derived facts conditions can test.
 */
import { useMemo } from 'react';
import { listIssues, resultDelivery, resultForms } from '../../../../functions/core/designer/list-rules';
import type { Procedure } from '../../../../functions/core/types';
import { useText } from '../../i18n/lang';
import type { SectionProps } from '../sections';
import { CheckField, CheckGroup, Group, LocalizedFields, SelectField, TextField } from './controls';
import { DerivedFactsEditor } from './derived-facts-editor';
import { IssuesProvider } from './field-issues-context';
import { LegalReferenceFields } from './legal-reference-fields';
import { ListEditor } from './list-editor';

type Step = Procedure['steps'][number];

export function ListsSection({ definition: d, onChange, readOnly }: SectionProps) {
  const { L, tx } = useText();
  const issues = useMemo(() => listIssues(d), [d]);
  const set = (patch: Partial<Procedure>) => onChange({ ...d, ...patch });
  const options = <T extends string>(labels: Record<T, { vi: string; en: string }>) =>
    (Object.keys(labels) as T[]).map((value) => ({ value, label: tx(labels[value]) }));

  return (
    <IssuesProvider issues={issues}>
      <fieldset className="section" disabled={readOnly}>
        <legend>{L('Trình tự, kết quả và căn cứ pháp lý', 'Steps, result and legal basis')}</legend>

        <Group title={L('Trình tự thực hiện', 'Steps')} at="/steps">
          <ListEditor<Step>
            items={d.steps}
            at="/steps"
            noun={L('Bước', 'Step')}
            addLabel={L('Thêm bước', 'Add a step')}
            min={1}
            max={30}
            newItem={() => ({ title: { vi: '' }, actor: 'agency' })}
            onChange={(steps) => set({ steps })}
            render={(step, i, setStep) => (
              <>
                <LocalizedFields
                  label={L('Nội dung', 'What happens')}
                  value={step.title}
                  at={`/steps/${i}/title`}
                  multiline
                  onChange={(title) => setStep({ ...step, title })}
                />
                <SelectField
                  label={L('Ai thực hiện', 'Who acts')}
                  value={step.actor}
                  at={`/steps/${i}/actor`}
                  options={[
                    { value: 'applicant', label: L('Người nộp hồ sơ', 'The applicant') },
                    { value: 'agency', label: L('Cơ quan giải quyết', 'The agency') },
                  ]}
                  onChange={(actor) => setStep({ ...step, actor })}
                />
                <div className="row wrap">
                  <CheckField
                    label={L('Phải có mặt trực tiếp', 'Applicant must appear in person')}
                    checked={step.inPerson === true}
                    at={`/steps/${i}/inPerson`}
                    onChange={(on) => setStep(flag(step, 'inPerson', on))}
                  />
                  <CheckField
                    label={L('Kiểm tra thực địa', 'On-site check')}
                    checked={step.onSiteCheck === true}
                    at={`/steps/${i}/onSiteCheck`}
                    onChange={(on) => setStep(flag(step, 'onSiteCheck', on))}
                  />
                </div>
              </>
            )}
          />
        </Group>

        <Group title={L('Kết quả thực hiện', 'Result')} at="/result">
          <LocalizedFields
            label={L('Tên kết quả', 'Result name')}
            value={d.result.name}
            at="/result/name"
            onChange={(name) => set({ result: { ...d.result, name } })}
          />
          <CheckGroup
            legend={L('Hình thức kết quả', 'Result forms')}
            values={d.result.forms}
            at="/result/forms"
            options={options(resultForms)}
            onChange={(forms) => set({ result: { ...d.result, forms } })}
          />
          <CheckGroup
            legend={L('Cách nhận kết quả', 'Delivery')}
            values={d.result.delivery}
            at="/result/delivery"
            options={options(resultDelivery)}
            onChange={(delivery) => set({ result: { ...d.result, delivery } })}
          />
        </Group>

        <Group title={L('Yêu cầu, điều kiện thực hiện', 'Requirements and conditions')} at="/conditions">
          <ListEditor
            items={d.conditions ?? []}
            at="/conditions"
            noun={L('Điều kiện', 'Condition')}
            addLabel={L('Thêm điều kiện', 'Add a condition')}
            max={30}
            newItem={() => ({ vi: '' })}
            onChange={(conditions) => set({ conditions: conditions.length > 0 ? conditions : undefined })}
            render={(c, i, setC) => (
              <LocalizedFields
                label={L('Nội dung', 'Text')}
                value={c}
                at={`/conditions/${i}`}
                multiline
                onChange={setC}
              />
            )}
          />
        </Group>

        <Group title={L('Căn cứ pháp lý', 'Legal basis')} at="/legalBasis">
          <ListEditor
            items={d.legalBasis}
            at="/legalBasis"
            noun={L('Văn bản', 'Document')}
            addLabel={L('Thêm văn bản', 'Add a document')}
            min={1}
            max={40}
            newItem={() => ({ number: '' })}
            onChange={(legalBasis) => set({ legalBasis })}
            render={(ref, i, setRef) => (
              <LegalReferenceFields value={ref} at={`/legalBasis/${i}`} onChange={setRef} />
            )}
          />
        </Group>

        <Group title={L('Nguồn tham khảo', 'Sources')} at="/sources">
          <ListEditor
            items={d.sources ?? []}
            at="/sources"
            noun={L('Nguồn', 'Source')}
            addLabel={L('Thêm nguồn', 'Add a source')}
            newItem={() => ''}
            onChange={(sources) => set({ sources: sources.length > 0 ? sources : undefined })}
            render={(s, i, setS) => (
              <TextField
                label={L('Địa chỉ hoặc mô tả nguồn', 'Link or description')}
                value={s}
                at={`/sources/${i}`}
                onChange={setS}
              />
            )}
          />
        </Group>
        <DerivedFactsEditor definition={d} onChange={onChange} />
      </fieldset>
    </IssuesProvider>
  );
}

/** A boolean switch stored only when on (the format's default is false). */
function flag(step: Step, key: 'inPerson' | 'onSiteCheck', on: boolean): Step {
  const { [key]: _old, ...rest } = step;
  return on ? { ...rest, [key]: true } : rest;
}
