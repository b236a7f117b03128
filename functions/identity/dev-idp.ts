/**
 * The development identity provider (local mode only): issues for seeded officers the same kind
 * of JWT Cognito issues, and for seeded citizens a stand-in for VNeID's. The tokens are checked
 * by the same verifier as on AWS, only with a local key set.
 */
import { createLocalJWKSet, SignJWT } from 'jose';
import { devIssuers } from '../config/load-config';
import { UnauthenticatedError } from '../errors';
import type { Citizen, CitizenDataSource, Officer, OfficerRole, TokenVerifier } from '../ports';
import type { DevKeys } from './dev-keys';
import { createJwtVerifier } from './jwt-verifier';

/** A demo officer as listed in functions/local/seed-data/officers.json. */
export interface DemoOfficer {
  username: string;
  name: string;
  agency: string;
  roles: OfficerRole[];
}

export interface DevIdp {
  officers: readonly DemoOfficer[];
  jwks: DevKeys['jwks'];
  /** Signs in a seeded officer; unknown username → 401. */
  signInOfficer(username: string): Promise<{ token: string; principal: Officer }>;
  /** Signs in a seeded citizen (must have population data); unknown → 401. */
  signInCitizen(personalId: string): Promise<{ token: string; principal: Citizen }>;
  /** Signs arbitrary claims (tests: expired or malformed tokens). */
  sign(
    claims: Record<string, unknown>,
    options: { issuer: string; expiresIn?: string | number },
  ): Promise<string>;
  verifier: TokenVerifier;
}

const tokenLifetime = '8h';

/** Creates the dev IdP over a key pair, the demo officers and the citizen data source. */
export function createDevIdp(input: {
  keys: DevKeys;
  officers: readonly DemoOfficer[];
  citizens: CitizenDataSource;
}): DevIdp {
  const { keys } = input;
  const sign: DevIdp['sign'] = (claims, options) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'ES256', kid: keys.kid, typ: 'JWT' })
      .setIssuer(options.issuer)
      .setAudience(devIssuers.audience)
      .setIssuedAt()
      .setExpirationTime(options.expiresIn ?? tokenLifetime)
      .sign(keys.privateKey);

  const verifier = createJwtVerifier({
    officer: {
      issuer: devIssuers.officer,
      audience: devIssuers.audience,
      keys: createLocalJWKSet(keys.jwks),
    },
    citizen: {
      issuer: devIssuers.citizen,
      audience: devIssuers.audience,
      keys: createLocalJWKSet(keys.jwks),
    },
  });

  return {
    officers: input.officers,
    jwks: keys.jwks,
    sign,
    verifier,
    async signInOfficer(username) {
      const officer = input.officers.find((o) => o.username === username);
      if (!officer) {
        throw new UnauthenticatedError({
          vi: `Không có cán bộ thử nghiệm "${username}".`,
          en: `There is no demo officer "${username}".`,
        });
      }
      const groups = [`agency:${officer.agency}`, ...officer.roles.map((r) => `role:${r}`)];
      const token = await sign(
        { sub: officer.username, name: officer.name, 'cognito:groups': groups },
        { issuer: devIssuers.officer },
      );
      return { token, principal: { kind: 'officer', sub: officer.username, ...pick(officer) } };
    },
    async signInCitizen(personalId) {
      const data = /^\d{12}$/.test(personalId) ? await input.citizens.load(personalId) : null;
      if (!data) {
        throw new UnauthenticatedError({
          vi: `Không có công dân thử nghiệm với số định danh "${personalId}".`,
          en: `There is no demo citizen with personal ID "${personalId}".`,
        });
      }
      const fullName = (data.attributes?.population as { fullName?: unknown } | undefined)?.fullName;
      const name = typeof fullName === 'string' ? fullName : personalId;
      const token = await sign(
        { sub: `vneid:${personalId}`, personal_id: personalId, name },
        { issuer: devIssuers.citizen },
      );
      return { token, principal: { kind: 'citizen', sub: `vneid:${personalId}`, personalId, name } };
    },
  };
}

function pick(officer: DemoOfficer): Pick<Officer, 'name' | 'agency' | 'roles'> {
  return { name: officer.name, agency: officer.agency, roles: [...officer.roles] };
}
