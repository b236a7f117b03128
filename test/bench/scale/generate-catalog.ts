/**
 * Large valid catalogs for the scale benchmark: N procedures derived from the real ones in
 * catalogs/procedures by deterministic variation (per seed), plus a registry and the policies.
 *
 * Every variation keeps each template's embedded test cases true, so a generated catalog passes
 * `catalog check`: new ids, codes, names and keywords; the agency is a clone of the template's in a
 * new ward (or the same province), so the same provincial fee policies apply; optional extra form
 * fields (sometimes on a page of their own, sometimes with the pages dropped); an optional extra
 * document; shuffled form properties; a subset of the test cases. Fee shapes, conditions, reuse
 * rules and derived facts come from the ten templates, which cover fixed, per-unit, tiered and
 * per-copy fees, exemptions, every reuse mode and paged forms.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

type Json = Record<string, unknown>;

export interface GeneratedCatalog {
  registry: unknown;
  /** Policy files by jurisdiction id (written as policies/<jurisdiction>.json). */
  policies: Record<string, unknown>;
  procedures: Array<{ file: string; definition: Record<string, unknown> }>;
}

const catalogDir = fileURLToPath(new URL('../../../catalogs/', import.meta.url));

function readJson(path: string): Json {
  return JSON.parse(readFileSync(path, 'utf8')) as Json;
}

/** mulberry32: a tiny seeded generator, so a seed always gives the same catalog. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(items: T[], rand: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

const clone = <T>(value: T): T => structuredClone(value);

interface Agency {
  id: string;
  name: { vi: string; en: string };
  jurisdiction: string;
  level: string;
}
interface Jurisdiction {
  id: string;
  name: { vi: string; en: string };
  level: string;
  parent?: string | null;
}

/** Optional extra fields of several kinds; none is required, so the templates' tests stay true. */
const extraFieldKinds: Array<(n: number) => Json> = [
  (n) => ({
    type: 'string',
    title: `Ghi chú bổ sung ${n}`,
    maxLength: 500,
    'x-en': { title: `Extra note ${n}` },
  }),
  (n) => ({
    type: 'integer',
    title: `Số lượng ${n}`,
    minimum: 0,
    maximum: 100,
    'x-en': { title: `Quantity ${n}` },
  }),
  (n) => ({
    type: 'string',
    title: `Hình thức nhận ${n}`,
    enum: ['truc-tiep', 'buu-chinh'],
    'x-enumNames': ['Trực tiếp', 'Bưu chính'],
    'x-en': { title: `How to receive ${n}`, enumNames: ['In person', 'By post'] },
  }),
  (n) => ({ type: 'string', title: `Ngày hẹn ${n}`, format: 'date', 'x-en': { title: `Appointment ${n}` } }),
  (n) => ({ type: 'boolean', title: `Đồng ý nhận tin nhắn ${n}`, 'x-en': { title: `Agree to SMS ${n}` } }),
  (n) => ({
    type: 'object',
    title: `Người liên hệ ${n}`,
    'x-en': { title: `Contact ${n}` },
    properties: {
      hoTen: { type: 'string', title: 'Họ và tên', maxLength: 100 },
      soDienThoai: { type: 'string', title: 'Số điện thoại', format: 'vn-mobile' },
    },
  }),
];

function addExtraFields(definition: Json, rand: () => number): void {
  const count = Math.floor(rand() * 9); // 0–8 extra fields
  if (count === 0) return;
  const form = definition.form as Json;
  const schema = form.schema as Json;
  const properties = schema.properties as Record<string, unknown>;
  const names: string[] = [];
  for (let n = 1; n <= count; n++) {
    const name = `thongTinThem${n}`;
    properties[name] = (extraFieldKinds[Math.floor(rand() * extraFieldKinds.length)] as (n: number) => Json)(
      n,
    );
    names.push(name);
  }
  const ui = (form.uiSchema ?? {}) as Json;
  form.uiSchema = ui;
  const order = ui['ui:order'];
  if (Array.isArray(order)) {
    const star = order.indexOf('*');
    if (star >= 0) order.splice(star, 0, ...names);
    else order.push(...names);
  }
  const pages = ui['ui:pages'];
  if (Array.isArray(pages)) {
    const roll = rand();
    if (roll < 0.4) {
      pages.push({
        id: 'thong-tin-them',
        title: { vi: 'Thông tin thêm', en: 'More information' },
        fields: names,
      });
    } else if (roll < 0.6) {
      delete ui['ui:pages']; // one page
    } // else: fields on no page go on the last page
  }
}

function addOptionalDocument(definition: Json, rand: () => number): void {
  if (rand() < 0.5) return;
  const cases = definition.documentCases as Array<{ documents: Json[] }>;
  const target = cases[Math.floor(rand() * cases.length)];
  target?.documents.push({
    id: 'tai-lieu-bo-sung',
    name: { vi: 'Tài liệu bổ sung (nếu có)', en: 'Supporting document (if any)' },
    originals: 0,
    copies: 1,
    required: false,
    accept: ['application/pdf'],
    maxBytes: 2 * 1024 * 1024,
  });
}

