/** Identity of the procedure: names, code, field, level, online level, decision, type, description, keywords. */
import { registry } from '../catalog-context';
import { useText } from '../i18n/lang';
import { FieldProblems } from './field-problems';
import { AgenciesFields } from './lists/agencies-fields';
import { OnlineChecklistPanel } from './lists/online-checklist-panel';
import type { SectionProps } from './sections';

/** The "Thông tin chung" section. */
export function IdentitySection({ definition: d, onChange, readOnly }: SectionProps) {
  const { L, tx } = useText();
  const set = (patch: Partial<typeof d>) => onChange({ ...d, ...patch });
  return (
    <fieldset className="section" disabled={readOnly}>
      <legend>{L('Thông tin chung', 'Identity')}</legend>
      <label className="field" data-pointer="/name">
        <span>{L('Tên thủ tục (tiếng Việt)', 'Name (Vietnamese)')}</span>
        <input value={d.name.vi} onChange={(e) => set({ name: { ...d.name, vi: e.target.value } })} />
        <FieldProblems at="/name" />
      </label>
      <label className="field">
        <span>{L('Tên thủ tục (tiếng Anh)', 'Name (English)')}</span>
        <input value={d.name.en} onChange={(e) => set({ name: { ...d.name, en: e.target.value } })} />
      </label>
      <div className="row wrap">
        <label className="field" data-pointer="/code">
          <span>{L('Mã thủ tục', 'Code')}</span>
          <input value={d.code} onChange={(e) => set({ code: e.target.value })} />
          <FieldProblems at="/code" />
        </label>
        <label className="field">
          <span>{L('Mã địa phương', 'Local code')}</span>
          <input
            value={d.localCode ?? ''}
            onChange={(e) => set({ localCode: e.target.value === '' ? undefined : e.target.value })}
          />
        </label>
      </div>
      <div className="row wrap">
        <label className="field">
          <span>{L('Lĩnh vực', 'Field')}</span>
          <select value={d.field} onChange={(e) => set({ field: e.target.value })}>
            {registry.fields.map((f) => (
              <option key={f.id} value={f.id}>
                {tx(f.name)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{L('Cấp thực hiện', 'Level')}</span>
          <select value={d.level} onChange={(e) => set({ level: e.target.value })}>
            {registry.levels.map((l) => (
              <option key={l.id} value={l.id}>
                {tx(l.name)}
              </option>
            ))}
          </select>
        </label>
        <label className="field" data-pointer="/onlineLevel">
          <span>{L('Mức độ trực tuyến', 'Online level')}</span>
          <select
            value={d.onlineLevel}
            onChange={(e) => set({ onlineLevel: e.target.value as typeof d.onlineLevel })}
          >
            <option value="full">{L('Toàn trình', 'Full online')}</option>
            <option value="partial">{L('Một phần', 'Partly online')}</option>
            <option value="none">{L('Không trực tuyến', 'Not online')}</option>
          </select>
        </label>
      </div>
      <OnlineChecklistPanel definition={d} />
      <div className="row wrap">
        <label className="field" data-pointer="/decision">
          <span>{L('Quyết định công bố (số hiệu)', 'Publishing decision (number)')}</span>
          <input
            value={d.decision ?? ''}
            maxLength={120}
            placeholder="1085/QĐ-BTP"
            onChange={(e) => set({ decision: e.target.value.trim() === '' ? undefined : e.target.value })}
          />
          <FieldProblems at="/decision" />
        </label>
        <label className="field" data-pointer="/procedureType">
          <span>{L('Loại thủ tục', 'Procedure type')}</span>
          <select
            value={d.procedureType ?? 'administrative'}
            onChange={(e) => set({ procedureType: e.target.value as NonNullable<typeof d.procedureType> })}
          >
            <option value="administrative">{L('Thủ tục hành chính', 'Administrative procedure')}</option>
            <option value="inter-agency">{L('Thủ tục liên thông', 'Inter-agency procedure')}</option>
          </select>
        </label>
      </div>
      <label className="field" data-pointer="/description">
        <span>{L('Mô tả (tiếng Việt)', 'Description (Vietnamese)')}</span>
        <textarea
          rows={3}
          value={d.description?.vi ?? ''}
          onChange={(e) =>
            set({ description: e.target.value ? { ...d.description, vi: e.target.value } : undefined })
          }
        />
        <FieldProblems at="/description" />
      </label>
      <label className="field">
        <span>{L('Mô tả (tiếng Anh)', 'Description (English)')}</span>
        <textarea
          rows={3}
          value={d.description?.en ?? ''}
          // English is only kept beside a Vietnamese description (the schema requires `vi`).
          disabled={!d.description?.vi}
          onChange={(e) => {
            if (!d.description) return;
            const { en: _dropped, ...vi } = d.description;
            set({ description: e.target.value ? { ...vi, en: e.target.value } : vi });
          }}
        />
      </label>
      <label className="field">
        <span>{L('Từ khóa (cách nhau bởi dấu phẩy)', 'Keywords (comma-separated)')}</span>
        <input
          value={(d.keywords ?? []).join(', ')}
          onChange={(e) =>
            set({
              keywords: e.target.value
                .split(',')
                .map((k) => k.trim())
                .filter(Boolean),
            })
          }
        />
      </label>
      <AgenciesFields definition={d} onChange={onChange} />
    </fieldset>
  );
}
