/** What the public may complain about (no login): the published non-key items of the region. */
import type { ComplaintItem } from '@rouxing/contracts';
import type { AppContext } from '../../context';
import { complaintItems } from '../inspection-item.repository';

export function listComplaintItems(ctx: AppContext): Promise<ComplaintItem[]> {
  return complaintItems(ctx.db, ctx.config.regionCode);
}
