/**
 * Crash consistency, proven by doing it: the local server runs as a child process
 * (child-server.ts) against DynamoDB Local and s3rver owned by THIS process, so they outlive it. A
 * bounded burst of workflow actions, catalog publications and dossier submissions (with uploads)
 * runs against it from several workers; at a random moment the child is SIGKILLed mid-request,
 * restarted, and the burst goes on. At the end, unfinished submissions are retried with their own
 * Idempotency-Key, and the stored state is checked item by item:
 * - every head agrees with its versions (latest exists and carries the head's status, the
 *   published one is published, nothing above latest);
 * - every change has its audit entry (each change adds one revision to one version and one
 *   entry: per procedure, the sum of revisions equals the number of entries);
 * - every dossier keeps the hash of the request that filed it, and each of its files is an upload consumed by it
 *   whose kept object exists; no upload is consumed by a dossier that does not exist;
 * - the current release is whole: its manifest, every file with its sha256, every version it
 *   names stored as published or retired, and its audit entry.
 * Used by test/platform/crash-consistency.test.ts (bounded) and test/bench/crash.ts (longer).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { createTables } from '../../../functions/adapters/dynamodb/create-tables';
import { scanAll } from '../../../functions/adapters/dynamodb/paginate';
import { allowBrowserUploads } from '../../../functions/adapters/s3/allow-browser-uploads';
import { createBuckets } from '../../../functions/adapters/s3/create-buckets';
import { buildPlatform, type Platform } from '../../../functions/composition/build-deps';
import { loadConfig } from '../../../functions/config/load-config';
import { createDevIdp, type DevIdp } from '../../../functions/identity/dev-idp';
import { loadOrCreateDevKeys } from '../../../functions/identity/dev-keys';
import { demoCitizenData, demoOfficers } from '../../../functions/local/demo-users';
import { localEnv } from '../../../functions/local/local-env';
import { seedCatalog } from '../../../functions/local/seed-catalog';
import type { Dossier, UploadSlot } from '../../../functions/ports';
import { readManifest } from '../../../functions/use-cases/publish/read-release';
import { releaseKeys } from '../../../functions/use-cases/publish/release-keys';
import { sampleProcedure } from '../../api/admin/sample-procedure';
import { pdfBytes } from '../../api/submissions/fixtures/files';
import { TRICH_LUC_ID, trichLucProcedure } from '../../api/submissions/fixtures/trich-luc-procedure';
import { startLocalAws } from '../local-aws';
import { roomyLimitsEnv } from '../test-deps';

export interface CrashOptions {
  crashes: number;
  /** Procedures taken through the workflow. */
  procedures: number;
  /** Concurrent clients. */
  workers: number;
  /**
   * A crash comes after a random number (1…this) of answered requests in the round, plus a random
   * few milliseconds so it lands in the middle of the requests in flight. Counting answers, not
   * time, keeps the work per round the same on a slow or busy machine.
   */
  maxAnswersPerRound: number;
  log?: (line: string) => void;
}

export interface CrashReport {
  crashes: number;
  /** Requests that got an answer. */
  answered: number;
  /** Requests cut off by a crash. */
  cutOff: number;
  /** Answers with status ≥ 500 (none expected: a crash cuts requests off, it does not answer). */
  serverErrors: string[];
  dossiers: number;
  /** Uploaded files attached to those dossiers (each checked). */
  files: number;
  procedures: number;
  auditEntries: number;
  inconsistencies: string[];
}

const LAN = '079190012345'; // her birth certificate is in the warehouse: no upload needed
const MINH = '079088004321'; // he uploads his

interface PendingSubmission {
  citizen: string;
  key: string;
  body: Record<string, unknown>;
  done: boolean;
  /** The last answer to it (status and problem code), to say why it never completed. */
  last?: string;
}

