import type { PersonLookup, PersonPersonalData } from '@rouxing/contracts';
import { api } from './client';

/** Natural persons as parties (`/persons…`): a look-up by the full 公民身份号码, and the unmasked data (audited). */
export const partyApi = {
  lookup: (idNumber: string) => api<PersonLookup>('/persons/lookup', { method: 'POST', body: { idNumber } }),
  personalData: (id: string) => api<PersonPersonalData>(`/persons/${encodeURIComponent(id)}/personal-data`),
};
