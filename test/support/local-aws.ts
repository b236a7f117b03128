/**
 * One in-memory DynamoDB Local (a JVM, ~2–3 s to start) and one s3rver (temp folder) on ephemeral ports — start once per test
 * file in `beforeAll`, stop in `afterAll`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type LocalAws, startLocalAwsServers } from '../../functions/local/local-aws';

export type { LocalAws };

/** Starts the local AWS stand-ins; `stop()` also removes the temp folder. */
export async function startLocalAws(): Promise<LocalAws> {
  const dir = mkdtempSync(join(tmpdir(), 'tthc-s3-'));
  const aws = await startLocalAwsServers({ s3Directory: dir, dynamoPort: 0, s3Port: 0 });
  return {
    ...aws,
    async stop() {
      await aws.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
