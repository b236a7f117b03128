/**
 * Conditions without code: rows "<field> <operator> <value>" joined by "tất cả" (and) or "bất kỳ"
 * (or), written into the format's condition language by the core's pure mapping. A condition
 * that cannot be shown as rows is shown read-only as "Nâng cao" with its JSON and never changed.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import {
  type ConditionField,
  type ConditionMode,
  type ConditionOperator,
  type ConditionRow,
  conditionFields,
  conditionToRows,
  operatorLabels,
  operatorsFor,
  rowsToCondition,
  sameJson,
} from '../../../../functions/core/designer/condition-rows';
import type { Procedure } from '../../../../functions/core/types';
import { useText } from '../../i18n/lang';
import { useUndoableRows } from '../lists/undo-removal';
import './condition-editor.css';

export interface ConditionEditorProps {
  condition: Record<string, unknown> | undefined;
  onChange: (next: Record<string, unknown> | undefined) => void;
  procedure: Procedure;
  label?: string;
  /** What no row means here: "luôn áp dụng" for a rule, "luôn hiện" for a field that is shown. */
  whenEmpty?: string;
}

interface RowsState {
  mode: ConditionMode;
  rows: ConditionRow[];
}

function initialState(condition: Record<string, unknown> | undefined): RowsState | undefined {
  const parsed = conditionToRows(condition);
  return 'advanced' in parsed ? undefined : parsed;
}

/** A field the procedure no longer has (renamed, removed): still shown so the row is not lost. */
function unknownField(pointer: string, value: unknown): ConditionField {
  const type = typeof value === 'number' ? 'number' : typeof value === 'boolean' ? 'boolean' : 'string';
  return { pointer, label: { vi: pointer, en: pointer }, type, origin: 'answer' };
}

function defaultValue(field: ConditionField, operator: ConditionOperator): unknown {
  if (operator === 'empty' || operator === 'notEmpty') return undefined;
  if (operator === 'oneOf') return [];
  if (field.type === 'boolean') return true;
  if (field.type === 'enum') return field.values?.[0];
  return undefined;
}