function shuffleProperties(definition: Json, rand: () => number): void {
  const schema = (definition.form as Json).schema as Json;
  const properties = schema.properties as Record<string, unknown>;
  schema.properties = Object.fromEntries(shuffled(Object.entries(properties), rand));
}

function keepSomeTests(definition: Json, rand: () => number): void {
  const tests = definition.tests as unknown[];
  const keep = 1 + Math.floor(rand() * tests.length);
  definition.tests = shuffled(tests, rand).slice(0, keep);
}

export function generateCatalog(count: number, options: { seed?: number } = {}): GeneratedCatalog {
  const rand = random(options.seed ?? 1);
  const registry = readJson(join(catalogDir, 'registry.json'));
  const templates = readdirSync(join(catalogDir, 'procedures'))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => readJson(join(catalogDir, 'procedures', f)));
  const policies: Record<string, unknown> = {};
  for (const f of readdirSync(join(catalogDir, 'policies'))
    .filter((x) => x.endsWith('.json'))
    .sort()) {
    const doc = readJson(join(catalogDir, 'policies', f));
    policies[doc.jurisdiction as string] = doc;
  }
  const agencies = registry.agencies as Agency[];
  const jurisdictions = registry.jurisdictions as Jurisdiction[];
  const baseAgencies = new Map(agencies.map((a) => [a.id, a]));
  const baseJurisdictions = new Map(jurisdictions.map((j) => [j.id, j]));

  /** A clone of an agency: in a new ward under the same province (ward level) or beside it. */
  const agencyClone = (agencyId: string, n: number): string => {
    const base = baseAgencies.get(agencyId) as Agency;
    const id = `${base.id}-${n}`;
    if (baseAgencies.has(id) || agencies.some((a) => a.id === id)) return id;
    let jurisdiction = base.jurisdiction;
    const ward = baseJurisdictions.get(base.jurisdiction);
    if (ward && ward.level === 'xa' && ward.parent) {
      jurisdiction = `${ward.id}-${n}`;
      if (!jurisdictions.some((j) => j.id === jurisdiction)) {
        jurisdictions.push({
          ...ward,
          id: jurisdiction,
          name: { vi: `${ward.name.vi} số ${n}`, en: `${ward.name.en} No. ${n}` },
        });
      }
    }
    agencies.push({
      ...base,
      id,
      jurisdiction,
      name: { vi: `${base.name.vi} số ${n}`, en: `${base.name.en} No. ${n}` },
    });
    return id;
  };

  const procedures: GeneratedCatalog['procedures'] = [];
  // Clones per agency grow with the catalog, as a province has many wards.
  const agencyVariants = Math.max(1, Math.ceil(count / 40));
  for (let i = 0; i < count; i++) {
    const template = templates[i % templates.length] as Json;
    const definition = clone(template);
    const serial = i + 1;
    definition.id = `${template.id as string}-${serial}`;
    const [head] = (template.code as string).split('.');
    definition.code = `${head}.${String(100000 + ((serial * 7919) % 900000)).padStart(6, '0')}`;
    const name = template.name as { vi: string; en: string };
    definition.name = { vi: `${name.vi} (mẫu ${serial})`, en: `${name.en} (variant ${serial})` };
    definition.agency = agencyClone(template.agency as string, 1 + Math.floor(rand() * agencyVariants));
    const keywords = (template.keywords as string[] | undefined) ?? [];
    definition.keywords = [
      ...shuffled(keywords, rand).slice(0, Math.max(1, keywords.length - 1)),
      `mẫu ${serial}`,
    ];
    delete definition.localCode;
    addExtraFields(definition, rand);
    addOptionalDocument(definition, rand);
    shuffleProperties(definition, rand);
    keepSomeTests(definition, rand);
    procedures.push({ file: `${definition.code as string}-${definition.id as string}`, definition });
  }
  return { registry, policies, procedures };
}

/** Writes the committed layout: registry.json, policies/<jurisdiction>.json, procedures/<file>.json. */
export function writeCatalog(dir: string, catalog: GeneratedCatalog): void {
  rmSync(join(dir, 'procedures'), { recursive: true, force: true });
  rmSync(join(dir, 'policies'), { recursive: true, force: true });
  mkdirSync(join(dir, 'procedures'), { recursive: true });
  mkdirSync(join(dir, 'policies'), { recursive: true });
  const text = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  writeFileSync(join(dir, 'registry.json'), text(catalog.registry));
  for (const [jurisdiction, doc] of Object.entries(catalog.policies)) {
    writeFileSync(join(dir, 'policies', `${jurisdiction}.json`), text(doc));
  }
  for (const { file, definition } of catalog.procedures) {
    const name = file.endsWith('.json') ? file : `${file}.json`;
    writeFileSync(join(dir, 'procedures', name), text(definition));
  }
}
