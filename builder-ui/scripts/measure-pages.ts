/**
 * JavaScript weight of each citizen page: builds the UI, then from Vite's manifest follows what
 * each page loads — the entry and its static imports for search and procedure pages, plus the
 * lazily loaded apply page and its imports, plus the RE2 engine for a form with a `pattern` — and
 * reports gzip bytes against a baseline measured in the same run: react + react-dom alone, bundled
 * and minified the same way. Exits 1 when the search page exceeds its budget (sizes are
 * deterministic).
 *
 * Exits 1 too when the apply page (with the RE2 engine) exceeds its own budget.
 *
 * Usage: npm run bench:pages [-- --budget-kb 100 --apply-budget-kb 235.4]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build as esbuild } from 'esbuild';
import { build } from 'vite';

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}
type Manifest = Record<string, ManifestChunk>;

const uiDir = fileURLToPath(new URL('..', import.meta.url));
const distDir = join(uiDir, 'dist');
const budgetFlag = process.argv.indexOf('--budget-kb');
const budgetKb = budgetFlag >= 0 ? Number(process.argv[budgetFlag + 1]) : 100;
/**
 * Issue 8: the apply page may not grow by more than 10% over the 214 KB it weighed before the
 * builder became low-code — measured with the RE2 engine, i.e. for a form with a `pattern`.
 */
const applyFlag = process.argv.indexOf('--apply-budget-kb');
const applyBudgetKb = applyFlag >= 0 ? Number(process.argv[applyFlag + 1]) : 214 * 1.1;

const gzipBytes = (code: string | Uint8Array) => gzipSync(code).length;

/** The chunk files a set of manifest keys loads eagerly (themselves and their static imports). */
function eagerFiles(manifest: Manifest, keys: string[]): Set<string> {
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const dep of chunk.imports ?? []) visit(dep);
  };
  for (const key of keys) visit(key);
  return files;
}

function keyOf(manifest: Manifest, srcEnd: string): string {
  const key = Object.keys(manifest).find((k) => k.endsWith(srcEnd));
  if (!key) throw new Error(`No chunk for ${srcEnd} in the Vite manifest`);
  return key;
}

async function reactBaseline(): Promise<number> {
  const result = await esbuild({
    stdin: {
      contents:
        "import { createElement, StrictMode } from 'react'; import { createRoot } from 'react-dom/client';" +
        'createRoot(document.body).render(createElement(StrictMode));',
      resolveDir: uiDir,
      loader: 'js',
    },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  return gzipBytes(result.outputFiles[0]!.contents);
}

async function main() {
  await build({ configFile: join(uiDir, 'vite.config.ts'), logLevel: 'warn' });
  const manifest = JSON.parse(readFileSync(join(distDir, '.vite', 'manifest.json'), 'utf8')) as Manifest;
  const entry = Object.keys(manifest).find((k) => manifest[k]!.isEntry);
  if (!entry) throw new Error('The Vite manifest has no entry');
  const size = (files: Set<string>) =>
    [...files].reduce((sum, f) => sum + gzipBytes(readFileSync(join(distDir, f))), 0);
  const search = eagerFiles(manifest, [entry]);
  const applyKeys = [entry, keyOf(manifest, 'src/portal/apply-page.tsx')];
  const apply = eagerFiles(manifest, applyKeys);
  // Fetched on demand (builder-ui/src/ui/bundle-swaps): RE2 by the apply page of a form with a
  // `pattern` and by every builder page; markdown only when rjsf shows some…
  const re2 = keyOf(manifest, 'src/ui/bundle-swaps/re2-engine.ts');
  const markdown = eagerFiles(manifest, [keyOf(manifest, 'node_modules/markdown-to-jsx/dist/react.js')]);
  for (const file of apply) markdown.delete(file);
  // …and rjsf's fields and widgets no catalog form uses, only when a form names one.
  const rare = eagerFiles(manifest, [keyOf(manifest, 'src/ui/bundle-swaps/rjsf-rare-components.ts')]);
  for (const file of apply) rare.delete(file);
  const applyPatterns = eagerFiles(manifest, [...applyKeys, re2]);
  // The builder (officers): its home, and the procedure editor with the designer and preview.
  const builderHome = eagerFiles(manifest, [entry, keyOf(manifest, 'src/builder/builder-home.tsx'), re2]);
  const editor = eagerFiles(manifest, [entry, keyOf(manifest, 'src/builder/procedure-editor.tsx'), re2]);
  // The editor's live-check worker is a bundle of its own, loaded when the editor opens.
  const worker = new Set(readdirSync(join(distDir, 'assets')).filter((f) => /^check-worker-.*\.js$/.test(f)));
  const workerFiles = new Set([...worker].map((f) => `assets/${f}`));
  const baseline = await reactBaseline();
  const rows = [
    ['react + react-dom (baseline)', baseline, 1],
    ['search #/', size(search), search.size],
    ['procedure #/thu-tuc/:id', size(search), search.size],
    ['apply #/thu-tuc/:id/nop', size(apply), apply.size],
    ['apply, form with a `pattern` (+ RE2 engine)', size(applyPatterns), applyPatterns.size],
    ['(on demand) markdown, when rjsf shows some', size(markdown), markdown.size],
    ["(on demand) rjsf's rare fields and widgets, when a form names one", size(rare), rare.size],
    ['builder home #/builder', size(builderHome), builderHome.size],
    ['builder procedure editor', size(editor), editor.size],
    ['builder live-check worker', size(workerFiles), workerFiles.size],
  ] as const;
  const kb = (n: number) => (n / 1024).toFixed(1);
  console.log('| page | JS gzip KB | chunks | × react + react-dom |');
  console.log('|---|---:|---:|---:|');
  for (const [name, bytes, chunks] of rows)
    console.log(`| ${name} | ${kb(bytes)} | ${chunks} | ${(bytes / baseline).toFixed(2)} |`);
  const searchBytes = rows[1][1];
  if (searchBytes > budgetKb * 1024) {
    console.error(
      `Trang tra cứu vượt ngân sách / search page over budget: ${kb(searchBytes)} KB > ${budgetKb} KB`,
    );
    process.exitCode = 1;
  } else {
    console.log(`Trang tra cứu / search page: ${kb(searchBytes)} KB ≤ ${budgetKb} KB`);
  }
  const applyBytes = size(applyPatterns);
  if (applyBytes > applyBudgetKb * 1024) {
    console.error(
      `Trang nộp hồ sơ vượt ngân sách / apply page over budget: ${kb(applyBytes)} KB > ${applyBudgetKb.toFixed(1)} KB`,
    );
    process.exitCode = 1;
  } else {
    console.log(
      `Trang nộp hồ sơ / apply page (+ RE2): ${kb(applyBytes)} KB ≤ ${applyBudgetKb.toFixed(1)} KB`,
    );
  }
}

await main();
