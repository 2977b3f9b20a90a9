import type { PublicListQuery } from '@rouxing/contracts';
import { stringify } from 'csv-stringify/sync';
import type { AppContext } from '../../../context';
import { allPublicEntries, PUBLIC_COLUMNS } from '../../public-entry';

/** Every matching published entry as .csv (UTF-8), the same rows as the feed. */
export async function exportPublicEntriesCsv(ctx: AppContext, q: PublicListQuery): Promise<string> {
  const rows = await allPublicEntries(ctx, q);
  // A byte-order mark so that spreadsheet programs read UTF-8; CRLF as RFC 4180 writes rows.
  return stringify([PUBLIC_COLUMNS.map((c) => c.header), ...rows.map((e) => PUBLIC_COLUMNS.map((c) => c.value(e)))], {
    bom: true,
    record_delimiter: 'windows',
  });
}
