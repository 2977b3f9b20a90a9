import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from '../api/client';
import { keys } from '../api/endpoints';
import { showError } from './feedback';

/** A 401 anywhere means the session ended (idle or absolute expiry, logout elsewhere): back to the login page. */
function onSessionLost(error: unknown, handles401: boolean): boolean {
  if (!handles401 && isApiError(error) && error.status === 401) {
    queryClient.setQueryData(keys.me, null);
    return true;
  }
  return false;
}

export const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({
    onError: (error, query) => {
      if (query.queryKey[0] === keys.me[0]) {
        return;
      }
      if (onSessionLost(error, false)) {
        return;
      }
      // Pages show 404s themselves (a record out of scope looks like one that does not exist).
      if (query.meta?.silent || (isApiError(error) && error.status === 404)) {
        return;
      }
      showError(error);
    },
  }),
  mutationCache: new MutationCache({
    onError: (error, _vars, _ctx, mutation) => {
      onSessionLost(error, !!mutation.meta?.handles401);
    },
  }),
  defaultOptions: {
    queries: {
      retry: (count, error) => !(isApiError(error) && error.status >= 400 && error.status < 500) && count < 2,
      refetchOnWindowFocus: false,
      staleTime: 30_000,
    },
  },
});
