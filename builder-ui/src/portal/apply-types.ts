/** What `GET /api/forms/:id` answers to a signed-in citizen. */
import type { GeneratedForm } from '../../../functions/core/types';

export interface FormResponse extends GeneratedForm {
  procedure: { id: string; code: string; name: { vi: string; en: string }; version: number };
  date: string;
  prefilled: boolean;
}
