/**
 * Decree 42 beside the online level: each condition of "toàn trình" ticked or not, and each place
 * that blocks one as a link that brings the officer to it (the core's onlineChecklist, the same
 * rules the checker applies).
 */
import { useMemo } from 'react';
import { onlineChecklist } from '../../../../functions/core/catalog-checks/online-checklist';
import type { Procedure } from '../../../../functions/core/types';
import { useText } from '../../i18n/lang';
import { goToPointer } from './go-to-pointer';

/** Names the place a blocker points at, in words ("Bước 2", "Giấy tờ «x»", "Cách thức online"). */
function placeOf(
  p: Procedure,
  pointer: string,
  L: (vi: string, en: string) => string,
  tx: (text: { vi: string; en?: string }) => string,
): string {
  const [top, a, , b] = pointer.split('/').slice(1);
  if (top === 'steps') {
    const step = p.steps[Number(a)];
    return `${L('Bước', 'Step')} ${Number(a) + 1}${step ? `: ${tx(step.title)}` : ''}`;
  }
  if (top === 'documentCases') {
    const doc = p.documentCases[Number(a)]?.documents[Number(b)];
    return `${L('Giấy tờ', 'Document')} «${doc ? tx(doc.name) : b}»`;
  }
  if (top === 'channels') return L('Cách thức nộp trực tuyến', 'The online channel');
  if (top === 'result') return L('Kết quả thực hiện', 'The result');
  return pointer;
}

export function OnlineChecklistPanel({ definition }: { definition: Procedure }) {
  const { L, tx } = useText();
  const items = useMemo(() => onlineChecklist(definition), [definition]);
  const full = definition.onlineLevel === 'full';
  const met = items.filter((i) => i.met).length;
  return (
    <section
      className="online-checklist"
      aria-labelledby="online-checklist-title"
      data-testid="online-checklist"
    >
      <h3 id="online-checklist-title">
        {L('Điều kiện dịch vụ công trực tuyến toàn trình', 'Conditions for full online service')}{' '}
        <span className="small muted">
          ({L('Nghị định 42/2022/NĐ-CP, Điều 11', 'Decree 42/2022/NĐ-CP, Art. 11')}: {met}/{items.length})
        </span>
      </h3>
      {!full && (
        <p className="small muted">
          {L(
            'Thủ tục chưa khai báo toàn trình; danh sách cho biết còn thiếu gì để đạt.',
            'The procedure is not declared full online; the list shows what it would still need.',
          )}
        </p>
      )}
      <ul className="checklist">
        {items.map((item) => (
          <li key={item.condition} className={item.met ? 'met' : full ? 'failed' : 'unmet'}>
            <span aria-hidden="true">{item.met ? '✓' : '✗'}</span>{' '}
            <span className="sr-only">{item.met ? L('Đạt: ', 'Met: ') : L('Chưa đạt: ', 'Not met: ')}</span>
            {tx(item.label)}
            {item.blockers.length > 0 && (
              <ul>
                {item.blockers.map((b) => (
                  <li key={`${b.code}${b.pointer}`}>
                    <button type="button" className="link" onClick={() => goToPointer(b.pointer)}>
                      {placeOf(definition, b.pointer, L, tx)}
                    </button>
                    <span className="block small muted">{tx(b.message)}</span>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
