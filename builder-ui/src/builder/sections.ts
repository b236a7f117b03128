/** What every definition section editor receives, and the editor's tabs. */
import type { Procedure } from '../../../functions/core/types';
import type { Localized } from '../i18n/lang';

export interface SectionProps {
  definition: Procedure;
  /** Replaces the definition being edited (the caller keeps the saved copy for "unsaved" state). */
  onChange(next: Procedure): void;
  readOnly: boolean;
}

/** The editor's tabs, in the order shown. */
export type TabKey = 'identity' | 'form' | 'documents' | 'fees' | 'other' | 'tests' | 'json';

export const TABS: readonly { key: TabKey; label: Localized }[] = [
  { key: 'identity', label: { vi: 'Thông tin chung', en: 'Identity' } },
  { key: 'form', label: { vi: 'Biểu mẫu', en: 'Form' } },
  { key: 'documents', label: { vi: 'Hồ sơ & tái sử dụng', en: 'Documents & reuse' } },
  { key: 'fees', label: { vi: 'Cách thức & phí', en: 'Channels & fees' } },
  { key: 'other', label: { vi: 'Trình tự & căn cứ', en: 'Steps & legal basis' } },
  { key: 'tests', label: { vi: 'Ca kiểm thử', en: 'Test cases' } },
  { key: 'json', label: { vi: 'JSON (chuyên gia)', en: 'JSON (expert)' } },
];
