/**
 * Which workflow buttons the signed-in officer may press on a version: the same rules the API
 * enforces (roles, state, four-eyes), so no button is offered only to be refused.
 */
export type WorkflowAction =
  | 'save'
  | 'submit'
  | 'approve'
  | 'send-back'
  | 'publish'
  | 'new-version'
  | 'release';

export interface ActionContext {
  status: string;
  isLatest: boolean;
  roles: string[];
  /** The signed-in officer (sub). */
  me: string;
  /** Who submitted the version now in review. */
  submittedBy?: string;
  /** The published version is not in the portal's current catalog yet. */
  portalPending: boolean;
}

/** Which buttons `roles` may press on a version in `status` (pure; the API enforces the same). */
export function allowedActions(p: ActionContext): WorkflowAction[] {
  const can = (role: string) => p.roles.includes(role) || p.roles.includes('admin');
  const out: WorkflowAction[] = [];
  if (p.status === 'draft' && can('author')) out.push('save', 'submit');
  // Four-eyes: the submitter may withdraw (send back) but never approve her own submission.
  if (p.status === 'in-review' && can('approver') && p.submittedBy !== p.me) out.push('approve');
  if ((p.status === 'in-review' || p.status === 'approved') && can('approver')) out.push('send-back');
  if (p.status === 'approved' && can('publisher')) out.push('publish');
  if (p.status === 'published' && p.isLatest && can('author')) out.push('new-version');
  if (p.status === 'published' && p.portalPending && can('publisher')) out.push('release');
  return out;
}
