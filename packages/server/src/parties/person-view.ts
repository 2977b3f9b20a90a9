import type { PersonView } from '@rouxing/contracts';
import type { PersonRow } from './person.repository';

/** A person as the API shows them: the number and phone masked (SECURITY.md "Data"). */
export function toPersonView(p: PersonRow): PersonView {
  return { id: p.id, name: p.name, idNumber: p.idNumberMasked, phone: p.phoneMasked, address: p.address };
}
