/**
 * One TokenVerifier for both kinds of principal. The token's issuer picks the key set and the
 * claim mapping; the signature, issuer, audience and expiry are then verified by jose. Works with
 * a remote JWKS (Cognito, VNeID) and a local one (the development IdP) alike.
 */
import { decodeJwt, type JWTVerifyGetKey, errors as joseErrors, jwtVerify } from 'jose';
import { DependencyError, UnauthenticatedError } from '../errors';
import type { Principal, TokenVerifier } from '../ports';
import { citizenFromClaims, officerFromClaims } from './claims';

export interface TrustedIssuer {
  issuer: string;
  audience?: string;
  keys: JWTVerifyGetKey;
}

/** Builds a verifier trusting one officer issuer and one citizen issuer. */
export function createJwtVerifier(trust: { officer: TrustedIssuer; citizen: TrustedIssuer }): TokenVerifier {
  return {
    async verify(token: string): Promise<Principal> {
      let issuer: string | undefined;
      try {
        issuer = decodeJwt(token).iss;
      } catch (cause) {
        throw new UnauthenticatedError(
          { vi: 'Mã thông báo không đúng định dạng JWT.', en: 'The token is not a well-formed JWT.' },
          { cause },
        );
      }
      const kind =
        issuer === trust.officer.issuer ? 'officer' : issuer === trust.citizen.issuer ? 'citizen' : null;
      if (kind === null) {
        throw new UnauthenticatedError({
          vi: 'Mã thông báo do một bên phát hành không được tin cậy.',
          en: 'The token was issued by an untrusted issuer.',
        });
      }
      const trusted = trust[kind];
      try {
        const { payload } = await jwtVerify(token, trusted.keys, {
          issuer: trusted.issuer,
          ...(trusted.audience ? { audience: trusted.audience } : {}),
          algorithms: ['ES256', 'RS256'],
        });
        return kind === 'officer' ? officerFromClaims(payload) : citizenFromClaims(payload);
      } catch (cause) {
        if (cause instanceof UnauthenticatedError) throw cause;
        if (cause instanceof joseErrors.JWTExpired) {
          throw new UnauthenticatedError(
            {
              vi: 'Phiên đăng nhập đã hết hạn, vui lòng đăng nhập lại.',
              en: 'The session has expired; please sign in again.',
            },
            { cause },
          );
        }
        // The key set could not be fetched: the IdP is down, not the token bad — 503, retryable.
        if (cause instanceof joseErrors.JWKSTimeout || !(cause instanceof joseErrors.JOSEError)) {
          throw new DependencyError('Khóa của nhà cung cấp định danh / identity provider keys', cause);
        }
        throw new UnauthenticatedError(
          {
            vi: 'Mã thông báo không hợp lệ hoặc đã bị sửa đổi.',
            en: 'The token is not valid or has been tampered with.',
          },
          { cause },
        );
      }
    },
  };
}
