import type { CatalogueImportResult, ViolationItemInput } from '@rouxing/contracts';
import type { Actor } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../../context';
import type { Queryable } from '../../../db/database';
import { AppError, validationError } from '../../../errors';
import { requireCatalogueWrite } from '../../access';
import { catalogueInputs, readCatalogueRows } from '../../import/catalogue-file';
import { insertItemRecorded, itemWrite, recordItemUpdate } from '../../steps/insert-violation-item';
import {
  departmentsOfRegion,
  findViolationItemsByCode,
  updateViolationItemRow,
  type ViolationItemRow,
} from '../../violation-item.repository';

/**
 * A reviewer imports their department's catalogue from .xlsx/.csv: codes that are new are created, codes
 * that exist are updated (own department only); every row good or nothing written (each bad row named).
 */
export async function importCatalogue(
  ctx: AppContext,
  actor: Actor,
  file: Buffer,
  fileName: string,
  meta: RequestMeta,
): Promise<CatalogueImportResult> {
  // Who may import is decided before the file is read: an officer gets 403, not the file's row errors.
  requireCatalogueWrite(actor, actor.departmentId ?? '');
  const rows = await readCatalogueRows(file);
  const departments = await departmentsOfRegion(ctx.db, actor.regionCode);
  const { inputs, rowOfCode, problems } = catalogueInputs(rows, departments, actor.departmentId);
  if (problems.length > 0) {
    throw validationError(problems);
  }
  const existing = await findViolationItemsByCode(
    ctx.db,
    actor.regionCode,
    inputs.map((i) => i.code),
  );
  for (const [code, item] of existing) {
    if (item.departmentId !== actor.departmentId) {
      problems.push({ path: `第${rowOfCode.get(code)}行.违法行为编码`, message: `编码 ${code} 已属于${item.departmentName}，不能覆盖` });
    }
  }
  if (problems.length > 0) {
    throw validationError(problems);
  }
  const now = ctx.now().toISOString();
  return ctx.db.transaction(async (tx) => {
    let created = 0;
    for (const input of inputs) {
      const old = existing.get(input.code);
      if (old) {
        await updateImported(tx, actor, meta, now, { old, input, fileName });
      } else {
        await insertItemRecorded(tx, actor, meta, input, now);
        created++;
      }
    }
    return { created, updated: inputs.length - created };
  });
}

/** Updates an existing item from its row, unless someone changed it since the import read it. */
async function updateImported(
  tx: Queryable,
  actor: Actor,
  meta: RequestMeta,
  now: string,
  { old, input, fileName }: { old: ViolationItemRow; input: ViolationItemInput; fileName: string },
): Promise<void> {
  const version = await updateViolationItemRow(tx, actor.regionCode, old.id, old.version, itemWrite(input), now);
  if (version === null) {
    throw new AppError('CONFLICT.VERSION', `违法行为事项 ${input.code} 在导入期间被他人修改，请重新导入`);
  }
  await recordItemUpdate(tx, actor, meta, now, { id: old.id, code: input.code, version, input, origin: fileName });
}
