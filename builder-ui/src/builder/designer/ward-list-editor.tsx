/**
 * The ward (xã/phường) lists of an address section: pick a province, then add, rename, remove and
 * reorder its wards, or paste many lines at once. A repeated or empty name is refused at once,
 * beside the list, and keeps the form from being written (validateDesign reports it). A removed
 * ward can be put back ("Hoàn tác").
 */
import { useState } from 'react';
import type { FieldPath } from '../../../../functions/core/designer/design-edits';
import type { FormDesign } from '../../../../functions/core/designer/design-types';
import { moveItem } from '../../../../functions/core/designer/field-issues';
import {
  type AddressLists,
  parseWardLines,
  setWardList,
  wardListIssue,
} from '../../../../functions/core/designer/ward-lists';
import { useText } from '../../i18n/lang';
import { useUndoableRemoval } from '../lists/undo-removal';

export function WardListEditor({
  path,
  address,
  apply,
}: {
  path: FieldPath;
  address: AddressLists;
  apply: (edit: (d: FormDesign) => FormDesign) => void;
}) {
  const { L, tx } = useText();
  const first = address.lists[0]?.province ?? address.provinces[0] ?? '';
  const [province, setProvince] = useState(first);
  const [pasted, setPasted] = useState('');
  const wards = address.lists.find((l) => l.province === province)?.wards ?? [];
  const issue = wardListIssue(wards);
  const save = (next: string[]) => apply((d) => setWardList(d, path, province, next));
  const covered = new Set(address.lists.map((l) => l.province));
  // Another province shows another list: its offer to undo is gone (the list changed).
  const { remove, notice } = useUndoableRemoval(wards, save);

  return (
    <fieldset className="designer-group" data-testid="ward-lists">
      <legend>{L('Danh sách xã/phường theo tỉnh/thành', 'Ward lists by province')}</legend>
      <p className="small muted">
        {L(
          'Danh sách có sẵn chỉ là mẫu (các phường của Hà Nội và trung tâm TP. Hồ Chí Minh), chưa đối chiếu đủ với danh mục đơn vị hành chính chính thức. Tỉnh không có danh sách thì người nộp tự gõ tên xã/phường.',
          'The lists provided are samples (wards of Hà Nội and central Hồ Chí Minh City), not checked in full against the official list. Where a province has no list the applicant types the ward.',
        )}
      </p>
      <label className="field">
        <span>{L('Tỉnh, thành phố', 'Province or city')}</span>
        <select value={province} onChange={(e) => setProvince(e.target.value)}>
          {address.provinces.map((p) => (
            <option key={p} value={p}>
              {covered.has(p) ? `${p} (${address.lists.find((l) => l.province === p)?.wards.length})` : p}
            </option>
          ))}
        </select>
      </label>
      {wards.length === 0 ? (
        <p className="small">
          {L('Chưa có danh sách: người nộp tự gõ.', 'No list: the applicant types it.')}
        </p>
      ) : (
        <ol className="ward-list" aria-label={L(`Xã/phường của ${province}`, `Wards of ${province}`)}>
          {wards.map((w, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are positions; a rename must keep focus
            <li key={i} className="row">
              <input
                aria-label={L(`Xã/phường ${i + 1}`, `Ward ${i + 1}`)}
                value={w}
                onChange={(e) => save(wards.map((x, j) => (j === i ? e.target.value : x)))}
              />
              <button
                type="button"
                disabled={i === 0}
                aria-label={L(`Đưa ${w} lên`, `Move ${w} up`)}
                onClick={() => save(moveItem(wards, i, i - 1))}
              >
                ↑
              </button>
              <button
                type="button"
                disabled={i === wards.length - 1}
                aria-label={L(`Đưa ${w} xuống`, `Move ${w} down`)}
                onClick={() => save(moveItem(wards, i, i + 1))}
              >
                ↓
              </button>
              <button
                type="button"
                aria-label={L(`Xóa ${w}`, `Remove ${w}`)}
                onClick={() => remove(i, w.trim() || L(`Xã/phường ${i + 1}`, `Ward ${i + 1}`))}
              >
                ✕
              </button>
            </li>
          ))}
        </ol>
      )}
      {notice}
      {issue && (
        <p className="field-error" role="alert">
          {tx(issue)}
        </p>
      )}
      <div className="row wrap">
        <button type="button" onClick={() => save([...wards, ''])}>
          {L('+ Thêm xã/phường', '+ Add a ward')}
        </button>
      </div>
      <label className="field">
        <span>{L('Dán nhiều xã/phường (mỗi dòng một tên)', 'Paste many wards (one a line)')}</span>
        <textarea rows={3} value={pasted} onChange={(e) => setPasted(e.target.value)} />
      </label>
      <button
        type="button"
        disabled={parseWardLines(pasted).length === 0}
        onClick={() => {
          save([...wards, ...parseWardLines(pasted)]);
          setPasted('');
        }}
      >
        {L('Thêm các dòng đã dán', 'Add the pasted lines')}
      </button>
    </fieldset>
  );
}