/** Runs the scenario and checks the stored state; never throws for an inconsistency, it reports it. */
export async function runCrashScenario(options: CrashOptions): Promise<CrashReport> {
  const log = options.log ?? (() => {});
  const aws = await startLocalAws();
  const keysDir = mkdtempSync(join(tmpdir(), 'tthc-crash-'));
  // Roomy rate limits: a burst of one citizen's retries is the point here, and a 429 would leave a
  // submission unfinished for a reason that has nothing to do with consistency.
  const env = { ...localEnv({ aws, prefix: `c${randomBytes(4).toString('hex')}` }), ...roomyLimitsEnv };
  const config = loadConfig(env);
  const keys = await loadOrCreateDevKeys(keysDir);
  let idp: DevIdp | undefined;
  const platform = buildPlatform(config, { verifier: { verify: (token) => idp!.verifier.verify(token) } });
  idp = createDevIdp({ keys, officers: demoOfficers, citizens: platform.citizens });
  let child: ChildProcess | undefined;
  let script: string | undefined;
  try {
    script = await bundleChild();
    await createTables(platform.clients.dynamodb, config.tables);
    await createBuckets(platform.clients.s3, [config.buckets.catalog, config.buckets.uploads]);
    await allowBrowserUploads(platform.clients.s3, config.buckets.uploads, ['*']);
    for (const citizen of demoCitizenData) await platform.citizens.put(citizen);
    await seedCatalog(platform.deps, [trichLucProcedure()]);

    const token = async (who: string) =>
      /^\d+$/.test(who) ? (await idp!.signInCitizen(who)).token : (await idp!.signInOfficer(who)).token;
    const tokens: Record<string, string> = {};
    for (const who of ['author.saigon', 'approver.saigon', 'publisher.saigon', LAN, MINH]) {
      tokens[who] = await token(who);
    }
    const report: CrashReport = {
      crashes: 0,
      answered: 0,
      cutOff: 0,
      serverErrors: [],
      dossiers: 0,
      files: 0,
      procedures: 0,
      auditEntries: 0,
      inconsistencies: [],
    };
    const pending: PendingSubmission[] = [];
    const names: Record<string, string> = {};
    for (const id of [LAN, MINH]) {
      const population = (await platform.citizens.load(id))?.attributes?.population as { fullName?: string };
      names[id] = population.fullName ?? '';
    }
    const ids = Array.from({ length: options.procedures }, (_, i) => `sap-do-${i + 1}`);

    for (let round = 0; round <= options.crashes; round++) {
      const last = round === options.crashes;
      const started = await startChild(script, env, keysDir);
      child = started.child;
      const client = new Client(started.url, tokens, report);
      // Warm the new process (module init, first compile) so the crash lands in real work.
      await fetch(`${started.url}/api/catalog`).catch(() => undefined);
      if (last) {
        // Calm end: finish every submission cut off by a crash, with its own key and body.
        for (const submission of pending.filter((p) => !p.done)) await client.submit(submission);
        // One more dossier with an upload, so the file checks below always have a file to check even
        // when the random burst happened to cut off every upload (a short burst sometimes does).
        await submitAs(client, MINH, pending, names);
        child.kill('SIGTERM');
        await exitOf(child);
        break;
      }
      let stop = false;
      const workers = Array.from({ length: options.workers }, async () => {
        while (!stop) {
          const ok = await randomAction(client, ids, pending, names).catch(() => false);
          if (!ok) return; // the server is gone
        }
      });
      let ended = false;
      const all = Promise.all(workers).then(() => {
        ended = true;
      });
      const target = report.answered + 1 + Math.floor(Math.random() * options.maxAnswersPerRound);
      while (report.answered < target && !ended) await sleep(20);
      await sleep(Math.random() * 30);
      stop = true;
      child.kill('SIGKILL');
      report.crashes++;
      await all;
      await exitOf(child);
      log(`crash ${report.crashes}: ${report.answered} answered, ${report.cutOff} cut off so far`);
    }
    child = undefined;
    await checkState(platform, config.tables.dossiers, report);
    report.inconsistencies.push(
      ...pending
        .filter((p) => !p.done)
        .map(
          (p) => `submission ${p.key} never completed after the crashes (last: ${p.last ?? 'never sent'})`,
        ),
    );
    return report;
  } finally {
    if (child && child.exitCode === null) child.kill('SIGKILL');
    platform.clients.dynamodb.destroy();
    platform.clients.s3.destroy();
    await aws.stop();
    rmSync(keysDir, { recursive: true, force: true });
    if (script) rmSync(script, { force: true });
  }
}

/** One random step; false once the server no longer answers. */
async function randomAction(
  client: Client,
  ids: string[],
  pending: PendingSubmission[],
  names: Record<string, string>,
): Promise<boolean> {
  const dice = Math.random();
  if (dice < 0.55) return client.workflowStep(ids[Math.floor(Math.random() * ids.length)]!);
  if (dice < 0.65) return (await client.send('publisher.saigon', 'POST', '/api/publish/releases')) !== null;
  return submitAs(client, Math.random() < 0.5 ? LAN : MINH, pending, names);
}

/** A valid submission by this citizen (Minh's with an uploaded file); false once the server is gone. */
async function submitAs(
  client: Client,
  citizen: string,
  pending: PendingSubmission[],
  names: Record<string, string>,
): Promise<boolean> {
  const submission: PendingSubmission = {
    citizen,
    key: `crash-${randomBytes(6).toString('hex')}`,
    body: {
      procedureId: TRICH_LUC_ID,
      channel: 'online',
      answers: { hoTen: names[citizen], soDinhDanh: citizen, soBanSao: 1 },
      uploads: [],
    },
    done: false,
  };
  if (citizen === MINH) {
    const upload = await client.upload(MINH);
    if (upload.cutOff) return false;
    if (upload.uploadId === undefined) return true;
    submission.body.uploads = [upload.uploadId];
  }
  pending.push(submission);
  return client.submit(submission);
}

