import type { DeliveryMethod } from '@rouxing/contracts';
import type { Queryable } from '../../db/database';
import { refused } from '../../errors';
import type { CaseRow } from '../case.repository';
import { electronicConsentOf } from '../delivery.repository';

/** 电子送达 only with the party's recorded consent (cf. 行政处罚法 第六十一条第二款: 当事人同意并签订确认书的). */
export async function checkElectronic(tx: Queryable, row: CaseRow, method: DeliveryMethod | null, path: string): Promise<void> {
  if (method === 'electronic' && !(await electronicConsentOf(tx, row.regionCode, row.entityId))) {
    throw refused('CASE.CONSENT_REQUIRED', '电子送达须经当事人同意并签订确认书：当事人尚未在企业端签署电子送达确认书', path);
  }
}
