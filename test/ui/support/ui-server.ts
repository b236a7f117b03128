/**
 * The real local server for UI tests: dynalite + s3rver in this process, the seeded catalog
 * published as the current release, the dev identity provider, the API and the built UI on
 * one random port (the same origin, as with `npm start`).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PutBucketCorsCommand } from '@aws-sdk/client-s3';
import { serve } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { createTables } from '../../../functions/adapters/dynamodb/create-tables';
import { createBuckets } from '../../../functions/adapters/s3/create-buckets';
import { createAdminApp } from '../../../functions/apps/admin/app';
import { createFormsApp } from '../../../functions/apps/forms/app';
import { createPublishApp } from '../../../functions/apps/publish/app';
import { createSubmissionsApp } from '../../../functions/apps/submissions/app';
import { buildPlatform } from '../../../functions/composition/build-deps';
import { loadConfig } from '../../../functions/config/load-config';
import { createDevIdp } from '../../../functions/identity/dev-idp';
import { createDevIdpApp } from '../../../functions/identity/dev-idp-app';
import { generateDevKeys } from '../../../functions/identity/dev-keys';
import { demoCitizenData, demoCitizens, demoOfficers } from '../../../functions/local/demo-users';
import { startLocalAwsServers } from '../../../functions/local/local-aws';
import { localEnv } from '../../../functions/local/local-env';
import { readProcedures } from '../../../functions/local/read-procedures';
import { seedCatalog } from '../../../functions/local/seed-catalog';
import { publishCatalog } from '../../../functions/use-cases/publish/publish-catalog';
import { buildUi } from './build-ui';

const root = fileURLToPath(new URL('../../../', import.meta.url));

export interface UiServer {
  url: string;
  stop(): Promise<void>;
}

/** Builds the UI (once per change) and starts the whole product on a random port. */
export async function startUiServer(): Promise<UiServer> {
  await buildUi();
  const dataDir = mkdtempSync(join(tmpdir(), 'tthc-ui-'));
  const aws = await startLocalAwsServers({ s3Directory: dataDir, dynamoPort: 0, s3Port: 0 });
  const config = loadConfig(localEnv({ aws }));
  const keys = await generateDevKeys();
  const platform = buildPlatform(config, {
    verifier: {
      verify: async () => {
        throw new Error('replaced by the dev IdP verifier below');
      },
    },
  });
  const idp = createDevIdp({ keys, officers: demoOfficers, citizens: platform.citizens });
  const deps = { ...platform.deps, verifier: idp.verifier };
  await createTables(platform.clients.dynamodb, config.tables);
  await createBuckets(platform.clients.s3, [config.buckets.catalog, config.buckets.uploads]);
  // The browser PUTs files straight to storage from the app's origin.
  await platform.clients.s3.send(
    new PutBucketCorsCommand({
      Bucket: config.buckets.uploads,
      CORSConfiguration: {
        CORSRules: [{ AllowedOrigins: ['*'], AllowedMethods: ['PUT'], AllowedHeaders: ['*'] }],
      },
    }),
  );
  for (const citizen of demoCitizenData) await platform.citizens.put(citizen);
  await seedCatalog(deps, readProcedures(join(root, 'catalogs', 'procedures')));
  await publishCatalog(deps, {
    kind: 'officer',
    sub: 'seed',
    name: 'seed',
    agency: 'ubnd-phuong-sai-gon',
    roles: ['publisher'],
  });

  const app = new Hono();
  for (const sub of [
    createFormsApp(deps),
    createSubmissionsApp(deps),
    createAdminApp(deps),
    createPublishApp(deps),
  ]) {
    app.route('/', sub as unknown as Hono);
  }
  app.route('/', createDevIdpApp(idp, demoCitizens));
  app.use('/*', serveStatic({ root: join(root, 'builder-ui', 'dist') }));
  const http = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const { port } = http.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    async stop() {
      await new Promise<void>((resolve) => http.close(() => resolve()));
      await aws.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
