/** The Decree 42/2022 online level of a procedure as a short badge. */
import { useText } from '../i18n/lang';

/** Badge "Toàn trình" / "Một phần" / "Không trực tuyến". */
export function OnlineLevelBadge({ level }: { level: string | undefined }) {
  const { L } = useText();
  if (level === 'full') return <span className="badge ok">{L('Trực tuyến toàn trình', 'Full online')}</span>;
  if (level === 'partial') return <span className="badge">{L('Trực tuyến một phần', 'Partly online')}</span>;
  if (level === 'none') return <span className="badge muted">{L('Không trực tuyến', 'Not online')}</span>;
  return null;
}