export function ConditionEditor({ condition, onChange, procedure, label, whenEmpty }: ConditionEditorProps) {
  const { L, tx } = useText();
  const [state, setState] = useState<RowsState | undefined>(() => initialState(condition));
  // The fields a row may test, listed only while there are rows: a field dialog shows this editor
  // for every field, and most have no condition (a keystroke in a label need not walk the form).
  const hasRows = (state?.rows.length ?? 0) > 0;
  const fields = useMemo(() => (hasRows ? conditionFields(procedure) : []), [hasRows, procedure]);
  // What this editor last wrote: a new condition from outside (another procedure, undo) resets the rows.
  const emitted = useRef(condition);
  useEffect(() => {
    if (!sameJson(condition, emitted.current)) {
      emitted.current = condition;
      setState(initialState(condition));
    }
  }, [condition]);

  const title = label ?? L('Điều kiện', 'Condition');
  const update = (next: RowsState) => {
    setState(next);
    const written = rowsToCondition(next.mode, next.rows);
    emitted.current = written;
    if (!sameJson(written, condition)) onChange(written);
  };
  const rowList = useRef<HTMLOListElement>(null);
  const { remove, notice } = useUndoableRows(
    state?.rows ?? [],
    (rows) => update({ mode: state?.mode ?? 'all', rows }),
    rowList,
  );

  if (state === undefined) {
    return (
      <fieldset className="condition-editor advanced">
        <legend className="condition-title">
          {title}: <strong>{L('Nâng cao', 'Advanced')}</strong>
        </legend>
        <p className="small muted">
          {L(
            'Điều kiện này không hiển thị được thành các dòng; nó được giữ nguyên. Sửa trong chế độ JSON cho chuyên gia.',
            'This condition cannot be shown as rows; it is kept unchanged. Edit it in the expert JSON view.',
          )}
        </p>
        <pre className="condition-json">{JSON.stringify(condition, null, 2)}</pre>
        <button
          type="button"
          onClick={() => {
            if (
              !window.confirm(
                L(
                  'Bỏ điều kiện nâng cao này và viết lại bằng các dòng?',
                  'Drop this advanced condition and write it again as rows?',
                ),
              )
            )
              return;
            emitted.current = undefined;
            setState({ mode: 'all', rows: [] });
            onChange(undefined);
          }}
        >
          {L('Viết lại bằng các dòng', 'Rewrite as rows')}
        </button>
      </fieldset>
    );
  }

  const setRow = (index: number, row: ConditionRow) =>
    update({ ...state, rows: state.rows.map((r, i) => (i === index ? row : r)) });
  const fieldOf = (row: ConditionRow) =>
    fields.find((f) => f.pointer === row.field) ??
    (row.field ? unknownField(row.field, row.value) : undefined);

  return (
    <fieldset className="condition-editor">
      <legend className="condition-title">
        {title}
        {state.rows.length === 0 && (
          <span className="muted"> — {whenEmpty ?? L('luôn áp dụng', 'always')}</span>
        )}
      </legend>
      {state.rows.length > 1 && (
        <label className="condition-mode">
          <span>{L('Khớp', 'Match')}</span>
          <select
            value={state.mode}
            onChange={(e) => update({ ...state, mode: e.target.value as ConditionMode })}
          >
            <option value="all">{L('tất cả các dòng (và)', 'all rows (and)')}</option>
            <option value="any">{L('bất kỳ dòng nào (hoặc)', 'any row (or)')}</option>
          </select>
        </label>
      )}
      <ol className="condition-rows" ref={rowList}>
        {state.rows.map((row, index) => {
          const field = fieldOf(row);
          const operators = operatorsFor(field?.type ?? 'string');
          const n = index + 1;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity besides their place
            <li key={index} className="condition-row">
              {index > 0 && (
                <span className="joiner">{state.mode === 'all' ? L('và', 'and') : L('hoặc', 'or')}</span>
              )}
              <select
                aria-label={L(`Trường của dòng ${n}`, `Field of row ${n}`)}
                value={row.field}
                onChange={(e) => {
                  const next = fields.find((f) => f.pointer === e.target.value);
                  if (!next) return setRow(index, { field: '', operator: 'is' });
                  const ops = operatorsFor(next.type);
                  const operator = ops.includes(row.operator) ? row.operator : 'is';
                  setRow(index, { field: next.pointer, operator, value: defaultValue(next, operator) });
                }}
              >
                <option value="">{L('— chọn trường —', '— pick a field —')}</option>
                {field && !fields.includes(field) && <option value={field.pointer}>{field.pointer}</option>}
                {fields.map((f) => (
                  <option key={f.pointer} value={f.pointer}>
                    {tx(f.label)}
                    {f.origin === 'derived' ? L(' (tính toán)', ' (derived)') : ''}
                  </option>
                ))}
              </select>
              <select
                aria-label={L(`Phép so sánh của dòng ${n}`, `Operator of row ${n}`)}
                value={row.operator}
                onChange={(e) => {
                  const operator = e.target.value as ConditionOperator;
                  const keep =
                    (operator === 'oneOf') === (row.operator === 'oneOf') &&
                    operator !== 'empty' &&
                    operator !== 'notEmpty';
                  setRow(index, {
                    ...row,
                    operator,
                    value: keep ? row.value : field ? defaultValue(field, operator) : undefined,
                  });
                }}
              >
                {operators.map((op) => (
                  <option key={op} value={op}>
                    {tx(operatorLabels[op])}
                  </option>
                ))}
              </select>
              {field && (
                <ValueInput
                  field={field}
                  row={row}
                  label={L(`Giá trị của dòng ${n}`, `Value of row ${n}`)}
                  onChange={(value) => setRow(index, { ...row, value })}
                />
              )}
              <button
                type="button"
                className="link"
                data-remove={index}
                aria-label={L(`Xóa dòng ${n}`, `Remove row ${n}`)}
                onClick={() =>
                  remove(index, `${L(`dòng ${n}`, `row ${n}`)}${field ? `: ${tx(field.label)}` : ''}`)
                }
              >
                {L('Xóa', 'Remove')}
              </button>
            </li>
          );
        })}
      </ol>
      {notice}
      <button
        type="button"
        onClick={() => setState({ ...state, rows: [...state.rows, { field: '', operator: 'is' }] })}
      >
        {L('+ Thêm dòng điều kiện', '+ Add a condition row')}
      </button>
    </fieldset>
  );
}

