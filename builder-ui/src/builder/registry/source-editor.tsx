/**
 * The citizen-data sources of the registry: each with its record types (what reuse rules name)
 * and its attributes (what prefill rules pick), every control labelled with the source's name.
 */
import { useRef } from 'react';
import { useText } from '../../i18n/lang';
import { useUndoableRows } from '../lists/undo-removal';
import { ColumnProblem } from './named-rows-editor';
import type { Issues } from './registry-issues';
import type { Named, Source, SourceAttribute } from './registry-types';

// the registry schema's attribute types (catalogs/schema/registry.schema.json)
const types = ['string', 'date', 'integer', 'boolean'];
const SLUG = '[a-z0-9]+(-[a-z0-9]+)*';

export function SourceEditor(props: {
  sources: Source[];
  disabled: boolean;
  /** Problems of a source's id and names, by pointer (`/sources/1/id`). */
  issues: Issues;
  onChange: (sources: Source[]) => void;
}) {
  const { L } = useText();
  const tie = (pointer: string) =>
    props.issues.has(pointer)
      ? ({ 'aria-invalid': true, 'aria-describedby': `err-${pointer.replaceAll('/', '-')}` } as const)
      : {};
  const update = (i: number, patch: Partial<Source>) =>
    props.onChange(props.sources.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  const root = useRef<HTMLFieldSetElement>(null);
  const { remove, notice } = useUndoableRows(props.sources, props.onChange, root);
  return (
    <fieldset disabled={props.disabled} ref={root}>
      <legend>{L('Nguồn dữ liệu công dân', 'Citizen-data sources')}</legend>
      {props.sources.map((s, i) => {
        const label = s.name.vi || s.id || String(i + 1);
        const records = s.records ?? [];
        const attributes = s.attributes ?? [];
        const setRecord = (k: number, next: Named) =>
          update(i, { records: records.map((r, j) => (j === k ? next : r)) });
        const setAttribute = (k: number, next: SourceAttribute) =>
          update(i, { attributes: attributes.map((a, j) => (j === k ? next : a)) });
        return (
          // a source with a problem opens, so the message and the focus can reach its control
          <details
            // biome-ignore lint/suspicious/noArrayIndexKey: keyed by position, so typing an id keeps the focus
            key={i}
            className="card"
            data-source={s.id}
            open={
              [`/sources/${i}/id`, `/sources/${i}/name/vi`, `/sources/${i}/name/en`].some((p) =>
                props.issues.has(p),
              ) || undefined
            }
          >
            <summary>{label}</summary>
            <label>
              {L('Mã nguồn', 'Source id')}
              <input
                value={s.id}
                required
                pattern={SLUG}
                onChange={(e) => update(i, { id: e.target.value })}
                {...tie(`/sources/${i}/id`)}
              />
              <ColumnProblem issues={props.issues} pointer={`/sources/${i}/id`} />
            </label>
            <label>
              {L('Tên nguồn', 'Source name')}
              <input
                value={s.name.vi}
                required
                onChange={(e) => update(i, { name: { ...s.name, vi: e.target.value } })}
                {...tie(`/sources/${i}/name/vi`)}
              />
              <ColumnProblem issues={props.issues} pointer={`/sources/${i}/name/vi`} />
            </label>
            <label>
              {L('Tên nguồn (tiếng Anh)', 'Source name (English)')}
              <input
                value={s.name.en ?? ''}
                required
                onChange={(e) => update(i, { name: { ...s.name, en: e.target.value } })}
                {...tie(`/sources/${i}/name/en`)}
              />
              <ColumnProblem issues={props.issues} pointer={`/sources/${i}/name/en`} />
            </label>
            <fieldset>
              <legend>{L(`Loại bản ghi của ${label}`, `Record types of ${label}`)}</legend>
              {records.map((r, k) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place, ids change while typing
                <p key={k} className="row">
                  <input
                    aria-label={L(
                      `Mã loại bản ghi ${k + 1} của ${label}`,
                      `Record type ${k + 1} id of ${label}`,
                    )}
                    value={r.id}
                    required
                    pattern={SLUG}
                    onChange={(e) => setRecord(k, { ...r, id: e.target.value })}
                  />
                  <input
                    aria-label={L(
                      `Tên loại bản ghi ${k + 1} của ${label}`,
                      `Record type ${k + 1} name of ${label}`,
                    )}
                    value={r.name.vi}
                    required
                    onChange={(e) => setRecord(k, { ...r, name: { ...r.name, vi: e.target.value } })}
                  />
                  <input
                    aria-label={L(
                      `Tên tiếng Anh loại bản ghi ${k + 1} của ${label}`,
                      `Record type ${k + 1} English name of ${label}`,
                    )}
                    value={r.name.en ?? ''}
                    required
                    onChange={(e) => setRecord(k, { ...r, name: { ...r.name, en: e.target.value } })}
                  />
                  <button
                    type="button"
                    onClick={() => update(i, { records: records.filter((_, j) => j !== k) })}
                  >
                    {L(`Xóa loại bản ghi ${r.id}`, `Remove record type ${r.id}`)}
                  </button>
                </p>
              ))}
              <button
                type="button"
                onClick={() => update(i, { records: [...records, { id: '', name: { vi: '', en: '' } }] })}
              >
                {L('+ Thêm loại bản ghi', '+ Add record type')}
              </button>
            </fieldset>
            <fieldset>
              <legend>{L(`Thuộc tính của ${label}`, `Attributes of ${label}`)}</legend>
              {attributes.map((a, k) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place, names change while typing
                <p key={k} className="row">
                  <input
                    aria-label={L(
                      `Tên kỹ thuật thuộc tính ${k + 1} của ${label}`,
                      `Attribute ${k + 1} name of ${label}`,
                    )}
                    value={a.name}
                    required
                    pattern="[a-zA-Z][a-zA-Z0-9]*"
                    onChange={(e) => setAttribute(k, { ...a, name: e.target.value })}
                  />
                  <input
                    aria-label={L(
                      `Nhãn thuộc tính ${k + 1} của ${label}`,
                      `Attribute ${k + 1} label of ${label}`,
                    )}
                    value={a.label.vi}
                    required
                    onChange={(e) => setAttribute(k, { ...a, label: { ...a.label, vi: e.target.value } })}
                  />
                  <input
                    aria-label={L(
                      `Nhãn tiếng Anh thuộc tính ${k + 1} của ${label}`,
                      `Attribute ${k + 1} English label of ${label}`,
                    )}
                    value={a.label.en ?? ''}
                    required
                    onChange={(e) => setAttribute(k, { ...a, label: { ...a.label, en: e.target.value } })}
                  />
                  <select
                    aria-label={L(
                      `Kiểu thuộc tính ${k + 1} của ${label}`,
                      `Attribute ${k + 1} type of ${label}`,
                    )}
                    value={a.type}
                    onChange={(e) => setAttribute(k, { ...a, type: e.target.value })}
                  >
                    {(types.includes(a.type) ? types : [a.type, ...types]).map((t) => (
                      <option key={t} value={t}>
                        {t}
                      </option>
                    ))}
                  </select>
                  <button
                    type="button"
                    onClick={() => update(i, { attributes: attributes.filter((_, j) => j !== k) })}
                  >
                    {L(`Xóa thuộc tính ${a.name}`, `Remove attribute ${a.name}`)}
                  </button>
                </p>
              ))}
              <button
                type="button"
                onClick={() =>
                  update(i, {
                    attributes: [...attributes, { name: '', label: { vi: '', en: '' }, type: 'string' }],
                  })
                }
              >
                {L('+ Thêm thuộc tính', '+ Add attribute')}
              </button>
            </fieldset>
            <button
              type="button"
              data-remove={i}
              onClick={() => remove(i, L(`nguồn ${label}`, `source ${label}`))}
            >
              {L(`Xóa nguồn ${label}`, `Remove source ${label}`)}
            </button>
          </details>
        );
      })}
      {notice}
      <button
        type="button"
        onClick={() =>
          props.onChange([
            ...props.sources,
            { id: '', name: { vi: '', en: '' }, records: [], attributes: [] },
          ])
        }
      >
        {L('+ Thêm nguồn dữ liệu', '+ Add data source')}
      </button>
    </fieldset>
  );
}
