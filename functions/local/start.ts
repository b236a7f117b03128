/**
 * `npm start`: the whole product on one machine. DynamoDB Local (a child JVM) and s3rver (in this
 * process) keep their data under `.data/`; tables, buckets and demo data are created if missing; the combined
 * app listens on PORT (default 8787). Ctrl-C stops everything cleanly.
 */
import { existsSync, mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { serve } from '@hono/node-server';
import { createTables } from '../adapters/dynamodb/create-tables';
import { allowBrowserUploads } from '../adapters/s3/allow-browser-uploads';
import { createBuckets } from '../adapters/s3/create-buckets';
import { createLocalApp } from '../apps/index';
import { catalogFilePaths } from '../catalog/load-catalog';
import { buildPlatform } from '../composition/build-deps';
import { loadConfig } from '../config/load-config';
import { rateLimit } from '../http/rate-limit';
import { createDevIdp, type DevIdp } from '../identity/dev-idp';
import { createDevIdpApp } from '../identity/dev-idp-app';
import { loadOrCreateDevKeys } from '../identity/dev-keys';
import { inlineLimit } from '../use-cases/publish/publish-job';
import { lockDataDir } from './data-dir-lock';
import { demoCitizens, demoOfficers } from './demo-users';
import { loadCatalogOffThread } from './load-catalog-off-thread';
import { startLocalAwsServers } from './local-aws';
import { localEnv } from './local-env';
import { localOidcConfig } from './local-oidc-config';
import { phaseTimer } from './phase-timer';
import { printBanner } from './print-banner';
import { publishSeeded } from './publish-seeded';
import { folderUnchanged, type SeedReport, seedCatalogFolder, seedCitizens } from './seed-all';
import { seedInBackground } from './seed-in-background';
import { staticSite } from './static-site';

export interface StartOptions {
  /** Project root (catalogs/, builder-ui/dist). */
  root: string;
  /** Where DynamoDB Local, s3rver and the dev IdP key keep their data (one instance per folder). */
  dataDir: string;
  port: number;
  dynamoPort: number;
  s3Port: number;
  host?: string;
  log?: (line: string) => void;
  /** Serve `/config.json` pointing sign-in at the dev IdP's OpenID Connect flow (LOCAL_OIDC=1). */
  localOidc?: boolean;
  /** The catalog folder to seed (CATALOG_DIR; default `<root>/catalogs`), e.g. a generated large one. */
  catalogDir?: string;
  /**
   * A new catalog folder of more files than this is checked, seeded and published after the server
   * is ready (default: the publish job's inline limit, 40), so `/health` answers within seconds.
   */
  backgroundAbove?: number;
  /** The background seeding waits for this first (tests look at the server while it is held). */
  holdBackgroundSeed?: Promise<unknown>;
  /**
   * DynamoDB Local in memory instead of under `dataDir` (DYNAMODB_IN_MEMORY=1): nothing survives a
   * restart. For runs whose data folder is thrown away anyway (the HTTP bench): on disk, every write
   * pays SQLite's sync to the file, which roughly doubles the JVM's CPU per write and caps writes
   * at a few hundred a second — a cost of the emulator, not of DynamoDB.
   */
  dynamoInMemory?: boolean;
}

export interface RunningLocal {
  url: string;
  seed: SeedReport;
  /** Settles once the first release is current: true, or false when seeding or publishing failed (logged). */
  firstRelease: Promise<boolean>;
  stop(): Promise<void>;
}

/**
 * Starts local mode; resolves once `/health` answers 200. Nothing long runs before that: a large
 * new catalog folder is seeded and published in the background (`firstRelease`).
 */
export async function startLocal(options: StartOptions): Promise<RunningLocal> {
  const log = options.log ?? console.log;
  const host = options.host ?? '127.0.0.1';
  // Local mode signs anyone in as any demo user: it must never be reachable from another machine.
  if (!isLoopback(host)) {
    throw new Error(
      `Chế độ cục bộ (có IdP thử nghiệm) chỉ lắng nghe trên loopback, không phải "${host}". / Local mode (with the development IdP) listens on loopback only, not "${host}".`,
    );
  }
  mkdirSync(join(options.dataDir, 'dynamodb'), { recursive: true });
  mkdirSync(join(options.dataDir, 's3'), { recursive: true });
  const lock = lockDataDir(options.dataDir);
  const phases = phaseTimer(log);
  let aws: Awaited<ReturnType<typeof startLocalAwsServers>>;
  try {
    aws = await phases.time('DynamoDB Local + s3rver', () =>
      startLocalAwsServers({
        dynamoPath: options.dynamoInMemory ? undefined : join(options.dataDir, 'dynamodb'),
        s3Directory: join(options.dataDir, 's3'),
        dynamoPort: options.dynamoPort,
        s3Port: options.s3Port,
        host,
        jit: 'server',
      }),
    );
  } catch (err) {
    lock.release();
    throw err;
  }
  const cleanups: (() => Promise<void> | void)[] = [() => lock.release(), () => aws.stop()];
  const stop = async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  };
  try {
    // Limits may be tuned from the shell (the HTTP bench raises them); everything else is local mode's.
    const config = loadConfig({ ...limitsFromShell(process.env), ...localEnv({ aws }) });
    const keys = await loadOrCreateDevKeys(options.dataDir);
    let idp: DevIdp | undefined;
    const platform = buildPlatform(config, { verifier: { verify: (token) => idp!.verifier.verify(token) } });
    cleanups.push(() => {
      platform.clients.dynamodb.destroy();
      platform.clients.s3.destroy();
    });
    idp = createDevIdp({ keys, officers: demoOfficers, citizens: platform.citizens });

    let ready = false;
    // The dev IdP builds redirects from these (set once the port is known), never from the Host header.
    let origins: string[] = [];
    const app = createLocalApp(platform.deps, {
      extras: [
        createDevIdpApp(idp, demoCitizens, {
          origins: () => origins,
          signInLimit: rateLimit(platform.deps, 'sign-in'),
        }),
      ],
      isReady: () => ready,
      // Presigned uploads go straight to s3rver; the portal's CSP must let it call there.
      connectSources: config.endpoints.s3 ? [config.endpoints.s3] : [],
    });
    if (options.localOidc) app.route('/', localOidcConfig());
    const site = join(options.root, 'builder-ui', 'dist');
    const hasSite = existsSync(join(site, 'index.html'));
    if (hasSite) app.route('/', staticSite(site));
    const server = await listen(app.fetch, options.port, host);
    cleanups.push(
      () =>
        new Promise<void>((done) => {
          server.close(() => done());
          // Browsers keep connections alive; without this Ctrl-C would wait for them to time out.
          (server as Server).closeAllConnections?.();
        }),
    );
    const port = (server.address() as AddressInfo).port;
    const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
    origins = [url, `http://localhost:${port}`];

    await phases.time('tables', () => createTables(platform.clients.dynamodb, config.tables));
    await phases.time('S3 buckets', async () => {
      await createBuckets(platform.clients.s3, [config.buckets.catalog, config.buckets.uploads]);
      // Local only: the portal may be opened on any local host name or the Vite dev server's port.
      await allowBrowserUploads(platform.clients.s3, config.buckets.uploads, ['*']);
    });
    const catalogDir = options.catalogDir ?? join(options.root, 'catalogs');
    const stampFile = join(options.dataDir, 'dynamodb', 'seeded-catalog.json');
    const citizenItemsWritten = await phases.time('demo citizens', () => seedCitizens(platform.citizens));
    // An in-memory database starts empty: a stamp of an earlier seed must not skip seeding it.
    const stamp = options.dynamoInMemory ? undefined : stampFile;
    const files =
      stamp !== undefined && folderUnchanged(catalogDir, stamp)
        ? 0
        : (await catalogFilePaths(catalogDir)).length;
    let seed: SeedReport;
    let firstRelease: Promise<boolean>;
    // A start interrupted after seeding but before its first release: the folder is unchanged (its
    // stamp was written), yet nothing is published. Planning and building that release takes as long
    // as a fresh large start's, so it resumes the same way: after the server is ready.
    const resumeFirstRelease =
      files === 0 && stamp !== undefined && (await platform.deps.releases.getCurrentPointer()) === null;
    if (!resumeFirstRelease && files <= (options.backgroundAbove ?? inlineLimit)) {
      const data = await phases.time('seed catalog', () =>
        seedCatalogFolder(platform.deps, catalogDir, stamp),
      );
      const { built, ...release } = await phases.time('publish', () => publishSeeded(platform.deps, log));
      seed = { citizenItemsWritten, ...data, release };
      firstRelease = built;
    } else {
      // A large new folder (a province's 2,000 procedures), or a first release to resume: checking,
      // seeding and the first release take minutes, so they run after the server is ready, like the publish job on AWS; meanwhile
      // the portal says its catalog is not published yet and the console shows the progress.
      seed = {
        citizenItemsWritten,
        proceduresCreated: [],
        skipped: [],
        unchangedFolder: resumeFirstRelease,
        release: { releaseId: '—', changed: true, pending: true },
        ...(resumeFirstRelease ? {} : { seedingInBackground: files }),
      };
      firstRelease = seedInBackground({
        gate: options.holdBackgroundSeed,
        seed: () =>
          phases.time('seed catalog', () =>
            seedCatalogFolder(platform.deps, catalogDir, stamp, loadCatalogOffThread),
          ),
        publish: () => publishSeeded(platform.deps, log),
        log,
        elapsed: phases.elapsed,
      });
    }
    ready = true;
    log(`  · ready: ${phases.elapsed().toFixed(1)} s`);
    printBanner(log, url, seed, hasSite);
    return { url, seed, firstRelease, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}

/** 127.0.0.0/8, ::1 or localhost. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}

/** The limit settings (rate limits, upload quotas) of `env`, passed through to local mode's configuration. */
function limitsFromShell(env: NodeJS.ProcessEnv): Record<string, string> {
  const names = ['RATE_LIMITS', 'UPLOAD_QUOTA_FILES_PER_DAY', 'UPLOAD_QUOTA_BYTES_PER_DAY'];
  return Object.fromEntries(names.flatMap((name) => (env[name] ? [[name, env[name]]] : [])));
}

function listen(fetch: Parameters<typeof serve>[0]['fetch'], port: number, host: string) {
  return new Promise<ReturnType<typeof serve>>((resolveServer, reject) => {
    const server = serve({ fetch, port, hostname: host }, () => resolveServer(server));
    server.once('error', (err: NodeJS.ErrnoException) =>
      reject(
        err.code === 'EADDRINUSE'
          ? new Error(
              `Cổng ${port} đang bị chiếm (đặt PORT khác). / Port ${port} is in use (set another PORT).`,
            )
          : err,
      ),
    );
  });
}

/** `npm start`: options from the environment (PORT, DYNAMODB_PORT, S3_PORT, DATA_DIR, LOCAL_OIDC, CATALOG_DIR, DYNAMODB_IN_MEMORY). */
async function main() {
  const root = resolve(import.meta.dirname, '..', '..');
  const number = (name: string, fallback: number) => {
    const raw = process.env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 0 || value > 65535) {
      throw new Error(`${name} phải là số cổng 0–65535 / must be a port number 0–65535, got "${raw}"`);
    }
    return value;
  };
  const running = await startLocal({
    root,
    dataDir: resolve(process.env.DATA_DIR ?? join(root, '.data')),
    port: number('PORT', 8787),
    dynamoPort: number('DYNAMODB_PORT', 8000),
    s3Port: number('S3_PORT', 4569),
    localOidc: process.env.LOCAL_OIDC === '1',
    dynamoInMemory: process.env.DYNAMODB_IN_MEMORY === '1',
    ...(process.env.CATALOG_DIR ? { catalogDir: resolve(process.env.CATALOG_DIR) } : {}),
  });
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: đang dừng / stopping…`);
    running.stop().then(
      () => process.exit(0),
      (err) => {
        console.error(err);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
