/**
 * One list of the registry as a table — id, Vietnamese and English name, any extra columns, and
 * "remove" — with each problem of `registryIssues` shown under its control (aria-describedby), so
 * a screen reader hears it with the field. Used for fields, fee categories, levels and
 * administrative units; every control is labelled with the row's noun and number.
 */
import { type ReactNode, useRef } from 'react';
import { useText } from '../../i18n/lang';
import { useUndoableRows } from '../lists/undo-removal';
import type { Issues } from './registry-issues';
import type { Named } from './registry-types';

type Pair = [vi: string, en: string];

export interface ExtraColumn<T> {
  header: Pair;
  /** `control(key)` gives the props tying a control to its problem (`key`: `level`, `parent`…). */
  cell: (row: T, i: number, update: (patch: Partial<T>) => void, control: ControlProps) => ReactNode;
}

export type ControlProps = (key: string) => {
  'aria-invalid'?: true;
  'aria-describedby'?: string;
  'data-pointer': string;
};

export function NamedRowsEditor<T extends Named>(props: {
  list: string;
  legend: Pair;
  /** The row's noun as it reads in a label: "lĩnh vực" / "field". */
  noun: Pair;
  rows: T[];
  blank: T;
  disabled: boolean;
  issues: Issues;
  extra?: ExtraColumn<T>[];
  onChange: (rows: T[]) => void;
}) {
  const { L, tx } = useText();
  const { list, noun, rows, issues } = props;
  const body = useRef<HTMLTableSectionElement>(null);
  const { remove, notice } = useUndoableRows(rows, props.onChange, body);
  const update = (i: number, patch: Partial<T>) =>
    props.onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const errorId = (pointer: string) => `err-${pointer.replaceAll('/', '-')}`;
  const control =
    (i: number): ControlProps =>
    (key) => {
      const pointer = `/${list}/${i}/${key}`;
      return issues.has(pointer)
        ? { 'aria-invalid': true, 'aria-describedby': errorId(pointer), 'data-pointer': pointer }
        : { 'data-pointer': pointer };
    };
  const problem = (i: number, key: string) => {
    const pointer = `/${list}/${i}/${key}`;
    const issue = issues.get(pointer);
    return issue ? (
      <span className="field-error" id={errorId(pointer)}>
        {L(issue.vi, issue.en)}
      </span>
    ) : null;
  };
  return (
    <fieldset disabled={props.disabled} data-list={list}>
      <legend>{L(...props.legend)}</legend>
      <table className="list">
        <thead>
          <tr>
            <th scope="col">{L('Mã', 'Id')}</th>
            <th scope="col">{L('Tên', 'Name')}</th>
            {props.extra?.map((c) => (
              <th key={c.header[1]} scope="col">
                {L(...c.header)}
              </th>
            ))}
            <th scope="col">{L('Thao tác', 'Actions')}</th>
          </tr>
        </thead>
        <tbody ref={body}>
          {rows.map((row, i) => {
            const n = i + 1;
            const c = control(i);
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place, ids change while typing
              <tr key={i} data-row={row.id}>
                <td>
                  <input
                    aria-label={L(`Mã ${noun[0]} ${n}`, `${noun[1]} ${n} id`)}
                    value={row.id}
                    onChange={(e) => update(i, { id: e.target.value } as Partial<T>)}
                    {...c('id')}
                  />
                  {problem(i, 'id')}
                </td>
                <td>
                  <input
                    aria-label={L(`Tên ${noun[0]} ${n}`, `${noun[1]} ${n} name`)}
                    value={row.name.vi}
                    onChange={(e) => update(i, { name: { ...row.name, vi: e.target.value } } as Partial<T>)}
                    {...c('name/vi')}
                  />
                  {problem(i, 'name/vi')}
                  <input
                    aria-label={L(`Tên tiếng Anh của ${noun[0]} ${n}`, `${noun[1]} ${n} English name`)}
                    value={row.name.en ?? ''}
                    onChange={(e) => update(i, { name: { ...row.name, en: e.target.value } } as Partial<T>)}
                    {...c('name/en')}
                  />
                  {problem(i, 'name/en')}
                </td>
                {props.extra?.map((col) => (
                  <td key={col.header[1]}>{col.cell(row, i, (patch) => update(i, patch), c)}</td>
                ))}
                <td>
                  <button
                    type="button"
                    data-remove={i}
                    onClick={() => remove(i, `${noun[0]} ${tx(row.name) || row.id || n}`)}
                  >
                    {L(
                      `Xóa ${noun[0]} ${tx(row.name) || row.id || n}`,
                      `Remove ${noun[1]} ${tx(row.name) || row.id || n}`,
                    )}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {notice}
      <button type="button" onClick={() => props.onChange([...rows, structuredClone(props.blank)])}>
        {L(`+ Thêm ${noun[0]}`, `+ Add ${noun[1]}`)}
      </button>
    </fieldset>
  );
}

/** The problem of an extra column's control, shown under it. */
export function ColumnProblem(props: { issues: Issues; pointer: string }) {
  const { L } = useText();
  const issue = props.issues.get(props.pointer);
  if (!issue) return null;
  return (
    <span className="field-error" id={`err-${props.pointer.replaceAll('/', '-')}`}>
      {L(issue.vi, issue.en)}
    </span>
  );
}
