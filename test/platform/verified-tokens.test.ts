/**
 * A token verified once is not verified again on the citizen's next request — until its own
 * expiry or a minute, whichever comes first; failures are never remembered.
 */
import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { UnauthenticatedError } from '../../functions/errors';
import { withVerifiedTokenCache } from '../../functions/identity/verified-tokens';
import type { Principal, TokenVerifier } from '../../functions/ports';

const key = new TextEncoder().encode('a test secret of at least thirty-two bytes');
const T0 = Date.parse('2026-12-02T06:00:00Z');

async function token(sub: string, expSeconds: number): Promise<string> {
  return new SignJWT({ sub }).setProtectedHeader({ alg: 'HS256' }).setExpirationTime(expSeconds).sign(key);
}

/** A verifier that answers from the token's subject and counts its calls; `fail` makes the next call throw. */
function countingVerifier() {
  const state = { calls: 0, fail: false };
  const verifier: TokenVerifier = {
    async verify(t) {
      state.calls++;
      if (state.fail) {
        state.fail = false;
        throw new UnauthenticatedError();
      }
      const sub = JSON.parse(Buffer.from(t.split('.')[1] ?? '', 'base64url').toString()).sub as string;
      const principal: Principal = { kind: 'citizen', sub, personalId: sub, name: sub };
      return principal;
    },
  };
  return { state, verifier };
}

describe('verified token cache', () => {
  it('verifies a token once while it is valid, and each other token on its own', async () => {
    const inner = countingVerifier();
    let now = T0;
    const cached = withVerifiedTokenCache(inner.verifier, { now: () => now });
    const a = await token('079088004321', T0 / 1000 + 3600);
    const b = await token('079190012345', T0 / 1000 + 3600);
    expect((await cached.verify(a)).sub).toBe('079088004321');
    now += 30_000;
    expect((await cached.verify(a)).sub).toBe('079088004321');
    expect((await cached.verify(b)).sub).toBe('079190012345');
    expect(inner.state.calls).toBe(2);
  });

  it('verifies again after the token expires, and after at most a minute', async () => {
    const inner = countingVerifier();
    let now = T0;
    const cached = withVerifiedTokenCache(inner.verifier, { now: () => now });
    const short = await token('079088004321', T0 / 1000 + 10);
    const long = await token('079190012345', T0 / 1000 + 3600);
    await cached.verify(short);
    await cached.verify(long);
    now += 10_000;
    await cached.verify(short);
    await cached.verify(long);
    expect(inner.state.calls).toBe(3);
    now += 50_000;
    await cached.verify(long);
    expect(inner.state.calls).toBe(4);
  });

  it('never keeps a failure: the next attempt is verified again', async () => {
    const inner = countingVerifier();
    const cached = withVerifiedTokenCache(inner.verifier, { now: () => T0 });
    const a = await token('079088004321', T0 / 1000 + 3600);
    inner.state.fail = true;
    await expect(cached.verify(a)).rejects.toBeInstanceOf(UnauthenticatedError);
    expect((await cached.verify(a)).sub).toBe('079088004321');
    expect(inner.state.calls).toBe(2);
  });

  it('keeps at most maxEntries tokens, forgetting the oldest', async () => {
    const inner = countingVerifier();
    const cached = withVerifiedTokenCache(inner.verifier, { now: () => T0, maxEntries: 2 });
    const tokens = await Promise.all(['a', 'b', 'c'].map((s) => token(s, T0 / 1000 + 3600)));
    for (const t of tokens) await cached.verify(t);
    await cached.verify(tokens[2]!);
    await cached.verify(tokens[0]!);
    expect(inner.state.calls).toBe(4);
  });
});
