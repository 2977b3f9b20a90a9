/** The published draws of a region (双随机一公开的"一公开"): seed, fingerprint, strata and the entities drawn, the officers by name. */
import type { PublicRandomDraw } from '@rouxing/contracts';
import type { AppContext } from '../../context';
import { findDraw, latestDrawIds } from '../random-draw.repository';

/** The latest draws shown. */
const PUBLISHED = 20;

export async function listPublicDraws(ctx: AppContext, regionCode: string): Promise<PublicRandomDraw[]> {
  const draws: PublicRandomDraw[] = [];
  for (const id of await latestDrawIds(ctx.db, regionCode, PUBLISHED)) {
    const d = await findDraw(ctx.db, regionCode, id);
    draws.push({ ...d, entries: d.entries.map(({ officerIds: _o, ...e }) => e) });
  }
  return draws;
}
