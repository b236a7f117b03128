/**
 * The registry as published in the running system, for the editors that pick from it (the policy
 * editor's fee categories and jurisdictions): a fee category or administrative unit published in
 * #/builder/danh-muc is pickable at once, without a redeploy. The bundled copy of catalogs/ serves
 * until the answer arrives, or if the registry has never been published through the builder.
 */
import { api } from '../../api/client';
import { registry as bundled } from '../../catalog-context';
import { useAsync } from '../../ui/use-async';

type Registry = typeof bundled;

export function usePublishedRegistry(token: string | null): Registry {
  const loaded = useAsync(async () => {
    if (!token) return null;
    const { head } = await api<{ head: { publishedVersion?: number | null } }>(
      '/api/admin/registry/registry',
      { token },
    );
    if (!head.publishedVersion) return null;
    const answer = await api<{ version: { body: Registry } }>(
      `/api/admin/registry/registry/versions/${head.publishedVersion}`,
      { token },
    );
    return answer.version.body;
  }, [token]);
  return loaded.data ?? bundled;
}
