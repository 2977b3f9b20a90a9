import { PassThrough, type Readable } from 'node:stream';
import type { EntityListQuery } from '@rouxing/contracts';
import { type Actor, can } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../context';
import { forbidden } from '../../errors';
import ExcelJS from '../../imports/exceljs';
import { appendAudit } from '../../records/audit.repository';
import { scanEntities } from '../entity.repository';
import { toEntityDto } from '../entity-dto';
import { entityFilterOf } from './list-entities';

const ENTITY_TYPE_LABEL = { enterprise: '企业', individual_business: '个体工商户', organization: '其他组织' } as const;

/**
 * The filtered registry as .xlsx, streamed (personal data masked). The export is audited with its
 * filter before the first byte leaves.
 */
export async function exportEntities(
  ctx: AppContext,
  actor: Actor,
  q: Omit<EntityListQuery, 'page' | 'pageSize'>,
  meta: RequestMeta,
): Promise<{ fileName: string; stream: Readable }> {
  if (!can(actor, 'entity.export')) {
    throw forbidden('无权导出市场主体名录');
  }
  const filter = entityFilterOf(actor, q);
  await appendAudit(ctx.db, {
    regionCode: actor.regionCode,
    actor: { id: actor.userId, name: actor.displayName },
    action: 'entity.export',
    objectType: 'entity',
    result: 'success',
    sourceIp: meta.sourceIp,
    details: { filter: q },
    occurredAt: ctx.now().toISOString(),
  });
  const out = new PassThrough();
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false });
  const ws = wb.addWorksheet('市场主体名录');
  ws.columns = [
    { header: '统一社会信用代码', key: 'uscc', width: 22 },
    { header: '名称', key: 'name', width: 36 },
    { header: '主体类型', key: 'entityType', width: 12 },
    { header: '法定代表人', key: 'legalRepresentative', width: 12 },
    { header: '法定代表人身份证号', key: 'legalRepresentativeIdNo', width: 22 },
    { header: '联系电话', key: 'contactPhone', width: 16 },
    { header: '行业代码', key: 'industryCode', width: 10 },
    { header: '行业', key: 'industryName', width: 24 },
    { header: '住所', key: 'address', width: 40 },
    { header: '行政区划', key: 'regionName', width: 12 },
    { header: '成立日期', key: 'establishedOn', width: 12 },
    { header: '信用等级', key: 'creditGrade', width: 10 },
    { header: '白名单', key: 'whitelisted', width: 8 },
    { header: '观察期', key: 'inObservationPeriod', width: 8 },
    { header: '新业态', key: 'newBusinessForm', width: 8 },
  ];
  ws.getRow(1).font = { bold: true };
  const yes = (b: boolean) => (b ? '是' : '否');
  (async () => {
    if (filter) {
      for await (const page of scanEntities(ctx.db, filter)) {
        for (const row of page) {
          const e = toEntityDto(row, ctx.fieldCrypto);
          ws.addRow({
            ...e,
            entityType: ENTITY_TYPE_LABEL[e.entityType],
            whitelisted: yes(e.whitelisted),
            inObservationPeriod: yes(e.inObservationPeriod),
            newBusinessForm: yes(e.newBusinessForm),
          }).commit();
        }
      }
    }
    ws.commit();
    await wb.commit();
  })().catch((err) => out.destroy(err as Error));
  return { fileName: `市场主体名录-${ctx.now().toISOString().slice(0, 10)}.xlsx`, stream: out };
}
