/**
 * The portal's home: find a procedure by words (with or without diacritics — the API folds them)
 * and narrow by field, level, online level and "0 đồng online". Results come a page at a time,
 * ranked by the API; "Xem thêm" appends the next page and moves focus to its first result.
 */
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { registry } from '../catalog-registry';
import { useText } from '../i18n/lang';
import { ErrorBox, Loading } from '../ui/feedback';
import { href } from '../ui/router';
import {
  entryAgency,
  entryCode,
  entryField,
  entryLevel,
  entryName,
  entryOnlineLevel,
  entryZeroFeeOnline,
} from './catalog-entry';
import { OnlineLevelBadge } from './online-level-badge';
import { catalogNotPublished, useCatalogPages } from './use-catalog-pages';

interface Filters {
  q: string;
  field: string;
  level: string;
  onlineLevel: string;
  zeroFeeOnline: boolean;
}

const empty: Filters = { q: '', field: '', level: '', onlineLevel: '', zeroFeeOnline: false };

function queryString(f: Filters): string {
  const params = new URLSearchParams();
  if (f.q.trim()) params.set('q', f.q.trim());
  if (f.field) params.set('field', f.field);
  if (f.level) params.set('level', f.level);
  if (f.onlineLevel) params.set('onlineLevel', f.onlineLevel);
  if (f.zeroFeeOnline) params.set('zeroFeeOnline', 'true');
  return params.toString();
}

/** Search form and results. */
export function SearchPage() {
  const { L, tx } = useText();
  const [draft, setDraft] = useState<Filters>(empty);
  const [applied, setApplied] = useState<Filters>(empty);
  const result = useCatalogPages(queryString(applied));
  // After "Xem thêm", focus goes to the first new result so keyboard and screen-reader users go on from there.
  const firstNew = useRef<number | null>(null);
  const list = useRef<HTMLUListElement>(null);
  const shown = result.items.length;
  useEffect(() => {
    if (firstNew.current === null || firstNew.current >= shown) return;
    list.current?.querySelectorAll<HTMLAnchorElement>('a.card-title')[firstNew.current]?.focus();
    firstNew.current = null;
  }, [shown]);
  const more = () => {
    firstNew.current = shown;
    result.loadMore();
  };
  const set = (patch: Partial<Filters>) => setDraft((d) => ({ ...d, ...patch }));
  // Selects and the checkbox filter at once; the text waits for Enter or the button.
  const setNow = (patch: Partial<Filters>) => {
    set(patch);
    setApplied((a) => ({ ...a, ...patch, q: draft.q }));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setApplied(draft);
  };

  return (
    <section aria-labelledby="search-title">
      <h1 id="search-title">{L('Tra cứu thủ tục hành chính', 'Find an administrative procedure')}</h1>
      <form className="search" onSubmit={submit}>
        <label className="field">
          <span>{L('Tên thủ tục, mã thủ tục hoặc từ khóa', 'Procedure name, code or keyword')}</span>
          <span className="row">
            <input
              type="search"
              name="q"
              value={draft.q}
              placeholder={L('Ví dụ: khai sinh, tạm trú, 1.001193', 'e.g. khai sinh, tam tru, 1.001193')}
              onChange={(e) => set({ q: e.target.value })}
            />
            <button type="submit" className="primary">
              {L('Tìm kiếm', 'Search')}
            </button>
          </span>
        </label>
        <div className="filters">
          <label className="field">
            <span>{L('Lĩnh vực', 'Field')}</span>
            <select value={draft.field} onChange={(e) => setNow({ field: e.target.value })}>
              <option value="">{L('Tất cả lĩnh vực', 'All fields')}</option>
              {registry.fields.map((f) => (
                <option key={f.id} value={f.id}>
                  {tx(f.name)}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{L('Cấp thực hiện', 'Level')}</span>
            <select value={draft.level} onChange={(e) => setNow({ level: e.target.value })}>
              <option value="">{L('Tất cả các cấp', 'All levels')}</option>
              {registry.levels.map((l) => (
                <option key={l.id} value={l.id}>
                  {tx(l.name)}
                  {l.retiredOn ? L(' (đã bãi bỏ)', ' (abolished)') : ''}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{L('Mức độ trực tuyến', 'Online level')}</span>
            <select value={draft.onlineLevel} onChange={(e) => setNow({ onlineLevel: e.target.value })}>
              <option value="">{L('Tất cả', 'Any')}</option>
              <option value="full">{L('Toàn trình', 'Full online')}</option>
              <option value="partial">{L('Một phần', 'Partly online')}</option>
            </select>
          </label>
          <label className="check">
            <input
              type="checkbox"
              checked={draft.zeroFeeOnline}
              onChange={(e) => setNow({ zeroFeeOnline: e.target.checked })}
            />
            <span>{L('0 đồng khi nộp trực tuyến', '0 đồng when filed online')}</span>
          </label>
        </div>
      </form>

      {result.loading && <Loading />}
      {catalogNotPublished(result.error) ? (
        // Not an error to the citizen: the catalog is still being published; the list reloads by itself.
        <div className="alert" role="status">
          <p>{tx(result.error.messages)}</p>
          <p className="small">
            {L('Trang sẽ tự tải lại danh mục.', 'This page reloads the catalog by itself.')}
          </p>
        </div>
      ) : (
        <ErrorBox error={result.error} />
      )}
      {/* Always mounted, so screen readers announce each new count. */}
      <p className="muted" aria-live="polite">
        {result.loading || result.total === undefined
          ? ''
          : result.total === 0
            ? L('Không tìm thấy thủ tục nào', 'No procedure found')
            : L(
                `Tìm thấy ${result.total} thủ tục, đang hiển thị ${shown}`,
                `${result.total} procedure(s) found, showing ${shown}`,
              )}
      </p>
      {!result.loading && result.total !== undefined && (
        <div>
          <ul className="cards" ref={list}>
            {result.items.map((entry) => (
              <li key={entry.id} className="card">
                <a className="card-title" href={href('thu-tuc', entry.id)}>
                  {tx(entryName(entry))}
                </a>
                <p className="muted small">
                  {entryCode(entry)} · {tx(entryField(entry))} · {tx(entryLevel(entry))}
                </p>
                <p className="small">{tx(entryAgency(entry))}</p>
                <p className="badges">
                  <OnlineLevelBadge level={entryOnlineLevel(entry)} />
                  {entryZeroFeeOnline(entry) && (
                    <span className="badge zero">{L('0 đồng trực tuyến', '0 đồng online')}</span>
                  )}
                </p>
              </li>
            ))}
          </ul>
          {result.hasMore && (
            <p className="more">
              <button
                type="button"
                onClick={more}
                disabled={result.loadingMore}
                aria-busy={result.loadingMore}
              >
                {result.loadingMore
                  ? L('Đang tải…', 'Loading…')
                  : L(
                      `Xem thêm (còn ${result.total - shown} thủ tục)`,
                      `Show more (${result.total - shown} more)`,
                    )}
              </button>
            </p>
          )}
        </div>
      )}
    </section>
  );
}
