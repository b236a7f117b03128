/** The workflow buttons offered are exactly the ones the API would accept from this officer. */
import { describe, expect, it } from 'vitest';
import { allowedActions } from '../../builder-ui/src/builder/allowed-actions';

const base = { isLatest: true, me: 'a', portalPending: false };

describe('allowedActions', () => {
  it('offers the author save and submit on a draft, and nothing on a version in review', () => {
    expect(allowedActions({ ...base, status: 'draft', roles: ['author'] })).toEqual(['save', 'submit']);
    expect(allowedActions({ ...base, status: 'in-review', roles: ['author'], submittedBy: 'a' })).toEqual([]);
  });

  it('never offers "approve" to the officer who submitted (four-eyes), even an admin', () => {
    expect(
      allowedActions({ ...base, status: 'in-review', roles: ['author', 'approver'], submittedBy: 'a' }),
    ).toEqual(['send-back']);
    expect(
      allowedActions({ ...base, status: 'in-review', roles: ['admin'], submittedBy: 'a' }),
    ).not.toContain('approve');
    expect(allowedActions({ ...base, status: 'in-review', roles: ['approver'], submittedBy: 'b' })).toEqual([
      'approve',
      'send-back',
    ]);
  });

  it('offers publish to publishers only, and the portal update only while it is pending', () => {
    expect(allowedActions({ ...base, status: 'approved', roles: ['approver'] })).toEqual(['send-back']);
    expect(allowedActions({ ...base, status: 'approved', roles: ['publisher'] })).toEqual(['publish']);
    expect(allowedActions({ ...base, status: 'published', roles: ['publisher'] })).toEqual([]);
    expect(
      allowedActions({ ...base, status: 'published', roles: ['publisher'], portalPending: true }),
    ).toEqual(['release']);
    expect(allowedActions({ ...base, status: 'published', roles: ['author'] })).toEqual(['new-version']);
    expect(allowedActions({ ...base, status: 'published', roles: ['author'], isLatest: false })).toEqual([]);
  });
});
