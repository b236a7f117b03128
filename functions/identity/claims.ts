/**
 * Token claims → principals. Officers' claims follow Cognito's shape (`cognito:groups` holding
 * `agency:<id>` and `role:<role>`); the development IdP issues the very same shape, so the
 * mapping below is exercised locally exactly as on AWS.
 */
import type { JWTPayload } from 'jose';
import { UnauthenticatedError } from '../errors';
import type { Citizen, Officer, OfficerRole } from '../ports';

const officerRoles: readonly OfficerRole[] = ['author', 'approver', 'publisher', 'admin', 'reader'];

function invalid(en: string, vi: string): UnauthenticatedError {
  return new UnauthenticatedError({
    vi: `Mã thông báo không hợp lệ: ${vi}`,
    en: `The token is not valid: ${en}`,
  });
}

/** Reads an officer from verified claims; a token without exactly one agency is rejected. */
export function officerFromClaims(claims: JWTPayload): Officer {
  const groups = claims['cognito:groups'];
  const list = Array.isArray(groups) ? groups.filter((g): g is string => typeof g === 'string') : [];
  const agencies = list.filter((g) => g.startsWith('agency:')).map((g) => g.slice('agency:'.length));
  if (agencies.length !== 1 || !agencies[0]) {
    throw invalid('an officer must belong to exactly one agency', 'cán bộ phải thuộc đúng một cơ quan');
  }
  const roles = list
    .filter((g) => g.startsWith('role:'))
    .map((g) => g.slice('role:'.length))
    .filter((r): r is OfficerRole => (officerRoles as readonly string[]).includes(r));
  if (!claims.sub) throw invalid('missing subject', 'thiếu định danh người dùng');
  const name = stringClaim(claims, 'name') ?? stringClaim(claims, 'email') ?? claims.sub;
  return { kind: 'officer', sub: claims.sub, name, agency: agencies[0], roles: [...new Set(roles)] };
}

/** Reads a citizen from verified claims (`personal_id`: 12 digits). */
export function citizenFromClaims(claims: JWTPayload): Citizen {
  const personalId = stringClaim(claims, 'personal_id');
  if (!personalId || !/^\d{12}$/.test(personalId)) {
    throw invalid('missing or malformed personal_id', 'thiếu hoặc sai số định danh cá nhân');
  }
  return {
    kind: 'citizen',
    sub: claims.sub ?? personalId,
    personalId,
    name: stringClaim(claims, 'name') ?? personalId,
  };
}

function stringClaim(claims: JWTPayload, name: string): string | undefined {
  const value = claims[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}
