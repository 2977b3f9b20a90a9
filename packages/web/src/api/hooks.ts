import { useQuery } from '@tanstack/react-query';
import { keys, referenceApi } from './endpoints';

/** Reference data changes rarely: cache it for the session. */
const REFERENCE = { staleTime: 30 * 60_000, gcTime: 60 * 60_000 } as const;

export const useIndustries = () => useQuery({ queryKey: keys.industries, queryFn: referenceApi.industries, ...REFERENCE });
export const useRegions = () => useQuery({ queryKey: keys.regions, queryFn: referenceApi.regions, ...REFERENCE });
export const useDepartments = (enabled = true) =>
  useQuery({ queryKey: keys.departments, queryFn: referenceApi.departments, enabled, ...REFERENCE });
