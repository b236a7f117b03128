/**
 * Starts Amazon's DynamoDB Local (a child JVM, see dynamodb-local.ts) and s3rver (S3's API on the
 * file system, in this process). `npm start` keeps their data under .data/; tests use memory and a
 * temp folder.
 * s3rver's paginated listings need OpenSSL's legacy provider (DES continuation tokens); the
 * product never lists objects, so they run in-process without it.
 */
import { type AddressInfo, createServer } from 'node:net';
import S3rver from 's3rver';
import { startDynamoDbLocal } from './dynamodb-local';

export interface LocalAws {
  dynamoEndpoint: string;
  s3Endpoint: string;
  stop(): Promise<void>;
}

export interface LocalAwsOptions {
  /** DynamoDB Local's database folder; absent = in memory. */
  dynamoPath?: string;
  s3Directory: string;
  /** 0 = any free port. */
  dynamoPort: number;
  s3Port: number;
  host?: string;
  /** DynamoDB Local's JIT (dynamodb-local.ts): `server` for a long-running product. */
  jit?: 'quick' | 'server';
}

/** Starts both servers; fails with a clear message when a port is taken. */
export async function startLocalAwsServers(options: LocalAwsOptions): Promise<LocalAws> {
  const host = options.host ?? '127.0.0.1';
  const dynamo = await startDynamoDbLocal({
    dbPath: options.dynamoPath,
    port: options.dynamoPort,
    host,
    jit: options.jit,
  });
  let s3: S3rver;
  let s3Address: AddressInfo;
  try {
    ({ s3, address: s3Address } = await startS3(options, host));
  } catch (err) {
    await dynamo.stop();
    throw err;
  }
  let stopped = false;
  return {
    dynamoEndpoint: dynamo.endpoint,
    s3Endpoint: `http://${host}:${s3Address.port}`,
    async stop() {
      if (stopped) return;
      stopped = true;
      await Promise.allSettled([s3.close(), dynamo.stop()]);
    },
  };
}

/**
 * s3rver reports a taken port as an unhandled 'error' event (a raw EADDRINUSE stack), so the port
 * is tried here first and a taken one gets the same clear message as the other ports.
 */
async function startS3(
  options: LocalAwsOptions,
  host: string,
): Promise<{ s3: S3rver; address: AddressInfo }> {
  const what = 's3rver (S3)';
  if (options.s3Port !== 0) {
    await new Promise<void>((resolve, reject) => {
      const probe = createServer();
      probe.once('error', (err) => reject(portError(err, options.s3Port, what, 'S3_PORT')));
      probe.listen(options.s3Port, host, () => probe.close(() => resolve()));
    });
  }
  const s3 = new S3rver({
    address: host,
    port: options.s3Port,
    silent: true,
    directory: options.s3Directory,
  });
  return { s3, address: await s3.run() };
}

function portError(err: unknown, port: number, what: string, variable: string): Error {
  if ((err as NodeJS.ErrnoException).code === 'EADDRINUSE') {
    return new Error(
      `Cổng ${port} đang bị chiếm, không khởi động được ${what} (đặt ${variable} khác). / ` +
        `Port ${port} is already in use; cannot start ${what} (set another ${variable}).`,
      { cause: err },
    );
  }
  return err instanceof Error ? err : new Error(String(err));
}
