/** Which section editor each tab shows (the JSON tab is the editor's own). */
import { ChannelsFeesSection } from './channels-fees-section';
import { DocumentsEditSection, FormSchemaSection } from './documents-form-sections';
import { IdentitySection } from './identity-section';
import { OtherSection } from './other-section';
import type { SectionProps, TabKey } from './sections';
import { TestsPanel } from './tests-panel';

/** The content of `tab`. */
export function TabContent({ tab, ...props }: SectionProps & { tab: Exclude<TabKey, 'json'> }) {
  switch (tab) {
    case 'identity':
      return <IdentitySection {...props} />;
    case 'form':
      return <FormSchemaSection {...props} />;
    case 'documents':
      return <DocumentsEditSection {...props} />;
    case 'fees':
      return <ChannelsFeesSection {...props} />;
    case 'other':
      return <OtherSection {...props} />;
    case 'tests':
      return <TestsPanel {...props} />;
  }
}
