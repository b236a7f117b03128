/**
 * "Dữ kiện suy ra" (`derived`): values the core computes from the answers before conditions are
 * evaluated — days between two dates, the number of items of a list, the filing channel. The
 * officer names each one and picks the form fields it reads; the conditions of documents and fees
 * can then test it like a field.
 */
import { useMemo } from 'react';
import {
  derivedIssues,
  derivedKinds,
  derivedSources,
  FILING_DATE,
  withKind,
} from '../../../../functions/core/designer/derived-rules';
import type { Procedure } from '../../../../functions/core/types';
import { useText } from '../../i18n/lang';
import { Group, LocalizedFields, SelectField, TextField } from './controls';
import { IssuesProvider } from './field-issues-context';
import { ListEditor } from './list-editor';

type Fact = NonNullable<Procedure['derived']>[number];

export function DerivedFactsEditor({
  definition: d,
  onChange,
}: {
  definition: Procedure;
  onChange(next: Procedure): void;
}) {
  const { L, tx } = useText();
  const issues = useMemo(() => derivedIssues(d), [d]);
  const dates = useMemo(() => derivedSources(d, 'days-between'), [d]);
  const lists = useMemo(() => derivedSources(d, 'count'), [d]);
  const dateOptions = [
    { value: FILING_DATE, label: L('Ngày nộp hồ sơ', 'Filing date') },
    ...dates.map((s) => ({ value: s.pointer, label: tx(s.label) })),
  ];
  const listOptions = lists.map((s) => ({ value: s.pointer, label: tx(s.label) }));
  const kinds = (Object.keys(derivedKinds) as Fact['kind'][]).map((value) => ({
    value,
    label: tx(derivedKinds[value]),
  }));
  const setFacts = (facts: Fact[]) => {
    // No facts = no `derived` key, as a procedure without them is written.
    const { derived: _old, ...rest } = d;
    onChange(facts.length > 0 ? { ...rest, derived: facts } : rest);
  };

  return (
    <IssuesProvider issues={issues}>
      <Group title={L('Dữ kiện suy ra', 'Derived facts')} at="/derived">
        <p className="small muted">
          {L(
            'Giá trị tính từ câu trả lời (ví dụ số ngày từ ngày sinh đến ngày nộp) để điều kiện của giấy tờ và phí dùng như một trường.',
            'Values computed from the answers (e.g. days from the birth to the filing date) that conditions of documents and fees use like a field.',
          )}
        </p>
        <ListEditor<Fact>
          items={d.derived ?? []}
          at="/derived"
          noun={L('Dữ kiện', 'Fact')}
          addLabel={L('Thêm dữ kiện suy ra', 'Add a derived fact')}
          max={20}
          newItem={() => ({ name: '', kind: 'days-between', to: FILING_DATE })}
          onChange={setFacts}
          render={(fact, i, setFact) => {
            const at = `/derived/${i}`;
            // A value no longer offered (field removed from the form) stays visible so it can be re-picked.
            const withCurrent = (options: { value: string; label: string }[], value: string | undefined) =>
              value && !options.some((o) => o.value === value)
                ? [...options, { value, label: value }]
                : options;
            const pick = (
              key: 'from' | 'to' | 'of',
              label: string,
              options: { value: string; label: string }[],
            ) => (
              <SelectField
                label={label}
                value={fact[key]}
                at={`${at}/${key}`}
                options={withCurrent(options, fact[key])}
                placeholder={L('— Chọn trường —', '— Pick a field —')}
                onChange={(value) => {
                  const next = { ...fact, [key]: value };
                  if (value === '') delete next[key];
                  setFact(next);
                }}
              />
            );
            return (
              <>
                <div className="row wrap">
                  <TextField
                    label={L('Tên (dùng trong điều kiện)', 'Name (used in conditions)')}
                    value={fact.name}
                    at={`${at}/name`}
                    required
                    hint={L(
                      'Chữ không dấu và số, ví dụ soNgayTuKhiSinh',
                      'ASCII letters and digits, e.g. daysSinceBirth',
                    )}
                    onChange={(name) => setFact({ ...fact, name: name.trim() })}
                  />
                  <SelectField
                    label={L('Loại dữ kiện', 'Kind of fact')}
                    value={fact.kind}
                    at={`${at}/kind`}
                    options={kinds}
                    onChange={(kind) => setFact(withKind(fact, kind))}
                  />
                </div>
                {fact.kind === 'days-between' && (
                  <div className="row wrap">
                    {pick('from', L('Từ ngày', 'From date'), dateOptions)}
                    {pick('to', L('Đến ngày', 'To date'), dateOptions)}
                  </div>
                )}
                {fact.kind === 'count' &&
                  (listOptions.length > 0 || fact.of ? (
                    pick('of', L('Danh sách cần đếm', 'List to count'), listOptions)
                  ) : (
                    <p className="small muted">
                      {L(
                        'Biểu mẫu chưa có danh sách (nhóm lặp lại) nào để đếm.',
                        'The form has no list (repeating group) to count yet.',
                      )}
                    </p>
                  ))}
                <LocalizedFields
                  label={L('Mô tả (hiện trong điều kiện)', 'Description (shown in conditions)')}
                  value={fact.description}
                  at={`${at}/description`}
                  required={false}
                  onChange={(description) => {
                    const { description: _old, ...rest } = fact;
                    setFact(description.vi || description.en ? { ...rest, description } : rest);
                  }}
                />
              </>
            );
          }}
        />
      </Group>
    </IssuesProvider>
  );
}
