/**
 * A procedure's references to the registry from its channels, fees, documents and prefill, and
 * between its own parts, and the uniqueness of its ids (field/level/agency: check-registry-refs.ts).
 */
import type { Procedure } from '../types';
import { pointer } from './pointer';
import { type problemsFor, q } from './problem';
import { duplicates, type RegistryIndex } from './registry-index';

type Report = ReturnType<typeof problemsFor>;

export function checkProcedureReferences(p: Procedure, index: RegistryIndex, report: Report): void {
  const { error } = report;
  for (const dup of duplicates(p.channels.map((c) => c.channel))) {
    error('channel.duplicate', pointer('channels', dup.index, 'channel'), {
      vi: `Cách thức ${q.vi(dup.id)} được khai báo hai lần`,
      en: `Channel ${q.en(dup.id)} is declared twice`,
    });
  }
  checkFees(p, index, report);
  checkDocuments(p, index, report);
  (p.form.prefill ?? []).forEach((f, i) => {
    const source = index.sources.get(f.source);
    if (!source) unknownSource(error, pointer('form', 'prefill', i, 'source'), f.source);
    else if (!source.attributes.has(f.attribute)) {
      error('prefill.attribute.unknown', pointer('form', 'prefill', i, 'attribute'), {
        vi: `Nguồn ${q.vi(f.source)} không có thuộc tính ${q.vi(f.attribute)} trong registry.json`,
        en: `Source ${q.en(f.source)} has no attribute ${q.en(f.attribute)} in registry.json`,
      });
    }
  });
}

function checkFees(p: Procedure, index: RegistryIndex, { error, warning }: Report) {
  const lineIds = new Set(p.fees.map((f) => f.id));
  for (const dup of duplicates(p.fees.map((f) => f.id))) {
    error('fee.id.duplicate', pointer('fees', dup.index, 'id'), {
      vi: `Mã dòng phí ${q.vi(dup.id)} bị trùng`,
      en: `Fee line id ${q.en(dup.id)} appears twice`,
    });
  }
  const charged = new Set<string>();
  p.channels.forEach((c, ci) => {
    c.fees.forEach((id, k) => {
      charged.add(id);
      if (!lineIds.has(id)) {
        error('channel.fee.unknown', pointer('channels', ci, 'fees', k), {
          vi: `Dòng phí ${q.vi(id)} không có trong fees của thủ tục`,
          en: `Fee line ${q.en(id)} is not in the procedure's fees`,
        });
      }
    });
  });
  const exemptionIds: string[] = [];
  p.fees.forEach((f, i) => {
    if (!index.feeCategories.has(f.category)) {
      error('fee.category.unknown', pointer('fees', i, 'category'), {
        vi: `Danh mục phí ${q.vi(f.category)} không có trong registry.json`,
        en: `Fee category ${q.en(f.category)} is not in registry.json`,
      });
    }
    if (!charged.has(f.id)) {
      warning('fee.unused', pointer('fees', i, 'id'), {
        vi: `Dòng phí ${q.vi(f.id)} không được cách thức nào thu (channels[].fees)`,
        en: `Fee line ${q.en(f.id)} is not charged on any channel (channels[].fees)`,
      });
    }
    if (f.amount.type === 'tiered') {
      const tiers = f.amount.tiers;
      tiers.forEach((t, k) => {
        const prev = k > 0 ? tiers[k - 1]!.upTo : 0;
        const last = k === tiers.length - 1;
        if ((t.upTo === null && !last) || (t.upTo !== null && (prev === null || t.upTo <= prev))) {
          error('fee.tiers.order', pointer('fees', i, 'amount', 'tiers', k, 'upTo'), {
            vi: 'Các bậc phải tăng dần theo upTo; chỉ bậc cuối được để upTo = null',
            en: 'Tiers must increase by upTo; only the last tier may have upTo = null',
          });
        }
      });
    }
    for (const e of f.exemptions ?? []) exemptionIds.push(e.id);
  });
  let n = 0;
  p.fees.forEach((f, i) => {
    (f.exemptions ?? []).forEach((e, k) => {
      if (exemptionIds.indexOf(e.id) !== n++) {
        error('exemption.id.duplicate', pointer('fees', i, 'exemptions', k, 'id'), {
          vi: `Mã miễn giảm ${q.vi(e.id)} bị trùng`,
          en: `Exemption id ${q.en(e.id)} appears twice`,
        });
      }
    });
  });
}

function checkDocuments(p: Procedure, index: RegistryIndex, { error }: Report) {
  for (const dup of duplicates(p.documentCases.map((c) => c.id))) {
    error('case.id.duplicate', pointer('documentCases', dup.index, 'id'), {
      vi: `Mã trường hợp ${q.vi(dup.id)} bị trùng`,
      en: `Document case id ${q.en(dup.id)} appears twice`,
    });
  }
  const seen = new Set<string>();
  p.documentCases.forEach((c, ci) => {
    c.documents.forEach((d, di) => {
      if (seen.has(d.id)) {
        error('document.id.duplicate', pointer('documentCases', ci, 'documents', di, 'id'), {
          vi: `Mã giấy tờ ${q.vi(d.id)} bị trùng (mã giấy tờ phải duy nhất trong cả thủ tục)`,
          en: `Document id ${q.en(d.id)} appears twice (document ids are unique across the procedure)`,
        });
      }
      seen.add(d.id);
      (d.reuse ?? []).forEach((r, ri) => {
        const at = pointer('documentCases', ci, 'documents', di, 'reuse', ri);
        const source = index.sources.get(r.source);
        if (!source) unknownSource(error, `${at}/source`, r.source);
        else if (!source.records.has(r.record)) {
          error('reuse.record.unknown', `${at}/record`, {
            vi: `Nguồn ${q.vi(r.source)} không có loại hồ sơ ${q.vi(r.record)} trong registry.json`,
            en: `Source ${q.en(r.source)} has no record type ${q.en(r.record)} in registry.json`,
          });
        }
      });
    });
  });
}

function unknownSource(error: Report['error'], at: string, source: string) {
  error('source.unknown', at, {
    vi: `Nguồn dữ liệu ${q.vi(source)} không có trong registry.json`,
    en: `Data source ${q.en(source)} is not in registry.json`,
  });
}
