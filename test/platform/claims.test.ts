import { describe, expect, it } from 'vitest';
import { citizenFromClaims, officerFromClaims } from '../../functions/identity/claims';

describe('Cognito-style officer claims', () => {
  it('reads the agency and roles from cognito:groups, ignoring unknown groups', () => {
    const officer = officerFromClaims({
      sub: 'abc-123',
      email: 'lan@hcm.gov.vn',
      'cognito:groups': [
        'agency:ubnd-phuong-sai-gon',
        'role:author',
        'role:approver',
        'role:superuser',
        'staff',
      ],
    });
    expect(officer).toEqual({
      kind: 'officer',
      sub: 'abc-123',
      name: 'lan@hcm.gov.vn',
      agency: 'ubnd-phuong-sai-gon',
      roles: ['author', 'approver'],
    });
  });

  it('rejects an officer with no agency or with two', () => {
    expect(() => officerFromClaims({ sub: 'x', 'cognito:groups': ['role:admin'] })).toThrow(
      /exactly one agency/,
    );
    expect(() =>
      officerFromClaims({
        sub: 'x',
        'cognito:groups': ['agency:ubnd-phuong-sai-gon', 'agency:ubnd-phuong-hoan-kiem'],
      }),
    ).toThrow(/exactly one agency/);
  });
});

describe('VNeID-style citizen claims', () => {
  it('needs a 12-digit personal_id', () => {
    expect(citizenFromClaims({ sub: 's', personal_id: '079190012345', name: 'Nguyễn Thị Lan' })).toEqual({
      kind: 'citizen',
      sub: 's',
      personalId: '079190012345',
      name: 'Nguyễn Thị Lan',
    });
    expect(() => citizenFromClaims({ sub: 's', personal_id: '123456789' })).toThrow(/personal_id/);
    expect(() => citizenFromClaims({ sub: 's' })).toThrow(/personal_id/);
  });
});