class Client {
  constructor(
    private readonly url: string,
    private readonly tokens: Record<string, string>,
    private readonly report: CrashReport,
  ) {}

  /** The answer, or null when the request was cut off (the server died). */
  async send(
    who: string,
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<{ status: number; body: Record<string, unknown> } | null> {
    try {
      const res = await fetch(`${this.url}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${this.tokens[who]}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...headers,
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await res.text();
      this.report.answered++;
      if (res.status >= 500)
        this.report.serverErrors.push(`${method} ${path} → ${res.status} ${text.slice(0, 200)}`);
      return { status: res.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
    } catch {
      this.report.cutOff++;
      return null;
    }
  }

  /** Reads the procedure and takes its next step, as the officer whose turn it is. */
  async workflowStep(id: string): Promise<boolean> {
    const base = `/api/admin/procedures/${id}`;
    const read = await this.send('author.saigon', 'GET', base);
    if (read === null) return false;
    if (read.status === 404) {
      return (
        (await this.send('author.saigon', 'POST', '/api/admin/procedures', {
          definition: sampleProcedure({ id }),
        })) !== null
      );
    }
    const versions = read.body.versions as { version: number; status: string; revision: number }[];
    const latest = versions[0]!;
    const at = `${base}/versions/${latest.version}`;
    const step = async (who: string, path: string, body?: unknown) =>
      (await this.send(who, 'POST', path, body)) !== null;
    switch (latest.status) {
      case 'draft':
        if (latest.revision < 3) {
          const definition = sampleProcedure({
            id,
            name: { vi: `Tên ${latest.revision}`, en: `Name ${latest.revision}` },
          });
          return (
            (await this.send('author.saigon', 'PUT', at, { definition, revision: latest.revision })) !== null
          );
        }
        return step('author.saigon', `${at}/submit`);
      case 'in-review':
        return step('approver.saigon', `${at}/approve`);
      case 'approved':
        return step('publisher.saigon', `${at}/publish`);
      case 'published':
        return Math.random() < 0.3
          ? step('publisher.saigon', `${base}/retire`, {})
          : step('author.saigon', `${base}/versions`);
      default:
        return step('author.saigon', `${base}/versions`);
    }
  }

  /** A confirmed upload of the birth certificate (none when refused or cut off). */
  async upload(citizen: string): Promise<{ uploadId?: string; cutOff: boolean }> {
    const slot = await this.send(citizen, 'POST', '/api/uploads', {
      procedureId: TRICH_LUC_ID,
      document: 'giay-chung-sinh',
      contentType: 'application/pdf',
      size: 2048,
    });
    if (slot === null) return { cutOff: true };
    if (slot.status !== 201) return { cutOff: false };
    const upload = slot.body.upload as { url: string; method: string; headers?: Record<string, string> };
    const put = await fetch(upload.url, {
      method: upload.method,
      headers: upload.headers,
      body: pdfBytes(2048),
    });
    if (!put.ok) return { cutOff: false };
    const uploadId = slot.body.uploadId as string;
    const confirmed = await this.send(citizen, 'POST', `/api/uploads/${uploadId}/confirm`);
    if (confirmed === null) return { cutOff: true };
    return confirmed.status === 200 ? { uploadId, cutOff: false } : { cutOff: false };
  }

  async submit(submission: PendingSubmission): Promise<boolean> {
    const reply = await this.send(submission.citizen, 'POST', '/api/submissions', submission.body, {
      'idempotency-key': submission.key,
    });
    submission.last = reply === null ? 'no answer' : `${reply.status} ${reply.body?.code ?? ''}`.trim();
    if (reply === null) return false;
    if (reply.status === 200 || reply.status === 201) submission.done = true;
    else if (reply.status < 500 && reply.status !== 429) {
      // Every submission here is valid: a refusal (a retry told "upload already used", say) is a bug.
      submission.done = true;
      this.report.inconsistencies.push(
        `submission ${submission.key} refused: ${reply.status} ${reply.body.code}`,
      );
    }
    return true;
  }
}

/**
 * The child server compiled once into one self-contained file, as the Lambdas are bundled: a
 * restart then costs a plain `node` start, not a TypeScript compile — restarts are most of this
 * test's time.
 */
async function bundleChild(): Promise<string> {
  const root = join(import.meta.dirname, '..', '..', '..');
  const outfile = join(root, '.tmp', `crash-child-${process.pid}.mjs`);
  await build({
    entryPoints: [join(import.meta.dirname, 'child-server.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // CommonJS dependencies inside an ES module bundle still call require().
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
    logLevel: 'silent',
  });
  return outfile;
}

async function startChild(
  script: string,
  env: Record<string, string>,
  keysDir: string,
): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [script], {
    env: { ...process.env, ...env, CRASH_KEYS_DIR: keysDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-2000);
  });
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /READY (\d+)/.exec(out);
      if (match) resolve(Number(match[1]));
    });
    child.once('exit', (code) =>
      reject(new Error(`child server exited (${code}) before it was ready:\n${stderr}`)),
    );
  });
  return { child, url: `http://127.0.0.1:${port}` };
}

function exitOf(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Reads everything back through the stores and lists every broken invariant. */
async function checkState(platform: Platform, dossierTable: string, report: CrashReport): Promise<void> {
  const { procedures, audit, dossiers, releases, files } = platform.deps;
  const problems = report.inconsistencies;
  const heads = await procedures.listHeads();
  report.procedures = heads.length;
  for (const head of heads) {
    const id = head.procedureId;
    const versions = await procedures.listVersions(id);
    const byNumber = new Map(versions.map((v) => [v.version, v]));
    const latest = byNumber.get(head.latestVersion);
    if (!latest) problems.push(`${id}: head names latest version ${head.latestVersion}, which is missing`);
    else if (latest.status !== head.status) {
      problems.push(
        `${id}: head says "${head.status}", latest version ${latest.version} is "${latest.status}"`,
      );
    }
    if (head.publishedVersion !== null && byNumber.get(head.publishedVersion)?.status !== 'published') {
      problems.push(`${id}: head names published version ${head.publishedVersion}, which is not published`);
    }
    for (const v of versions) {
      if (v.version > head.latestVersion)
        problems.push(`${id}: version ${v.version} above latest ${head.latestVersion}`);
    }
    const entries = await audit.list(`procedure:${id}`);
    report.auditEntries += entries.length;
    const changes = versions.reduce((sum, v) => sum + v.revision, 0);
    if (entries.length !== changes) {
      problems.push(`${id}: ${changes} changes (sum of revisions) but ${entries.length} audit entries`);
    }
  }

  const items = await scanAll(platform.clients.dynamodb, { TableName: dossierTable, ConsistentRead: true });
  const dossierItems = items.filter((item) => item.sk?.S === 'DOSSIER');
  const slots = items.filter((item) => item.sk?.S === 'UPLOAD').map((item) => item.uploadId?.S ?? '');
  report.dossiers = dossierItems.length;
  const codes = new Set<string>();
  for (const item of dossierItems) {
    const code = item.code?.S ?? '';
    codes.add(code);
    const dossier = (await dossiers.getDossier(code)) as Dossier;
    // Filed with an idempotency key, the dossier keeps the hash of the request that filed it.
    if (!item.requestHash?.S) problems.push(`dossier ${code}: no request hash`);
    for (const document of dossier.documents as { files?: { uploadId: string; key: string }[] }[]) {
      for (const file of document.files ?? []) {
        report.files++;
        const slot = await dossiers.getUpload(file.uploadId);
        if (slot?.consumedBy !== code) {
          problems.push(
            `dossier ${code}: upload ${file.uploadId} is not marked consumed by it (${slot?.consumedBy})`,
          );
        }
        if (!(await files.head(file.key))) problems.push(`dossier ${code}: file ${file.key} is missing`);
      }
    }
  }
  for (const uploadId of slots) {
    const slot = (await dossiers.getUpload(uploadId)) as UploadSlot;
    if (slot.consumedBy !== undefined && !codes.has(slot.consumedBy)) {
      problems.push(`upload ${uploadId} consumed by missing dossier ${slot.consumedBy}`);
    }
  }

  const pointer = await releases.getCurrentPointer();
  if (pointer) {
    const manifest = await readManifest(platform.deps, pointer.releaseId);
    if (!manifest) problems.push(`current release ${pointer.releaseId} has no manifest`);
    for (const file of manifest?.files ?? []) {
      const body = await releases.getObject(file.key ?? releaseKeys.legacyKey(pointer.releaseId, file.path));
      const digest = body === null ? null : createHash('sha256').update(body).digest('hex');
      if (digest !== file.sha256)
        problems.push(`release ${pointer.releaseId}: ${file.path} missing or altered`);
    }
    for (const entry of manifest?.procedures ?? []) {
      const stored = await procedures.getVersion(entry.id, entry.version);
      if (stored?.status !== 'published' && stored?.status !== 'retired') {
        problems.push(
          `release ${pointer.releaseId}: ${entry.id} v${entry.version} is ${stored?.status ?? 'missing'}`,
        );
      }
    }
    const published = (await audit.list('catalog')).filter((e) => e.detail?.releaseId === pointer.releaseId);
    if (published.length === 0) problems.push(`current release ${pointer.releaseId} has no audit entry`);
  }
}
