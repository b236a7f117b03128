/**
 * Authentication and authorisation middlewares. Tokens are verified by the injected
 * TokenVerifier (Cognito / VNeID in AWS, the development IdP locally) — same code path everywhere.
 * Officers' roles are scoped to one agency: routes check the role here and the agency with
 * `assertAgency` once they know which agency the resource belongs to.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { ForbiddenError, UnauthenticatedError } from '../errors';
import type { AppDeps, Citizen, Officer, OfficerRole } from '../ports';
import type { CitizenEnv, OfficerEnv, OptionalCitizenEnv } from './variables';

/** Reads `Authorization: Bearer <token>`; null when absent, 401 when malformed. */
export function bearerToken(c: Context): string | null {
  const header = c.req.header('authorization');
  if (header === undefined || header.trim() === '') return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match?.[1]) {
    throw new UnauthenticatedError({
      vi: 'Tiêu đề Authorization phải có dạng "Bearer <mã thông báo>".',
      en: 'The Authorization header must be "Bearer <token>".',
    });
  }
  return match[1];
}

/** True when the officer holds `role` (the agency admin may do everything in its agency). */
export function hasRole(officer: Officer, role: OfficerRole): boolean {
  return officer.roles.includes(role) || officer.roles.includes('admin');
}

/**
 * The national sync reader (`reader` role, e.g. `dongbo.quocgia`): reads every agency's procedures
 * so `catalog pull` can mirror the whole system. Checked by the role itself — an agency admin, who
 * holds every role of its agency through `hasRole`, still reads only its own agency. The reader
 * holds no other role, so every write (which always names its roles) stays refused.
 */
export function readsEveryAgency(officer: Officer): boolean {
  return officer.roles.includes('reader');
}

/** 403 `auth.wrong-agency` unless the officer belongs to `agency`. */
export function assertAgency(officer: Officer, agency: string): void {
  if (officer.agency !== agency) {
    throw new ForbiddenError('auth.wrong-agency', {
      vi: `Bạn thuộc cơ quan "${officer.agency}", không có quyền với dữ liệu của cơ quan "${agency}".`,
      en: `You belong to agency "${officer.agency}" and may not act on data of agency "${agency}".`,
    });
  }
}

/** 403 `auth.missing-role` unless the officer holds one of `roles` (or admin). */
export function assertRole(officer: Officer, roles: readonly OfficerRole[]): void {
  if (roles.length === 0 || roles.some((role) => hasRole(officer, role))) return;
  throw new ForbiddenError('auth.missing-role', {
    vi: `Thao tác này cần vai trò: ${roles.join(', ')}.`,
    en: `This action needs one of the roles: ${roles.join(', ')}.`,
  });
}

/** Requires a signed-in officer (401), optionally holding one of `roles` (403). */
export function requireOfficer(
  deps: Pick<AppDeps, 'verifier'>,
  options: { roles?: OfficerRole[] } = {},
): MiddlewareHandler<OfficerEnv> {
  return async (c, next) => {
    const token = bearerToken(c);
    if (token === null) throw new UnauthenticatedError();
    const principal = await deps.verifier.verify(token);
    if (principal.kind !== 'officer') {
      throw new ForbiddenError('auth.officer-only', {
        vi: 'Chức năng này chỉ dành cho cán bộ.',
        en: 'Only officers may use this.',
      });
    }
    assertRole(principal, options.roles ?? []);
    c.set('principal', principal);
    await next();
  };
}

/** Requires a signed-in citizen (401 without a token, 403 for an officer's token). */
export function requireCitizen(deps: Pick<AppDeps, 'verifier'>): MiddlewareHandler<CitizenEnv> {
  return async (c, next) => {
    const token = bearerToken(c);
    if (token === null) throw new UnauthenticatedError();
    c.set('principal', await verifyCitizen(deps, token));
    await next();
  };
}

/** Sets the citizen when a token is sent; a bad token is still a 401 (never silently ignored). */
export function optionalCitizen(deps: Pick<AppDeps, 'verifier'>): MiddlewareHandler<OptionalCitizenEnv> {
  return async (c, next) => {
    const token = bearerToken(c);
    if (token !== null) c.set('principal', await verifyCitizen(deps, token));
    await next();
  };
}

async function verifyCitizen(deps: Pick<AppDeps, 'verifier'>, token: string): Promise<Citizen> {
  const principal = await deps.verifier.verify(token);
  if (principal.kind !== 'citizen') {
    throw new ForbiddenError('auth.citizen-only', {
      vi: 'Chức năng này dành cho người dân đăng nhập bằng VNeID.',
      en: 'Only citizens signed in with VNeID may use this.',
    });
  }
  return principal;
}
