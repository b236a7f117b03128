/**
 * The development IdP's ES256 key pair. Kept as a JWK file in the data folder so tokens issued
 * before a restart of `npm start` stay valid; tests keep it in memory.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportJWK, generateKeyPair, importJWK, type JSONWebKeySet, type JWK } from 'jose';

export interface DevKeys {
  kid: string;
  privateKey: CryptoKey;
  jwks: JSONWebKeySet;
}

/** Generates a fresh key pair (tests). */
export async function generateDevKeys(): Promise<DevKeys> {
  const { privateKey } = await generateKeyPair('ES256', { extractable: true });
  return fromPrivateJwk({ ...(await exportJWK(privateKey)), kid: `dev-${Date.now().toString(36)}` });
}

/** Loads `<dir>/dev-idp-key.json`, creating it on first use. */
export async function loadOrCreateDevKeys(dir: string): Promise<DevKeys> {
  const file = join(dir, 'dev-idp-key.json');
  if (existsSync(file)) return fromPrivateJwk(JSON.parse(readFileSync(file, 'utf8')) as JWK);
  const keys = await generateDevKeys();
  mkdirSync(dir, { recursive: true });
  const jwk: JWK = { ...(await exportJWK(keys.privateKey)), kid: keys.kid };
  writeFileSync(file, JSON.stringify(jwk), { mode: 0o600 });
  return keys;
}

async function fromPrivateJwk(jwk: JWK): Promise<DevKeys> {
  const kid = jwk.kid ?? 'dev';
  const privateKey = (await importJWK({ ...jwk, alg: 'ES256' }, 'ES256', { extractable: true })) as CryptoKey;
  const { d: _secret, ...publicJwk } = jwk;
  return { kid, privateKey, jwks: { keys: [{ ...publicJwk, kid, alg: 'ES256', use: 'sig' }] } };
}
