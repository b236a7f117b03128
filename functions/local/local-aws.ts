/**
 * Starts dynalite (DynamoDB's API on LevelDB) and s3rver (S3's API on the file system) in this
 * process. `npm start` keeps their data under .data/; tests use memory and a temp folder.
 * s3rver's paginated listings need OpenSSL's legacy provider (DES continuation tokens); the
 * product never lists objects, so they run in-process without it.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import dynalite from 'dynalite';
import S3rver from 's3rver';

export interface LocalAws {
  dynamoEndpoint: string;
  s3Endpoint: string;
  stop(): Promise<void>;
}

export interface LocalAwsOptions {
  /** LevelDB folder; absent = in memory. */
  dynamoPath?: string;
  s3Directory: string;
  /** 0 = any free port. */
  dynamoPort: number;
  s3Port: number;
  host?: string;
}

/** Starts both servers; fails with a clear message when a port is taken. */
export async function startLocalAwsServers(options: LocalAwsOptions): Promise<LocalAws> {
  const host = options.host ?? '127.0.0.1';
  const dynamo = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0, path: options.dynamoPath });
  await listen(dynamo, options.dynamoPort, host, 'dynalite (DynamoDB)');
  const s3 = new S3rver({
    address: host,
    port: options.s3Port,
    silent: true,
    directory: options.s3Directory,
  });
  let s3Address: AddressInfo;
  try {
    s3Address = await s3.run();
  } catch (err) {
    await close(dynamo);
    throw portError(err, options.s3Port, 's3rver (S3)');
  }
  const dynamoPort = (dynamo.address() as AddressInfo).port;
  let stopped = false;
  return {
    dynamoEndpoint: `http://${host}:${dynamoPort}`,
    s3Endpoint: `http://${host}:${s3Address.port}`,
    async stop() {
      if (stopped) return;
      stopped = true;
      await Promise.allSettled([s3.close(), close(dynamo)]);
    },
  };
}

function listen(server: Server, port: number, host: string, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', (err) => reject(portError(err, port, what)));
    server.listen(port, host, () => resolve());
  });
}

function close(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.closeAllConnections?.();
    server.close(() => resolve());
  });
}

function portError(err: unknown, port: number, what: string): Error {
  if ((err as NodeJS.ErrnoException).code === 'EADDRINUSE') {
    return new Error(
      `Cổng ${port} đang bị chiếm, không khởi động được ${what}. / Port ${port} is already in use; cannot start ${what}.`,
      { cause: err },
    );
  }
  return err instanceof Error ? err : new Error(String(err));
}
