/** The agencies of the registry: name, jurisdiction and level, one row each, plus "add". */
import { useRef } from 'react';
import { useText } from '../../i18n/lang';
import { useUndoableRows } from '../lists/undo-removal';
import { ColumnProblem } from './named-rows-editor';
import type { Issues } from './registry-issues';
import type { Agency, RegistryBody } from './registry-types';

export function AgencyEditor(props: {
  registry: RegistryBody;
  disabled: boolean;
  /** Problems by pointer (`/agencies/2/id`), shown under their control. */
  issues: Issues;
  onChange: (agencies: Agency[]) => void;
}) {
  const { L, tx } = useText();
  const { agencies, jurisdictions, levels } = props.registry;
  const body = useRef<HTMLTableSectionElement>(null);
  const { remove, notice } = useUndoableRows(agencies, props.onChange, body);
  const tie = (pointer: string) =>
    props.issues.has(pointer)
      ? ({ 'aria-invalid': true, 'aria-describedby': `err-${pointer.replaceAll('/', '-')}` } as const)
      : {};
  const problem = (pointer: string) => <ColumnProblem issues={props.issues} pointer={pointer} />;
  const update = (i: number, patch: Partial<Agency>) =>
    props.onChange(agencies.map((a, j) => (j === i ? { ...a, ...patch } : a)));
  return (
    <fieldset disabled={props.disabled}>
      <legend>{L('Cơ quan', 'Agencies')}</legend>
      <table className="list">
        <thead>
          <tr>
            <th scope="col">{L('Mã', 'Id')}</th>
            <th scope="col">{L('Tên cơ quan', 'Name')}</th>
            <th scope="col">{L('Địa bàn', 'Jurisdiction')}</th>
            <th scope="col">{L('Cấp', 'Level')}</th>
            <th scope="col">{L('Thao tác', 'Actions')}</th>
          </tr>
        </thead>
        <tbody ref={body}>
          {agencies.map((a, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: keyed by position, so typing an id keeps the focus
            <tr key={i} data-agency={a.id}>
              <td>
                <input
                  aria-label={L(`Mã cơ quan ${i + 1}`, `Agency ${i + 1} id`)}
                  value={a.id}
                  required
                  onChange={(e) => update(i, { id: e.target.value })}
                  {...tie(`/agencies/${i}/id`)}
                />
                {problem(`/agencies/${i}/id`)}
              </td>
              <td>
                <input
                  aria-label={L(`Tên cơ quan ${i + 1}`, `Agency ${i + 1} name`)}
                  value={a.name.vi}
                  required
                  onChange={(e) => update(i, { name: { ...a.name, vi: e.target.value } })}
                  {...tie(`/agencies/${i}/name/vi`)}
                />
                {problem(`/agencies/${i}/name/vi`)}
                <input
                  aria-label={L(`Tên tiếng Anh của cơ quan ${i + 1}`, `Agency ${i + 1} English name`)}
                  value={a.name.en ?? ''}
                  required
                  onChange={(e) => update(i, { name: { ...a.name, en: e.target.value } })}
                  {...tie(`/agencies/${i}/name/en`)}
                />
                {problem(`/agencies/${i}/name/en`)}
              </td>
              <td>
                <select
                  aria-label={L(`Địa bàn của cơ quan ${i + 1}`, `Agency ${i + 1} jurisdiction`)}
                  value={a.jurisdiction}
                  required
                  onChange={(e) => update(i, { jurisdiction: e.target.value })}
                  {...tie(`/agencies/${i}/jurisdiction`)}
                >
                  <option value="">{L('— Chọn —', '— Choose —')}</option>
                  {jurisdictions.map((j) => (
                    <option key={j.id} value={j.id}>
                      {tx(j.name)}
                    </option>
                  ))}
                </select>
                {problem(`/agencies/${i}/jurisdiction`)}
              </td>
              <td>
                <select
                  aria-label={L(`Cấp của cơ quan ${i + 1}`, `Agency ${i + 1} level`)}
                  value={a.level}
                  required
                  onChange={(e) => update(i, { level: e.target.value })}
                  {...tie(`/agencies/${i}/level`)}
                >
                  <option value="">{L('— Chọn —', '— Choose —')}</option>
                  {levels.map((l) => (
                    <option key={l.id} value={l.id} disabled={!!l.retiredOn && l.id !== a.level}>
                      {tx(l.name)}
                    </option>
                  ))}
                </select>
                {problem(`/agencies/${i}/level`)}
              </td>
              <td>
                <button
                  type="button"
                  data-remove={i}
                  onClick={() =>
                    remove(i, L(`cơ quan ${tx(a.name) || i + 1}`, `agency ${tx(a.name) || i + 1}`))
                  }
                  aria-label={L(`Xóa cơ quan ${tx(a.name) || i + 1}`, `Remove agency ${tx(a.name) || i + 1}`)}
                >
                  {L('Xóa', 'Remove')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {notice}
      <button
        type="button"
        onClick={() =>
          props.onChange([...agencies, { id: '', name: { vi: '', en: '' }, jurisdiction: '', level: '' }])
        }
      >
        {L('+ Thêm cơ quan', '+ Add agency')}
      </button>
    </fieldset>
  );
}
