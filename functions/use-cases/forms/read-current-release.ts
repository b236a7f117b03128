/**
 * The portal reads only the current catalog release. Releases and the objects they name are
 * immutable, so what is read is cached for as long as the container lives.
 */
import { AppError } from '../../errors';
import type { AppDeps } from '../../ports/index';
import { fileKey, readManifest } from '../publish/read-release';
import { servedPointer } from './current-pointer';

export class NoReleaseError extends AppError {
  constructor() {
    super(503, 'catalog.no-release', {
      // Said as a wait, not a fault: a first release of a large catalog takes minutes to build.
      vi: 'Danh mục thủ tục chưa được công bố (lần công bố đầu tiên có thể đang chạy); vui lòng thử lại sau ít phút.',
      en: 'The procedure catalog has not been published yet (a first publish may be running); please try again in a few minutes.',
    });
    this.name = 'NoReleaseError';
  }
}

/** Parsed objects kept (a release's procedure pages, its context, its index). */
export const MAX_CACHED = 500;
const cache = new Map<string, unknown>();

/**
 * The release id the pointer names (at most a second old, see current-pointer.ts); 503
 * `catalog.no-release` before the first publish.
 */
export async function currentReleaseId(deps: Pick<AppDeps, 'releases'>): Promise<string> {
  const pointer = await servedPointer(deps.releases);
  if (!pointer) throw new NoReleaseError();
  return pointer.releaseId;
}

/**
 * A JSON object of a release (`index.json`, `procedures/<id>.json`…), or null when absent. The
 * path resolves through the release's manifest (read once: it never changes) to a content-addressed
 * object, so the parsed value is cached by that key and shared by every release holding it.
 */
export async function readReleaseJson(
  deps: AppDeps,
  releaseId: string,
  path: string,
): Promise<unknown | null> {
  const manifest = await readManifest(deps, releaseId);
  const key = manifest ? fileKey(manifest, path) : null;
  if (key === null) return null;
  if (cache.has(key)) {
    // Least recently used goes first: the context and the index, read on every request, stay.
    const hit = cache.get(key);
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const body = await deps.releases.getObject(key);
  if (body === null) return null;
  const parsed: unknown = JSON.parse(body);
  cache.set(key, parsed);
  if (cache.size > MAX_CACHED) {
    const oldest = cache.keys().next().value;
    if (oldest !== undefined) cache.delete(oldest);
  }
  return parsed;
}