function ValueInput({
  field,
  row,
  label,
  onChange,
}: {
  field: ConditionField;
  row: ConditionRow;
  label: string;
  onChange: (value: unknown) => void;
}) {
  const { L, tx } = useText();
  if (row.operator === 'empty' || row.operator === 'notEmpty') return null;
  if (row.operator === 'oneOf') {
    const chosen = Array.isArray(row.value) ? row.value : [];
    if (field.type === 'enum' && field.values) {
      return (
        <fieldset className="condition-choices">
          <legend className="sr-only">{label}</legend>
          {field.values.map((v, i) => (
            <label key={String(v)} className="check">
              <input
                type="checkbox"
                checked={chosen.some((c) => sameJson(c, v))}
                onChange={(e) =>
                  onChange(
                    e.target.checked
                      ? field.values!.filter((x) => x === v || chosen.some((c) => sameJson(c, x)))
                      : chosen.filter((c) => !sameJson(c, v)),
                  )
                }
              />
              {field.valueLabels?.[i] ? tx(field.valueLabels[i]) : String(v)}
            </label>
          ))}
        </fieldset>
      );
    }
    return (
      <textarea
        aria-label={`${label} ${L('(mỗi dòng một giá trị)', '(one value per line)')}`}
        rows={3}
        value={chosen.map(String).join('\n')}
        onChange={(e) => {
          const values = e.target.value.split('\n');
          onChange(field.type === 'number' || field.type === 'integer' ? values.map(Number) : values);
        }}
      />
    );
  }
  if (field.type === 'enum' && field.values) {
    const index = field.values.findIndex((v) => sameJson(v, row.value));
    return (
      <select
        aria-label={label}
        value={index}
        onChange={(e) => onChange(field.values![Number(e.target.value)])}
      >
        {index < 0 && <option value={-1}>{row.value === undefined ? '—' : String(row.value)}</option>}
        {field.values.map((v, i) => (
          <option key={String(v)} value={i}>
            {field.valueLabels?.[i] ? tx(field.valueLabels[i]) : String(v)}
          </option>
        ))}
      </select>
    );
  }
  if (field.type === 'boolean') {
    return (
      <select
        aria-label={label}
        value={String(row.value)}
        onChange={(e) => onChange(e.target.value === 'true')}
      >
        <option value="true">{L('Có', 'Yes')}</option>
        <option value="false">{L('Không', 'No')}</option>
      </select>
    );
  }
  if (field.type === 'number' || field.type === 'integer') {
    return (
      <input
        aria-label={label}
        type="number"
        step={field.type === 'integer' ? 1 : 'any'}
        value={typeof row.value === 'number' ? row.value : ''}
        onChange={(e) => onChange(e.target.value === '' ? undefined : Number(e.target.value))}
      />
    );
  }
  return (
    <input
      aria-label={label}
      type={field.type === 'date' ? 'date' : 'text'}
      value={typeof row.value === 'string' ? row.value : row.value === undefined ? '' : String(row.value)}
      onChange={(e) => onChange(e.target.value === '' ? undefined : e.target.value)}
    />
  );
}
