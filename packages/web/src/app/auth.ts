import type { Me } from '@rouxing/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { isApiError } from '../api/client';
import { authApi, keys } from '../api/endpoints';

/** The signed-in user, or null when there is no session (401). */
export function useMe() {
  return useQuery<Me | null>({
    queryKey: keys.me,
    queryFn: async () => {
      try {
        return await authApi.me();
      } catch (e) {
        if (isApiError(e) && e.status === 401) {
          return null;
        }
        throw e;
      }
    },
    staleTime: 5 * 60_000,
    meta: { silent: true },
  });
}

/** The signed-in user inside the console (the guard has already ensured there is one). */
export function useCurrentUser(): Me {
  const { data } = useMe();
  if (!data) {
    throw new Error('useCurrentUser outside an authenticated route');
  }
  return data;
}

export function useLogout() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: authApi.logout,
    meta: { handles401: true },
    onSettled: () => {
      qc.clear();
      qc.setQueryData(keys.me, null);
    },
  });
}
