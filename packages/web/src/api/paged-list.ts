import { keepPreviousData, type UseQueryResult, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { Page } from './endpoints';

export type PageQuery = { page: number; pageSize: number };

/** What a paged table needs of a list: the query of the current page and the paging. */
export type Paging<T> = {
  query: UseQueryResult<Page<T>>;
  page: number;
  pageSize: number;
  setPage: (page: number) => void;
};

/** A server-paged list with its filters; `refine` narrows it and goes back to the first page. */
export type PagedList<T, F extends object> = Paging<T> & {
  filters: F;
  refine: (patch: Partial<F>) => void;
};

/**
 * A list the server pages: filters and page in component state, the query keyed `[queryKey, filters, page]`
 * (invalidate `[queryKey]` after a change), the previous page kept on screen while the next one loads.
 */
export function usePagedList<T, F extends object>(
  queryKey: string,
  fetcher: (q: F & PageQuery) => Promise<Page<T>>,
  initialFilters: F = {} as F,
  pageSize = 20,
): PagedList<T, F> {
  const [filters, setFilters] = useState<F>(initialFilters);
  const [page, setPage] = useState(1);
  const query = useQuery({
    queryKey: [queryKey, filters, page],
    queryFn: () => fetcher({ ...filters, page, pageSize }),
    placeholderData: keepPreviousData,
  });
  const refine = (patch: Partial<F>) => {
    setFilters((f) => ({ ...f, ...patch }));
    setPage(1);
  };
  return { query, page, pageSize, setPage, filters, refine };
}
