import type { MaterialView } from '@rouxing/contracts';
import type { Actor } from '@rouxing/domain';
import type { AppContext } from '../../context';
import type { Queryable } from '../../db/database';
import { newId } from '../../records/ids';
import { insertMaterial } from '../case-material.repository';

export interface MaterialInput {
  caseId: string;
  measureId: string | null;
  item: string;
  source: MaterialView['source'];
  fileSha256?: string | null;
  fileName?: string | null;
  mediaType?: string | null;
  size?: number | null;
  note?: string;
}

/** Files a material in the case file (常政办发〔2025〕5号 第九项: 全过程记录), by the actor, now. */
export async function fileMaterial(tx: Queryable, ctx: AppContext, actor: Actor, m: MaterialInput): Promise<string> {
  const id = newId();
  await insertMaterial(tx, {
    regionCode: actor.regionCode,
    id,
    caseId: m.caseId,
    measureId: m.measureId,
    item: m.item,
    source: m.source,
    fileSha256: m.fileSha256 ?? null,
    fileName: m.fileName ?? null,
    mediaType: m.mediaType ?? null,
    size: m.size ?? null,
    note: m.note ?? '',
    createdBy: actor.userId,
    createdByName: actor.displayName,
    createdAt: ctx.now().toISOString(),
  });
  return id;
}
