/**
 * The world the hostile tests attack: the whole local app (every function app and the dev IdP)
 * on real storage, the real catalog published as a release, one draft of agency X (Sài Gòn), one
 * upload slot and one dossier of citizen A, and tokens for every identity of the matrix.
 */
import type { Hono } from 'hono';
import { createLocalApp } from '../../../../functions/apps/index';
import { createDevIdpApp } from '../../../../functions/identity/dev-idp-app';
import { demoCitizens } from '../../../../functions/local/demo-users';
import { readProcedures } from '../../../../functions/local/read-procedures';
import type { LocalAws } from '../../../support/local-aws';
import { catalogProceduresDir, createTestDeps, type TestPlatform } from '../../../support/test-deps';
import { sampleProcedure } from '../../admin/sample-procedure';
import { call } from '../../submissions/fixtures/http';
import { TRICH_LUC_ID, trichLucProcedure } from '../../submissions/fixtures/trich-luc-procedure';

export const CITIZEN_A = '079190012345'; // Lan: her birth certificate is in her e-data warehouse
export const CITIZEN_B = '079088004321'; // Minh

/** Every identity of the matrix: anonymous, two citizens, each role in agency X and agency Y, the national reader. */
export const identities = [
  'anonymous',
  'citizen A',
  'citizen B',
  'author X',
  'approver X',
  'publisher X',
  'admin X',
  'author Y',
  'approver Y',
  'publisher Y',
  'admin Y',
  'reader N',
] as const;
export type Identity = (typeof identities)[number];

const officerUsernames: Record<string, string> = {
  X: 'saigon', // ubnd-phuong-sai-gon
  Y: 'hoankiem', // ubnd-phuong-hoan-kiem
};
/** The national sync reader (agency N: cuc-kiem-soat-tthc), whose username is not role.place. */
const specialUsernames: Record<string, string> = { 'reader N': 'dongbo.quocgia' };

export interface HostileEnv {
  t: TestPlatform;
  app: Hono;
  tokens: Record<Identity, string | null>;
  /** Known resources: a draft of agency X, a published procedure, citizen A's upload and dossier, a release. */
  known: {
    draftX: string;
    publishedId: string;
    uploadA: string;
    dossierA: string;
    releaseId: string;
  };
  citizenA: { personalId: string; name: string };
  /** What a rejected request must not change: heads, audit trails, dossiers, the current release. */
  fingerprint(): Promise<string>;
  stop(): Promise<void>;
}

export async function createHostileEnv(options: { aws?: LocalAws; env?: Record<string, string> } = {}) {
  const t = await createTestDeps({ aws: options.aws, env: options.env });
  await t.seedCitizens();
  await t.seedCatalog([...readProcedures(catalogProceduresDir), trichLucProcedure()]);
  const app = createLocalApp(t.deps, { extras: [createDevIdpApp(t.idp, demoCitizens)] }) as unknown as Hono;
  const tokens = {} as Record<Identity, string | null>;
  for (const identity of identities) {
    if (identity === 'anonymous') tokens[identity] = null;
    else if (identity === 'citizen A') tokens[identity] = await t.citizenToken(CITIZEN_A);
    else if (identity === 'citizen B') tokens[identity] = await t.citizenToken(CITIZEN_B);
    else {
      const [role, agency] = identity.split(' ') as [string, string];
      tokens[identity] = await t.officerToken(
        specialUsernames[identity] ?? `${role}.${officerUsernames[agency]}`,
      );
    }
  }
  const release = await call(app, 'POST', '/api/publish/releases', { token: tokens['publisher X']! });
  if (release.status !== 201) throw new Error(`publish failed: ${release.status}`);
  const draft = await call(app, 'POST', '/api/admin/procedures', {
    token: tokens['author X']!,
    body: { definition: sampleProcedure({ id: 'hostile-x' }) },
  });
  if (draft.status !== 201) throw new Error(`draft failed: ${draft.status}`);
  const population = (await t.deps.citizens.load(CITIZEN_A))?.attributes?.population as
    | { fullName?: string }
    | undefined;
  const name = population?.fullName ?? '';
  const slot = await call(app, 'POST', '/api/uploads', {
    token: tokens['citizen A']!,
    body: {
      procedureId: TRICH_LUC_ID,
      document: 'giay-chung-sinh',
      contentType: 'application/pdf',
      size: 2048,
    },
  });
  if (slot.status !== 201) throw new Error(`upload slot failed: ${slot.status}`);
  const dossier = await call(app, 'POST', '/api/submissions', {
    token: tokens['citizen A']!,
    headers: { 'idempotency-key': 'hostile-env-dossier-a' },
    body: validSubmission(name),
  });
  if (dossier.status !== 201)
    throw new Error(`dossier failed: ${dossier.status} ${JSON.stringify(dossier.body)}`);

  const env: HostileEnv = {
    t,
    app,
    tokens,
    known: {
      draftX: 'hostile-x',
      publishedId: 'dang-ky-khai-sinh',
      uploadA: slot.body.uploadId,
      dossierA: dossier.body.code,
      releaseId: release.body.release.releaseId,
    },
    citizenA: { personalId: CITIZEN_A, name },
    // Heads carry every change's revision; the audit trail of the draft the fuzz edits most; dossiers; the release.
    fingerprint: async () => {
      const [heads, audit, dossiers, pointer] = await Promise.all([
        t.deps.procedures.listHeads(),
        t.deps.audit.list('procedure:hostile-x'),
        Promise.all(
          [CITIZEN_A, CITIZEN_B].map(
            async (id) => (await t.deps.dossiers.listDossiers(`vneid:${id}`)).length,
          ),
        ),
        t.deps.releases.getCurrentPointer(),
      ]);
      return JSON.stringify({
        heads: heads
          .map((h) => [h.procedureId, h.revision, h.status, h.latestVersion, h.publishedVersion])
          .sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
        audit: audit.length,
        dossiers,
        release: pointer?.releaseId ?? null,
      });
    },
    stop: () => t.stop(),
  };
  return env;
}

/** A valid online dossier of the test procedure for citizen A (no upload needed: her record is on file). */
export function validSubmission(name: string) {
  return {
    procedureId: TRICH_LUC_ID,
    channel: 'online',
    answers: { hoTen: name, soDinhDanh: CITIZEN_A, soBanSao: 2 },
    uploads: [],
  };
}
