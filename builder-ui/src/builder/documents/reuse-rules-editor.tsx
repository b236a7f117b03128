/**
 * Reuse rules of one document: which source (registry), which record type that source supplies,
 * and the mode — each mode said in words, so the officer knows what the citizen will be asked.
 */
import {
  type ReuseMode,
  recordSources,
  recordTypes,
  reuseModes,
} from '../../../../functions/core/designer/document-rules';
import type { ReuseRule } from '../../../../functions/core/format/generated/procedure';
import { registry } from '../../catalog-context';
import { useText } from '../../i18n/lang';
import { SelectField } from '../lists/controls';
import { OptionalLegalReference } from '../lists/legal-reference-fields';
import { ListEditor } from '../lists/list-editor';

export function ReuseRulesEditor({
  rules,
  onChange,
  at,
}: {
  rules: ReuseRule[];
  onChange(next: ReuseRule[]): void;
  at: string;
}) {
  const { L, tx } = useText();
  const sources = recordSources(registry);
  return (
    <ListEditor<ReuseRule>
      items={rules}
      at={at}
      noun={L('Quy tắc tái sử dụng', 'Reuse rule')}
      addLabel={L('Thêm quy tắc tái sử dụng dữ liệu', 'Add a data reuse rule')}
      max={5}
      itemClass="reuse-rule"
      newItem={() => {
        const source = sources[0];
        return { source: source?.id ?? '', record: source?.records?.[0]?.id ?? '', mode: 'fallback' };
      }}
      onChange={onChange}
      render={(rule, k, set) => {
        const here = `${at}/${k}`;
        const records = recordTypes(registry, rule.source);
        return (
          <>
            <div className="row wrap">
              <SelectField
                label={L('Nguồn dữ liệu', 'Data source')}
                value={rule.source}
                at={`${here}/source`}
                options={sources.map((s) => ({ value: s.id, label: tx(s.name) }))}
                onChange={(source) =>
                  set({ ...rule, source, record: recordTypes(registry, source)[0]?.id ?? '' })
                }
              />
              <SelectField
                label={L('Loại giấy tờ, dữ liệu', 'Record type')}
                value={rule.record}
                at={`${here}/record`}
                options={records.map((r) => ({ value: r.id, label: tx(r.name) }))}
                onChange={(record) => set({ ...rule, record })}
              />
              <SelectField<ReuseMode>
                label={L('Cách dùng', 'Mode')}
                value={rule.mode}
                at={`${here}/mode`}
                options={(Object.keys(reuseModes) as ReuseMode[]).map((m) => ({
                  value: m,
                  label: tx(reuseModes[m].name),
                }))}
                hint={tx(reuseModes[rule.mode].meaning)}
                onChange={(mode) => set({ ...rule, mode })}
              />
            </div>
            <OptionalLegalReference
              label={L(
                'Có căn cứ pháp lý cho việc khai thác dữ liệu',
                'Cite the legal basis for reusing the data',
              )}
              value={rule.legalBasis}
              at={`${here}/legalBasis`}
              onChange={(legalBasis) => {
                const { legalBasis: _old, ...rest } = rule;
                set(legalBasis ? { ...rest, legalBasis } : rest);
              }}
            />
          </>
        );
      }}
    />
  );
}
