/**
 * The search results one page at a time: page 1 whenever the query changes, then each "Xem thêm"
 * appends the next page. The API ranks and pages (GET /api/catalog?page=&pageSize=), so the portal
 * never downloads the whole catalog. Answers for a query that is no longer current are dropped.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, api } from '../api/client';
import type { CatalogEntry, CatalogResult } from './catalog-entry';

export const PAGE_SIZE = 20;
/** How often the search looks again while the catalog has no release yet. */
const RETRY_UNPUBLISHED_MS = 10_000;

/** The API's answer before the first release (503 `catalog.no-release`): a wait, not a fault. */
export function catalogNotPublished(error: unknown): error is ApiError {
  return error instanceof ApiError && error.code === 'catalog.no-release';
}

export interface CatalogPages {
  items: CatalogEntry[];
  total: number | undefined;
  /** The first page of a new query is loading. */
  loading: boolean;
  /** A further page is loading. */
  loadingMore: boolean;
  error: unknown;
  hasMore: boolean;
  loadMore(): void;
}

/** `query` is the URL query string of the filters (without page parameters). */
export function useCatalogPages(query: string): CatalogPages {
  const [state, setState] = useState<{
    items: CatalogEntry[];
    total?: number;
    page: number;
    loading: boolean;
    loadingMore: boolean;
    error?: unknown;
  }>({ items: [], page: 0, loading: true, loadingMore: false });
  const current = useRef(query);

  const fetchPage = useCallback(
    (page: number) =>
      api<CatalogResult>(`/api/catalog?${query}${query ? '&' : ''}page=${page}&pageSize=${PAGE_SIZE}`),
    [query],
  );

  useEffect(() => {
    current.current = query;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const load = () =>
      fetchPage(1).then(
        (result) =>
          current.current === query &&
          setState({ items: result.items, total: result.total, page: 1, loading: false, loadingMore: false }),
        (error: unknown) => {
          if (current.current !== query) return;
          setState((s) => ({ ...s, loading: false, error, items: [], total: undefined }));
          // The first release of a large catalog is still being built: look again shortly.
          if (catalogNotPublished(error)) retry = setTimeout(load, RETRY_UNPUBLISHED_MS);
        },
      );
    setState((s) => ({ ...s, loading: true, loadingMore: false, error: undefined }));
    load();
    return () => clearTimeout(retry);
  }, [query, fetchPage]);

  const loadMore = () => {
    if (state.loadingMore) return;
    const next = state.page + 1;
    setState((s) => ({ ...s, loadingMore: true, error: undefined }));
    fetchPage(next).then(
      (result) =>
        current.current === query &&
        setState((s) => {
          // a page boundary may shift if a release is published meanwhile: never list one twice
          const shown = new Set(s.items.map((e) => e.id));
          return {
            ...s,
            items: [...s.items, ...result.items.filter((e) => !shown.has(e.id))],
            total: result.total,
            page: next,
            loadingMore: false,
          };
        }),
      (error: unknown) => current.current === query && setState((s) => ({ ...s, loadingMore: false, error })),
    );
  };

  return {
    items: state.items,
    total: state.total,
    loading: state.loading,
    loadingMore: state.loadingMore,
    error: state.error,
    hasMore: state.total !== undefined && state.items.length < state.total,
    loadMore,
  };
}
