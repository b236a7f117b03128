/** DynamoDB's "your condition did not hold" — the optimistic-concurrency / create-once signal. */
export function isConditionFailed(err: unknown): boolean {
  return err instanceof Error && err.name === 'ConditionalCheckFailedException';
}

/**
 * Why a TransactWriteItems was cancelled, one code per item in order (`None` for an item that was
 * fine): `ConditionalCheckFailed`, `TransactionConflict` (another transaction held the item) …;
 * null when the error is not a cancellation.
 */
export function cancellationReasons(err: unknown): string[] | null {
  if (!(err instanceof Error) || err.name !== 'TransactionCanceledException') return null;
  const reasons = (err as { CancellationReasons?: { Code?: string }[] }).CancellationReasons ?? [];
  return reasons.map((reason) => reason.Code ?? 'None');
}
