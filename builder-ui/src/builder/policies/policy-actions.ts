/**
 * The fee-policy buttons the signed-in officer may press: the rules the API enforces
 * (use-cases/catalog-data/*-doc.ts, doc-authority.ts), so no button is offered only to be refused.
 * A policy belongs to its jurisdiction: only officers who speak for it author, review or publish it.
 * Four-eyes: no one who wrote or submitted a version approves or publishes it; an approver may
 * send it back with a reason. A published version is edited into a new draft.
 */
import { officerJurisdictions } from '../../../../functions/core/policies/officer-jurisdictions';
import type { Registry } from '../../../../functions/core/types';
import type { OfficerPrincipal } from '../../api/session';
import type { PolicyAnswer } from './policy-types';

export type PolicyAction = 'save' | 'submit' | 'approve' | 'send-back' | 'publish';

export function policyActions(
  version: Pick<PolicyAnswer['version'], 'status' | 'authors' | 'submittedBy'> | null,
  jurisdiction: string,
  me: OfficerPrincipal,
  registry: Pick<Registry, 'agencies' | 'jurisdictions'>,
): PolicyAction[] {
  const can = (role: string) => me.roles.includes(role) || me.roles.includes('admin');
  // a new policy's jurisdiction is still being chosen: the list offers only the officer's own
  if (jurisdiction !== '' && !officerJurisdictions(me.agency, registry).has(jurisdiction)) return [];
  if (!version) return can('author') ? ['save'] : [];
  const wrote = version.authors.includes(me.sub) || version.submittedBy === me.sub;
  const out: PolicyAction[] = [];
  switch (version.status) {
    case 'draft':
      if (can('author')) out.push('save', 'submit');
      break;
    case 'published':
      if (can('author')) out.push('save');
      break;
    case 'in-review':
      if (can('approver') && !wrote) out.push('approve');
      if (can('approver')) out.push('send-back');
      break;
    case 'approved':
      if (can('publisher') && !wrote) out.push('publish');
      if (can('approver')) out.push('send-back');
      break;
  }
  return out;
}
