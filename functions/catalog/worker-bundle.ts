/**
 * The check worker as one prebuilt JavaScript file, for runs from TypeScript sources (tsx, vitest).
 * Loading the worker's ~160 modules through tsx cost each worker about a second of CPU (a loader
 * thread of its own, every module transformed and source-mapped, and Ajv's generated code scanned
 * for source maps on every compile); a worker started from one bundle is ready in a few ms.
 *
 * The bundle is cached in the system's temporary folder with the size and modification time of
 * every file it was built from, and rebuilt (esbuild, ~0.3 s) only when one of them changed.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

interface Manifest {
  inputs: { path: string; size: number; mtimeMs: number }[];
}

const fresh = (manifest: Manifest) =>
  manifest.inputs.every((input) => {
    try {
      const s = statSync(input.path);
      return s.size === input.size && s.mtimeMs === input.mtimeMs;
    } catch {
      return false;
    }
  });

/** A file: URL of the bundled `entry` (a .ts file: URL), built now if the cached one is stale. */
export async function workerBundle(entry: URL): Promise<URL> {
  const source = fileURLToPath(entry);
  const dir = join(
    tmpdir(),
    `tthc-check-worker-${createHash('sha256').update(source).digest('hex').slice(0, 16)}`,
  );
  const bundle = join(dir, 'worker.mjs');
  const manifestPath = join(dir, 'inputs.json');
  try {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
    statSync(bundle);
    if (fresh(manifest)) return pathToFileURL(bundle);
  } catch {
    // No usable cache: build it.
  }
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    entryPoints: [source],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // jsonc-parser's "main" is a UMD wrapper that esbuild cannot follow; its ES build bundles cleanly.
    mainFields: ['module', 'main'],
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.text;
  const inputs = Object.keys(result.metafile.inputs).map((p) => {
    const path = resolve(p);
    const s = statSync(path);
    return { path, size: s.size, mtimeMs: s.mtimeMs };
  });
  mkdirSync(dir, { recursive: true });
  // Written aside then renamed: another check starting at the same time reads a whole file or none.
  const unique = `${process.pid}-${Date.now()}`;
  writeFileSync(`${bundle}.${unique}`, code);
  renameSync(`${bundle}.${unique}`, bundle);
  writeFileSync(`${manifestPath}.${unique}`, JSON.stringify({ inputs } satisfies Manifest));
  renameSync(`${manifestPath}.${unique}`, manifestPath);
  return pathToFileURL(bundle);
}
