/** DynamoDB's "your condition did not hold" — the optimistic-concurrency / create-once signal. */
export function isConditionFailed(err: unknown): boolean {
  return err instanceof Error && err.name === 'ConditionalCheckFailedException';
}
