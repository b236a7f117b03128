/** Which section editor each tab shows (the JSON tab is the editor's own). */

import { FormDesignerSection } from './designer/form-designer-section';
import { DocumentsSection } from './documents/documents-section';
import { FeesSection } from './fees/fees-section';
import { IdentitySection } from './identity-section';
import { ListsSection } from './lists/lists-section';
import type { SectionProps, TabKey } from './sections';
import { TestsPanel } from './tests-panel';

/** The content of `tab`. */
export function TabContent({ tab, ...props }: SectionProps & { tab: Exclude<TabKey, 'json'> }) {
  switch (tab) {
    case 'identity':
      return <IdentitySection {...props} />;
    case 'form':
      return <FormDesignerSection {...props} />;
    case 'documents':
      return <DocumentsSection {...props} />;
    case 'fees':
      return <FeesSection {...props} />;
    case 'other':
      return <ListsSection {...props} />;
    case 'tests':
      return <TestsPanel {...props} />;
  }
}
