import type { HolidayArrangement, HolidayArrangementInput } from '@rouxing/contracts';
import { api } from './client';

export type { HolidayArrangement, HolidayArrangementInput };

export const calendarKeys = { arrangements: ['holiday-arrangements'] as const };

/** The working-day calendar: the State Council's arrangements by year (docs/contracts/workdays-api.md). */
export const calendarApi = {
  arrangements: () => api<HolidayArrangement[]>('/holiday-arrangements'),
  save: (year: number, body: HolidayArrangementInput) => api<HolidayArrangement>(`/holiday-arrangements/${year}`, { method: 'PUT', body }),
};
