/**
 * Full online (toàn trình) as defined by Decree 42/2022/NĐ-CP, Article 11 — see catalogs/README.md,
 * "Full online". Each finding cites the decree so the officer sees why, not just what. The
 * conditions themselves live in online-checklist.ts, which the builder's checklist shows.
 */
import type { Procedure } from '../types';
import { onlineChecklist } from './online-checklist';
import type { problemsFor } from './problem';

type Report = ReturnType<typeof problemsFor>;

export function checkOnlineCompliance(p: Procedure, { error, warning }: Report): void {
  const online = p.channels.some((c) => c.channel === 'online');
  if (p.onlineLevel === 'none') {
    if (online) {
      warning('online.level.none-with-channel', '/onlineLevel', {
        vi: 'Thủ tục khai báo không có dịch vụ trực tuyến (none) nhưng lại có cách thức online',
        en: 'The procedure declares no online service (none) but offers the online channel',
      });
    }
    return;
  }
  const items = onlineChecklist(p);
  // Partly online needs only the online channel; full online needs every condition.
  const relevant = p.onlineLevel === 'full' ? items : items.filter((i) => i.condition === 'online-channel');
  for (const blocker of relevant.flatMap((i) => i.blockers))
    error(blocker.code, blocker.pointer, blocker.message);
}
