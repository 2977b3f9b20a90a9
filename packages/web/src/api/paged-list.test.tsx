import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import type { Page } from './endpoints';
import { type PageQuery, usePagedList } from './paged-list';

type Filter = { q?: string; status?: string };

function setup() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const calls: (Filter & PageQuery)[] = [];
  const fetcher = async (q: Filter & PageQuery): Promise<Page<{ id: string }>> => {
    calls.push(q);
    return { items: [{ id: `${q.q ?? ''}-${q.page}` }], total: 45, page: q.page, pageSize: q.pageSize };
  };
  const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={client}>{children}</QueryClientProvider>;
  const hook = renderHook(() => usePagedList<{ id: string }, Filter>('things', fetcher), { wrapper });
  return { client, calls, hook };
}

describe('[WEB][LIST] a server-paged list with filters', () => {
  it('asks for the first page of 20 with no filter, keyed by name, filters and page', async () => {
    const { client, calls, hook } = setup();
    await waitFor(() => expect(hook.result.current.query.data?.total).toBe(45));
    expect(calls).toEqual([{ page: 1, pageSize: 20 }]);
    expect(client.getQueryData(['things', {}, 1])).toMatchObject({ items: [{ id: '-1' }] });
  });

  it('goes to another page, and back to the first page when a filter changes (keeping the other filters)', async () => {
    const { calls, hook } = setup();
    act(() => hook.result.current.setPage(3));
    await waitFor(() => expect(hook.result.current.query.data?.page).toBe(3));
    act(() => hook.result.current.refine({ status: 'draft' }));
    act(() => hook.result.current.refine({ q: '食品' }));
    await waitFor(() => expect(hook.result.current.query.data?.items[0]?.id).toBe('食品-1'));
    expect(hook.result.current.page).toBe(1);
    expect(hook.result.current.filters).toEqual({ status: 'draft', q: '食品' });
    expect(calls.at(-1)).toEqual({ status: 'draft', q: '食品', page: 1, pageSize: 20 });
  });
});
