/** Writing catalogue items with their events: shared by the form (create, update) and the import. */
import type { ViolationItemInput } from '@rouxing/contracts';
import type { Actor } from '@rouxing/domain';
import type { RequestMeta } from '../../context';
import type { Queryable } from '../../db/database';
import { AppError } from '../../errors';
import { newId } from '../../records/ids';
import { recordChange } from '../../records/record-change';
import { insertViolationItem, type ViolationItemWrite } from '../violation-item.repository';

/** The stored fields of an item, from a validated input (the code is fixed once created). */
export function itemWrite(input: Omit<ViolationItemInput, 'code'> & { code?: string }): Omit<ViolationItemWrite, 'code'> {
  return {
    name: input.name,
    departmentId: input.departmentId,
    domain: input.domain,
    legalBasis: input.legalBasis,
    penaltyBasis: input.penaltyBasis,
    penaltyTypes: input.penaltyTypes,
    fineMin: input.fineMin,
    fineMax: input.fineMax,
    normalPenaltyText: input.normalPenaltyText,
    key: input.key,
    noFaultRule: input.noFaultRule,
    noFaultBasis: input.noFaultBasis,
    limitationMonths: input.limitationMonths,
    limitationBasis: input.limitationBasis,
  };
}

/** Inserts one validated item with its event; 409 `CONFLICT.DUPLICATE` when the code exists in the region. */
export async function insertItemRecorded(
  tx: Queryable,
  actor: Actor,
  meta: RequestMeta,
  input: ViolationItemInput,
  now: string,
): Promise<string> {
  const id = newId();
  if (!(await insertViolationItem(tx, actor.regionCode, id, { code: input.code, ...itemWrite(input) }, now))) {
    throw new AppError('CONFLICT.DUPLICATE', `违法行为编码 ${input.code} 已存在`, [{ path: 'code', message: '该编码已存在' }]);
  }
  await recordChange(tx, actor, meta, now, {
    aggregateType: 'violation_item',
    aggregateId: id,
    type: 'violation_item.created',
    payload: { code: input.code, name: input.name, legalBasis: input.legalBasis, fineMin: input.fineMin, fineMax: input.fineMax },
    auditDetails: { code: input.code },
  });
  return id;
}

/** The event of an item's change (`origin`: the file it was imported from). */
export async function recordItemUpdate(
  tx: Queryable,
  actor: Actor,
  meta: RequestMeta,
  now: string,
  change: {
    id: string;
    code: string;
    version: number;
    input: Pick<ViolationItemInput, 'legalBasis' | 'fineMin' | 'fineMax'>;
    origin?: string;
  },
): Promise<void> {
  const { id, code, version, input, origin } = change;
  const from = origin === undefined ? {} : { origin };
  await recordChange(tx, actor, meta, now, {
    aggregateType: 'violation_item',
    aggregateId: id,
    type: 'violation_item.updated',
    payload: { code, version, legalBasis: input.legalBasis, fineMin: input.fineMin, fineMax: input.fineMax, ...from },
    auditDetails: { code, version, ...from },
  });
}
