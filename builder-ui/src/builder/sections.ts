/** What every definition section editor receives. */
import type { Procedure } from '../../../functions/core/types';

export interface SectionProps {
  definition: Procedure;
  /** Replaces the definition being edited (the caller keeps the saved copy for "unsaved" state). */
  onChange(next: Procedure): void;
  readOnly: boolean;
}
