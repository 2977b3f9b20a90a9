import { useQuery } from '@tanstack/react-query';
import { keys, referenceApi } from './endpoints';
import { registerApi, registerKeys } from './registers';

/** Reference data changes rarely: cache it for the session. */
const REFERENCE = { staleTime: 30 * 60_000, gcTime: 60 * 60_000 } as const;

export const useIndustries = () => useQuery({ queryKey: keys.industries, queryFn: referenceApi.industries, ...REFERENCE });
export const useRegions = () => useQuery({ queryKey: keys.regions, queryFn: referenceApi.regions, ...REFERENCE });
export const useDepartments = (enabled = true) =>
  useQuery({ queryKey: keys.departments, queryFn: referenceApi.departments, enabled, ...REFERENCE });

/** The guidance the enterprise received (portal); read receipts change it, so it is always refetched. */
export const useMyGuidance = () =>
  useQuery({ queryKey: registerKeys.myGuidance, queryFn: registerApi.myGuidance, staleTime: 0, refetchOnWindowFocus: true });
