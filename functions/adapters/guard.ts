/**
 * SDK failures → the app's errors, so no route knows about DynamoDB or S3. App errors raised
 * inside pass through; anything else becomes a 503 DependencyError keeping the SDK error as cause.
 */
import { AppError, DependencyError } from '../errors';

/** Wraps one storage operation. */
export async function guard<T>(what: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new DependencyError(what, err);
  }
}
