/** Version history of a procedure and the difference between two versions. */
import { useState } from 'react';
import { api } from '../api/client';
import { formatDate } from '../i18n/format';
import { useText } from '../i18n/lang';
import { ErrorBox } from '../ui/feedback';
import { locateProblem } from './problem-location';
import { StatusBadge } from './status-badge';

export interface VersionSummary {
  version: number;
  status: string;
  state: string;
  updatedAt: string;
  updatedBy: string;
  reviewComment?: string;
}

interface Change {
  op: 'add' | 'remove' | 'replace';
  path: string;
  before?: unknown;
  after?: unknown;
}

const show = (value: unknown) => (value === undefined ? '' : JSON.stringify(value)).slice(0, 200);

/** The list of versions; selecting two shows what changed. */
export function HistoryPanel(props: {
  procedureId: string;
  token: string;
  versions: VersionSummary[];
  current: number;
  onOpen(version: number): void;
}) {
  const { L, tx, lang } = useText();
  const newest = props.versions[0]?.version ?? 1;
  const [from, setFrom] = useState(Math.max(1, newest - 1));
  const [to, setTo] = useState(newest);
  const [changes, setChanges] = useState<Change[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const compare = async () => {
    setError(null);
    try {
      const diff = await api<{ changes: Change[] }>(
        `/api/admin/procedures/${encodeURIComponent(props.procedureId)}/diff?from=${from}&to=${to}`,
        { token: props.token },
      );
      setChanges(diff.changes);
    } catch (e) {
      setError(e);
    }
  };
  const options = props.versions.map((v) => (
    <option key={v.version} value={v.version}>
      {v.version}
    </option>
  ));
  return (
    <section className="section" aria-labelledby="history-title">
      <h2 id="history-title">{L('Lịch sử phiên bản', 'Version history')}</h2>
      <ul className="versions">
        {props.versions.map((v) => (
          <li key={v.version}>
            <button
              type="button"
              className="link"
              aria-current={v.version === props.current}
              onClick={() => props.onOpen(v.version)}
            >
              {L('Phiên bản', 'Version')} {v.version}
            </button>{' '}
            <StatusBadge status={v.state} />{' '}
            <span className="small muted">
              {formatDate(v.updatedAt, lang)} · {v.updatedBy}
            </span>
            {v.reviewComment && <span className="block small">💬 {v.reviewComment}</span>}
          </li>
        ))}
      </ul>
      {props.versions.length > 1 && (
        <div className="row wrap">
          <label className="field">
            <span>{L('Từ phiên bản', 'From version')}</span>
            <select value={from} onChange={(e) => setFrom(Number(e.target.value))}>
              {options}
            </select>
          </label>
          <label className="field">
            <span>{L('Đến phiên bản', 'To version')}</span>
            <select value={to} onChange={(e) => setTo(Number(e.target.value))}>
              {options}
            </select>
          </label>
          <button type="button" onClick={() => void compare()}>
            {L('So sánh', 'Compare')}
          </button>
        </div>
      )}
      <ErrorBox error={error} />
      {changes && (
        <ul className="diff">
          {changes.length === 0 && <li>{L('Không có thay đổi.', 'No changes.')}</li>}
          {changes.map((c, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a diff is shown once, never reordered
            <li key={i} className={`diff-${c.op}`}>
              <strong>{tx(locateProblem(c.path).where)}</strong> <code className="small">{c.path}</code>{' '}
              {c.op === 'add'
                ? L('thêm', 'added')
                : c.op === 'remove'
                  ? L('bỏ', 'removed')
                  : L('sửa', 'changed')}
              {c.before !== undefined && <del>{show(c.before)}</del>}
              {c.after !== undefined && <ins>{show(c.after)}</ins>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
