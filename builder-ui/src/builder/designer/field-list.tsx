/**
 * The fields of a container (the form, a section or a repeating group) in display order, with
 * drag and drop by pointer and by keyboard (dnd-kit's KeyboardSensor: Space to pick up, arrows
 * to move, Space to drop, Escape to cancel), and per row: edit, duplicate, remove.
 */
import {
  closestCenter,
  DndContext,
  type DragEndEvent,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import {
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { memo, useCallback, useMemo, useRef, useState } from 'react';
import {
  addField,
  containerAt,
  duplicateField,
  moveField,
  pageOf,
  removeField,
} from '../../../../functions/core/designer/design-edits';
import type {
  DesignContainer,
  DesignField,
  FormDesign,
} from '../../../../functions/core/designer/design-types';
import { kindLabels, palette } from '../../../../functions/core/designer/palette';
import { problemsOf } from '../../../../functions/core/designer/validate-design';
import { useText } from '../../i18n/lang';
import { fieldAnchor } from '../findings/finding-anchor';
import { useFindingsAnchor } from '../findings/findings-context';
import { useDesigner } from './use-designer';

// Module constants: dnd-kit memoises sensors by their options' identity, and new sensors give
// every row a new drag context (so every row re-renders on each keystroke).
const pointerOptions = { activationConstraint: { distance: 4 } };
const keyboardOptions = { coordinateGetter: sortableKeyboardCoordinates };

export function FieldList({
  container,
  parent,
  onEdit,
}: {
  container: DesignContainer;
  parent: string[];
  onEdit: (path: string[]) => void;
}) {
  const { L, tx } = useText();
  const { apply, readOnly, design, problems } = useDesigner();
  const sensors = useSensors(
    useSensor(PointerSensor, pointerOptions),
    useSensor(KeyboardSensor, keyboardOptions),
  );
  // Rows are memoised (a keystroke in one field's label re-renders that row, not all of them):
  // what they get must keep its identity while it keeps its content.
  const joined = container.fields.map((f) => f.key).join('\u0000');
  // biome-ignore lint/correctness/useExhaustiveDependencies: the keys' content is the dependency
  const ids = useMemo(() => container.fields.map((f) => f.key), [joined]);
  const latestApply = useRef(apply);
  latestApply.current = apply;
  const stableApply = useCallback((edit: (d: FormDesign) => FormDesign) => latestApply.current(edit), []);
  const labelOf = (id: unknown) => {
    const f = container.fields.find((x) => x.key === id);
    return f ? f.title || f.key : String(id);
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const from = ids.indexOf(String(active.id));
    const to = ids.indexOf(String(over.id));
    apply((d) => moveField(d, parent, from, to));
  };
  if (container.fields.length === 0)
    return (
      <p className="muted small">
        {L(
          'Chưa có trường nào. Chọn một loại trường để thêm.',
          'No field yet. Pick a field type to add one.',
        )}
      </p>
    );
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={onDragEnd}
      accessibility={{
        screenReaderInstructions: {
          draggable: L(
            'Để di chuyển trường: nhấn phím cách để nhấc lên, dùng mũi tên lên/xuống để di chuyển, nhấn phím cách để thả, Esc để hủy.',
            'To move a field: press space to pick it up, use the up/down arrows to move it, space to drop it, Escape to cancel.',
          ),
        },
        announcements: {
          onDragStart: ({ active }) =>
            L(`Đã nhấc trường ${labelOf(active.id)}.`, `Picked up ${labelOf(active.id)}.`),
          onDragOver: ({ active, over }) =>
            over
              ? L(
                  `Trường ${labelOf(active.id)} ở vị trí ${ids.indexOf(String(over.id)) + 1}.`,
                  `${labelOf(active.id)} is at position ${ids.indexOf(String(over.id)) + 1}.`,
                )
              : undefined,
          onDragEnd: ({ active, over }) =>
            over
              ? L(
                  `Đã thả ${labelOf(active.id)} ở vị trí ${ids.indexOf(String(over.id)) + 1}.`,
                  `Dropped ${labelOf(active.id)} at position ${ids.indexOf(String(over.id)) + 1}.`,
                )
              : undefined,
          onDragCancel: ({ active }) =>
            L(`Đã hủy di chuyển ${labelOf(active.id)}.`, `Moving ${labelOf(active.id)} was cancelled.`),
        },
      }}
    >
      <SortableContext items={ids} strategy={verticalListSortingStrategy}>
        <ol
          className="designer-fields"
          aria-label={
            parent.length === 0
              ? L('Các trường của biểu mẫu', 'Form fields')
              : L('Các trường trong mục', 'Fields of the section')
          }
        >
          {container.fields.map((f) => (
            <FieldRow
              key={f.key}
              field={f}
              parent={parent}
              onEdit={onEdit}
              readOnly={readOnly}
              kindLabel={tx(kindLabels[f.kind])}
              apply={stableApply}
              problemCount={problemsOf(problems, [...parent, f.key]).length}
              page={
                parent.length === 0 && design.pages
                  ? design.pages.find((p) => p.id === pageOf(design, f.key))?.title
                  : undefined
              }
            />
          ))}
        </ol>
      </SortableContext>
    </DndContext>
  );
}

interface FieldRowProps {
  field: DesignField;
  parent: string[];
  onEdit: (path: string[]) => void;
  readOnly: boolean;
  kindLabel: string;
  /** The designer's `apply`, stable across renders. */
  apply: (edit: (d: FormDesign) => FormDesign) => void;
  problemCount: number;
  /** The title of the page the field is on, when the form has pages. */
  page: { vi: string; en?: string } | undefined;
}

/**
 * Same row when the same field (by content: each edit copies the whole design) shows the same
 * things: on a 100-field form, typing a label re-renders one row instead of every row.
 */
function sameRow(a: FieldRowProps, b: FieldRowProps): boolean {
  return (
    a.onEdit === b.onEdit &&
    a.apply === b.apply &&
    a.readOnly === b.readOnly &&
    a.kindLabel === b.kindLabel &&
    a.problemCount === b.problemCount &&
    a.page?.vi === b.page?.vi &&
    a.page?.en === b.page?.en &&
    a.parent.join('\u0000') === b.parent.join('\u0000') &&
    (a.field === b.field || JSON.stringify(a.field) === JSON.stringify(b.field))
  );
}

const FieldRow = memo(function FieldRow({
  field: f,
  parent,
  onEdit,
  readOnly,
  kindLabel,
  apply,
  problemCount,
  page,
}: FieldRowProps) {
  const { L, tx } = useText();
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({
    id: f.key,
    disabled: readOnly,
  });
  const path = [...parent, f.key];
  const label = f.title || f.key;
  // The checker's findings about this field (its schema, layout or prefill), shown under the row.
  const findings = useFindingsAnchor(fieldAnchor(path));
  return (
    <li
      ref={setNodeRef}
      className={`designer-field${isDragging ? ' dragging' : ''}${problemCount ? ' has-problem' : ''}`}
      style={{ transform: CSS.Transform.toString(transform), transition }}
      data-field={path.join('/')}
    >
      <div className="designer-field-row">
        <button
          type="button"
          className="drag-handle"
          aria-label={L(`Di chuyển trường «${label}»`, `Move field "${label}"`)}
          {...attributes}
          {...listeners}
        >
          ⠿
        </button>
        <span className="designer-field-label">
          <strong>{label}</strong> <span className="muted small">({kindLabel})</span>
          {f.required && <span className="badge">{L('bắt buộc', 'required')}</span>}
          {f.where !== '' && <span className="badge">{L('có điều kiện', 'conditional')}</span>}
          {f.prefill && (
            <span className="badge">
              {f.prefill.locked ? L('điền sẵn, khóa', 'prefilled, locked') : L('điền sẵn', 'prefilled')}
            </span>
          )}
          {page && <span className="badge">{tx(page)}</span>}
          {problemCount > 0 && (
            <span className="badge warn">{L(`${problemCount} lỗi`, `${problemCount} problem(s)`)}</span>
          )}
        </span>
        <span className="designer-field-actions">
          <button type="button" onClick={() => onEdit(path)} {...findings.control}>
            {readOnly ? L('Xem', 'View') : L('Sửa', 'Edit')}
            <span className="sr-only"> «{label}»</span>
          </button>
          {!readOnly && (
            <>
              <button type="button" onClick={() => apply((d) => duplicateField(d, path))}>
                {L('Nhân bản', 'Duplicate')}
                <span className="sr-only"> «{label}»</span>
              </button>
              <button
                type="button"
                className="link"
                onClick={() => {
                  if (window.confirm(L(`Xóa trường «${label}»?`, `Remove the field "${label}"?`)))
                    apply((d) => removeField(d, path));
                }}
              >
                {L('Xóa', 'Remove')}
                <span className="sr-only"> «{label}»</span>
              </button>
            </>
          )}
        </span>
      </div>
      {findings.messages}
      {f.container && f.kind !== 'advanced' && <NestedFields field={f} path={path} onEdit={onEdit} />}
    </li>
  );
}, sameRow);

/** The fields inside a section or repeating group, with their own "add" control. */
function NestedFields({
  field,
  path,
  onEdit,
}: {
  field: DesignField;
  path: string[];
  onEdit: (path: string[]) => void;
}) {
  const { L, tx } = useText();
  const { apply, readOnly } = useDesigner();
  const [choice, setChoice] = useState(palette[0]!.id);
  const label = field.title || field.key;
  return (
    <div className="designer-nested">
      <FieldList container={field.container!} parent={path} onEdit={onEdit} />
      {!readOnly && (
        <div className="row wrap">
          <label className="field">
            <span>{L(`Thêm trường vào «${label}»`, `Add a field to "${label}"`)}</span>
            <select value={choice} onChange={(e) => setChoice(e.target.value)}>
              {palette
                .filter((p) => p.group !== 'structure' || field.kind === 'section')
                .map((p) => (
                  <option key={p.id} value={p.id}>
                    {tx(p.label)}
                  </option>
                ))}
            </select>
          </label>
          <button
            type="button"
            onClick={() => {
              const item = palette.find((p) => p.id === choice)!;
              let key = '';
              apply((d) => {
                const next = addField(d, path, item.make());
                const c = containerAt(next, path);
                key = c?.fields[c.fields.length - 1]?.key ?? '';
                return next;
              });
              if (key) onEdit([...path, key]);
            }}
          >
            {L('Thêm', 'Add')}
          </button>
        </div>
      )}
    </div>
  );
}
