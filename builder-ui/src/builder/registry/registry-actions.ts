/**
 * The registry buttons the signed-in officer may press: registry changes need the admin role
 * (doc-authority.ts), and four-eyes holds — no one who wrote or submitted a version approves or
 * publishes it (approve-doc.ts, publish-doc.ts); one in review or approved can be sent back with a
 * reason. A published version is edited into a new draft.
 */
import type { OfficerPrincipal } from '../../api/session';
import type { RegistryAnswer } from './registry-types';

export type RegistryAction = 'save' | 'submit' | 'approve' | 'send-back' | 'publish';

export function registryActions(version: RegistryAnswer['version'], me: OfficerPrincipal): RegistryAction[] {
  if (!me.roles.includes('admin')) return [];
  const wrote = version.authors.includes(me.sub) || version.submittedBy === me.sub;
  switch (version.status) {
    case 'draft':
      return ['save', 'submit'];
    case 'published':
      return ['save'];
    // any administrator may send it back with a reason (send-back-doc.ts), even one who wrote it
    case 'in-review':
      return wrote ? ['send-back'] : ['approve', 'send-back'];
    case 'approved':
      return wrote ? ['send-back'] : ['publish', 'send-back'];
    default:
      return [];
  }
}
