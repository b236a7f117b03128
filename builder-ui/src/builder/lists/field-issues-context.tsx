/**
 * The problems of the values on a tab (from the core's designer rules), keyed by JSON pointer, so
 * every control finds the message that concerns it and shows it beside itself.
 */
import { createContext, type ReactNode, useContext } from 'react';
import type { FieldIssues } from '../../../../functions/core/designer/field-issues';
import type { Localized } from '../../i18n/lang';

const IssuesContext = createContext<FieldIssues>({});

export function IssuesProvider({ issues, children }: { issues: FieldIssues; children: ReactNode }) {
  return <IssuesContext.Provider value={issues}>{children}</IssuesContext.Provider>;
}

/** The problem at `at`, if any. */
export function useIssue(at: string | undefined): Localized | undefined {
  const issues = useContext(IssuesContext);
  return at === undefined ? undefined : issues[at];
}
