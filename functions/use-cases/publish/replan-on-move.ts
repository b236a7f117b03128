/**
 * A publish that lost the race for the current-release pointer (409 `release.moved`: another
 * publish or a rollback moved it after this one planned) plans again from the new current release
 * and builds again. That is cheap: the objects both would write are content-addressed and already
 * stored, and an equal catalog now plans as a no-op. After `attempts` lost races the 409 reaches
 * the publisher, who reloads and decides.
 */
import { AppError } from '../../errors';

export const replanAttempts = 3;

export async function replanOnMove<T>(attempt: () => Promise<T>, attempts = replanAttempts): Promise<T> {
  for (let tried = 1; ; tried++) {
    try {
      return await attempt();
    } catch (err) {
      if (!(err instanceof AppError && err.code === 'release.moved') || tried >= attempts) throw err;
    }
  }
}
