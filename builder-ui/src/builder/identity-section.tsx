/**
 * Identity of the procedure: names, code, field, level, online level, decision, type, description,
 * keywords. Each control shows the checker's findings about its place below it.
 */
import { registry } from '../catalog-context';
import { useText } from '../i18n/lang';
import { FindingsAnchor } from './findings/findings-context';
import { LabelledControl } from './findings/labelled-control';
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
      <FindingsAnchor pointer="/name">
        <LabelledControl at="/name/vi" label={L('Tên thủ tục (tiếng Việt)', 'Name (Vietnamese)')}>
          {(aria) => (
            <input
              {...aria}
              value={d.name.vi}
              onChange={(e) => set({ name: { ...d.name, vi: e.target.value } })}
            />
          )}
        </LabelledControl>
        <LabelledControl at="/name/en" label={L('Tên thủ tục (tiếng Anh)', 'Name (English)')}>
          {(aria) => (
            <input
              {...aria}
              value={d.name.en}
              onChange={(e) => set({ name: { ...d.name, en: e.target.value } })}
            />
          )}
        </LabelledControl>
      </FindingsAnchor>
      <div className="row wrap">
        <LabelledControl at="/code" label={L('Mã thủ tục', 'Code')}>
          {(aria) => <input {...aria} value={d.code} onChange={(e) => set({ code: e.target.value })} />}
        </LabelledControl>
        <LabelledControl at="/localCode" label={L('Mã địa phương', 'Local code')}>
          {(aria) => (
            <input
              {...aria}
              value={d.localCode ?? ''}
              onChange={(e) => set({ localCode: e.target.value === '' ? undefined : e.target.value })}
            />
          )}
        </LabelledControl>
      </div>
      <div className="row wrap">
        <LabelledControl at="/field" label={L('Lĩnh vực', 'Field')}>
          {(aria) => (
            <select {...aria} value={d.field} onChange={(e) => set({ field: e.target.value })}>
              {registry.fields.map((f) => (
                <option key={f.id} value={f.id}>
                  {tx(f.name)}
                </option>
              ))}
            </select>
          )}
        </LabelledControl>
        <LabelledControl at="/level" label={L('Cấp thực hiện', 'Level')}>
          {(aria) => (
            <select {...aria} value={d.level} onChange={(e) => set({ level: e.target.value })}>
              {registry.levels.map((l) => (
                <option key={l.id} value={l.id}>
                  {tx(l.name)}
                </option>
              ))}
            </select>
          )}
        </LabelledControl>
        <LabelledControl at="/onlineLevel" label={L('Mức độ trực tuyến', 'Online level')}>
          {(aria) => (
            <select
              {...aria}
              value={d.onlineLevel}
              onChange={(e) => set({ onlineLevel: e.target.value as typeof d.onlineLevel })}
            >
              <option value="full">{L('Toàn trình', 'Full online')}</option>
              <option value="partial">{L('Một phần', 'Partly online')}</option>
              <option value="none">{L('Không trực tuyến', 'Not online')}</option>
            </select>
          )}
        </LabelledControl>
      </div>
      <OnlineChecklistPanel definition={d} />
      <div className="row wrap">
        <LabelledControl
          at="/decision"
          label={L('Quyết định công bố (số hiệu)', 'Publishing decision (number)')}
        >
          {(aria) => (
            <input
              {...aria}
              value={d.decision ?? ''}
              maxLength={120}
              placeholder="1085/QĐ-BTP"
              onChange={(e) => set({ decision: e.target.value.trim() === '' ? undefined : e.target.value })}
            />
          )}
        </LabelledControl>
        <LabelledControl at="/procedureType" label={L('Loại thủ tục', 'Procedure type')}>
          {(aria) => (
            <select
              {...aria}
              value={d.procedureType ?? 'administrative'}
              onChange={(e) => set({ procedureType: e.target.value as NonNullable<typeof d.procedureType> })}
            >
              <option value="administrative">{L('Thủ tục hành chính', 'Administrative procedure')}</option>
              <option value="inter-agency">{L('Thủ tục liên thông', 'Inter-agency procedure')}</option>
            </select>
          )}
        </LabelledControl>
      </div>
      <FindingsAnchor pointer="/description">
        <LabelledControl at="/description/vi" label={L('Mô tả (tiếng Việt)', 'Description (Vietnamese)')}>
          {(aria) => (
            <textarea
              {...aria}
              rows={3}
              value={d.description?.vi ?? ''}
              onChange={(e) =>
                set({ description: e.target.value ? { ...d.description, vi: e.target.value } : undefined })
              }
            />
          )}
        </LabelledControl>
        <LabelledControl at="/description/en" label={L('Mô tả (tiếng Anh)', 'Description (English)')}>
          {(aria) => (
            <textarea
              {...aria}
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
          )}
        </LabelledControl>
      </FindingsAnchor>
      <LabelledControl
        at="/keywords"
        label={L('Từ khóa (cách nhau bởi dấu phẩy)', 'Keywords (comma-separated)')}
      >
        {(aria) => (
          <input
            {...aria}
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
        )}
      </LabelledControl>
      <AgenciesFields definition={d} onChange={onChange} />
    </fieldset>
  );
}
