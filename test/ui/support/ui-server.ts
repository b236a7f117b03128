/**
 * The real local server for UI tests: `npm start`'s own start function (DynamoDB Local, s3rver, seeded
 * catalog and release, dev identity provider, API and the built UI on one origin), on random
 * ports with a temporary data folder.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startLocal } from '../../../functions/local/start';
import { buildUi } from './build-ui';

const root = fileURLToPath(new URL('../../../', import.meta.url));

export interface UiServer {
  url: string;
  stop(): Promise<void>;
}

/**
 * Builds the UI (unless up to date) and starts local mode on random ports; `localOidc` makes
 * sign-in go through the dev IdP's OpenID Connect redirect, as on AWS.
 */
export async function startUiServer(options: { localOidc?: boolean } = {}): Promise<UiServer> {
  await buildUi();
  const dataDir = mkdtempSync(join(tmpdir(), 'tthc-ui-'));
  const running = await startLocal({
    root,
    dataDir,
    port: 0,
    dynamoPort: 0,
    s3Port: 0,
    log: () => {},
    localOidc: options.localOidc === true,
  });
  return {
    url: running.url,
    async stop() {
      await running.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
