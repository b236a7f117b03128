/** What the policies API answers (functions/apps/admin/catalog-doc-routes.ts). */
import type { ImpactRow } from '../../../../functions/core/policies/index';
import type { CatalogDocHead, CatalogDocVersion } from '../../../../functions/ports/index';

export type { CatalogDocHead, CatalogDocVersion, ImpactRow };

export interface PolicyAnswer {
  head: CatalogDocHead;
  version: CatalogDocVersion;
  impact?: ImpactRow[];
}

/** A fee policy as the editor holds it (the catalog format, catalogs/schema/policy.schema.json). */
export interface PolicyForm {
  id: string;
  jurisdiction: string;
  number: string;
  title: string;
  issuer: string;
  signed: string;
  confirmed: boolean;
  summaryVi: string;
  summaryEn: string;
  effectiveFrom: string;
  effectiveTo: string;
  channels: string[];
  categories: string[];
  effect: 'set-zero' | 'percent-off' | 'fixed-off';
  percent: number;
  amount: number;
  excludeAppraisal: boolean;
  /** Ids of the policies this one replaces (picked from the jurisdiction's policies). */
  supersedes: string[];
  sources: string;
}

export const emptyPolicy: PolicyForm = {
  id: '',
  jurisdiction: '',
  number: '',
  title: '',
  issuer: '',
  signed: '',
  confirmed: true,
  summaryVi: '',
  summaryEn: '',
  effectiveFrom: '',
  effectiveTo: '',
  channels: ['online'],
  categories: [],
  effect: 'set-zero',
  percent: 50,
  amount: 10000,
  excludeAppraisal: false,
  supersedes: [],
  sources: '',
};

const list = (text: string, sep: RegExp) =>
  text
    .split(sep)
    .map((s) => s.trim())
    .filter(Boolean);

/** The policy body the API stores, with keys in the committed files' order. */
export function toPolicyBody(f: PolicyForm): Record<string, unknown> {
  const supersedes = f.supersedes.filter(Boolean);
  const sources = list(f.sources, /\n/);
  return {
    id: f.id,
    resolution: {
      number: f.number,
      ...(f.signed ? { date: f.signed } : {}),
      ...(f.issuer ? { issuer: f.issuer } : {}),
      ...(f.title ? { title: f.title } : {}),
      confirmed: f.confirmed,
    },
    summary: { vi: f.summaryVi, en: f.summaryEn || f.summaryVi },
    effectiveFrom: f.effectiveFrom,
    effectiveTo: f.effectiveTo || null,
    channels: f.channels,
    covers: { categories: f.categories },
    ...(f.excludeAppraisal ? { exclusions: { appraisal: true } } : {}),
    effect:
      f.effect === 'set-zero'
        ? { type: 'set-zero' }
        : f.effect === 'percent-off'
          ? { type: 'percent-off', percent: f.percent }
          : { type: 'fixed-off', amount: f.amount },
    ...(supersedes.length ? { supersedes } : {}),
    ...(sources.length ? { sources } : {}),
  };
}

/** The editor's state for a stored policy. */
export function fromPolicyBody(jurisdiction: string, b: Record<string, unknown>): PolicyForm {
  const r = (b.resolution ?? {}) as Record<string, unknown>;
  const s = (b.summary ?? {}) as Record<string, string>;
  const covers = (b.covers ?? {}) as { categories?: string[] };
  const effect = (b.effect ?? { type: 'set-zero' }) as {
    type: PolicyForm['effect'];
    percent?: number;
    amount?: number;
  };
  return {
    ...emptyPolicy,
    id: String(b.id ?? ''),
    jurisdiction,
    number: String(r.number ?? ''),
    title: String(r.title ?? ''),
    issuer: String(r.issuer ?? ''),
    signed: String(r.date ?? ''),
    confirmed: r.confirmed !== false,
    summaryVi: s.vi ?? '',
    summaryEn: s.en ?? '',
    effectiveFrom: String(b.effectiveFrom ?? ''),
    effectiveTo: typeof b.effectiveTo === 'string' ? b.effectiveTo : '',
    channels: (b.channels as string[]) ?? [],
    categories: covers.categories ?? [],
    effect: effect.type,
    percent: effect.percent ?? 50,
    amount: effect.amount ?? 10000,
    excludeAppraisal: (b.exclusions as { appraisal?: boolean } | undefined)?.appraisal === true,
    supersedes: [...((b.supersedes as string[]) ?? [])],
    sources: ((b.sources as string[]) ?? []).join('\n'),
  };
}
