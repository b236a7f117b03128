/**
 * The search results one page at a time: page 1 whenever the query changes, then each "Xem thêm"
 * appends the next page. The API ranks and pages (GET /api/catalog?page=&pageSize=), so the portal
 * never downloads the whole catalog. Answers for a query that is no longer current are dropped.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../api/client';
import type { CatalogEntry, CatalogResult } from './catalog-entry';

export const PAGE_SIZE = 20;

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
    setState((s) => ({ ...s, loading: true, loadingMore: false, error: undefined }));
    fetchPage(1).then(
      (result) =>
        current.current === query &&
        setState({ items: result.items, total: result.total, page: 1, loading: false, loadingMore: false }),
      (error: unknown) =>
        current.current === query &&
        setState((s) => ({ ...s, loading: false, error, items: [], total: undefined })),
    );
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
