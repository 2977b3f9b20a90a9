/** Imports of the violation catalogue and of a no-penalty list from .xlsx/.csv (all rows or none). */
import {
  type NoPenaltyListEntryInput,
  NoPenaltyListEntryInputSchema,
  NoPenaltyListInputSchema,
  type PENALTY_TYPES,
  type ViolationItemInput,
  ViolationItemInputSchema,
} from '@rouxing/contracts';
import type { Actor } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../context';
import { AppError, type FieldError, validationError } from '../../errors';
import ExcelJS from '../../imports/exceljs';
import { recordChange } from '../../records/record-change';
import { fieldsOfZodError } from '../../validation';
import { optionalInt, readRuleFile, rowProblems, yesNo } from '../rule-import';
import { departmentsOfRegion, findViolationItemsByCode, updateViolationItemRow } from '../violation-item.repository';
import { checkedEntries, getNoPenaltyList, insertDraftList } from './no-penalty-lists';
import { insertItemRecorded, itemWrite, requireCatalogueWrite } from './violation-items';

export const CATALOGUE_COLUMNS = [
  '违法行为编码',
  '违法行为名称',
  '部门',
  '领域',
  '法律法规',
  '条',
  '款',
  '项',
  '依据原文',
  '处罚种类',
  '罚款下限',
  '罚款上限',
  '罚则原文',
  '重点事项',
] as const;
const CATALOGUE_REQUIRED = ['违法行为编码', '违法行为名称', '部门', '领域', '法律法规', '依据原文'];

export const PENALTY_TYPE_LABELS: Record<(typeof PENALTY_TYPES)[number], string> = {
  warning: '警告',
  circulated_criticism: '通报批评',
  fine: '罚款',
  confiscation: '没收',
  licence_suspension: '暂扣许可证件',
  other: '其他',
};

const CATALOGUE_PATH_COLUMN: Record<string, string> = {
  code: '违法行为编码',
  name: '违法行为名称',
  departmentId: '部门',
  domain: '领域',
  'legalBasis.law': '法律法规',
  'legalBasis.article': '条',
  'legalBasis.paragraph': '款',
  'legalBasis.item': '项',
  'legalBasis.text': '依据原文',
  penaltyTypes: '处罚种类',
  fineMin: '罚款下限',
  fineMax: '罚款上限',
  normalPenaltyText: '罚则原文',
  key: '重点事项',
};
const columnOf = (map: Record<string, string>) => (path: string) => map[path] ?? map[path.split('.')[0] ?? ''] ?? path;

/** Creates the codes that are new and updates the ones that exist (own department only); all or nothing. */
export async function importCatalogue(ctx: AppContext, actor: Actor, file: Buffer, fileName: string, meta: RequestMeta) {
  const rows = await readRuleFile(file, CATALOGUE_REQUIRED);
  const departments = await departmentsOfRegion(ctx.db, actor.regionCode);
  const labelToType = new Map(Object.entries(PENALTY_TYPE_LABELS).map(([k, v]) => [v, k]));
  const problems: FieldError[] = [];
  const inputs: ViolationItemInput[] = [];
  const seen = new Map<string, number>();
  for (const row of rows) {
    const dept = departments.find((d) => d.name === row.get('部门') || d.code === row.get('部门'));
    const types = row
      .get('处罚种类')
      .split(/[,，、;；\s]+/)
      .filter(Boolean);
    const unknownType = types.find((t) => !labelToType.has(t));
    const key = yesNo(row.get('重点事项'));
    const raw = {
      code: row.get('违法行为编码'),
      name: row.get('违法行为名称'),
      departmentId: dept?.id ?? '',
      domain: row.get('领域'),
      legalBasis: {
        law: row.get('法律法规'),
        article: optionalInt(row.get('条')),
        paragraph: optionalInt(row.get('款')),
        item: optionalInt(row.get('项')),
        text: row.get('依据原文'),
      },
      penaltyTypes: types.map((t) => labelToType.get(t) ?? t),
      fineMin: optionalInt(row.get('罚款下限')),
      fineMax: optionalInt(row.get('罚款上限')),
      normalPenaltyText: row.get('罚则原文'),
      key: key ?? false,
    };
    const rowIssues: FieldError[] = [];
    if (!dept) {
      rowIssues.push({ path: `第${row.rowNo}行.部门`, message: `部门“${row.get('部门')}”不是本地区的部门（填写部门名称或代码）` });
    } else if (dept.id !== actor.departmentId) {
      rowIssues.push({ path: `第${row.rowNo}行.部门`, message: '只能导入本部门的违法行为事项' });
    }
    if (unknownType) {
      rowIssues.push({
        path: `第${row.rowNo}行.处罚种类`,
        message: `处罚种类“${unknownType}”不正确，可填：${Object.values(PENALTY_TYPE_LABELS).join('、')}`,
      });
    }
    if (key === null) {
      rowIssues.push({ path: `第${row.rowNo}行.重点事项`, message: '应填“是”或“否”' });
    }
    const parsed = ViolationItemInputSchema.safeParse(raw);
    if (!parsed.success) {
      rowIssues.push(
        ...rowProblems(row.rowNo, parsed.error.issues, columnOf(CATALOGUE_PATH_COLUMN)).filter((p) => !p.path.endsWith('.部门') || !!dept),
      );
    } else {
      const dup = seen.get(parsed.data.code);
      if (dup !== undefined) {
        rowIssues.push({ path: `第${row.rowNo}行.违法行为编码`, message: `与第${dup}行重复` });
      }
      seen.set(parsed.data.code, row.rowNo);
      inputs.push(parsed.data);
    }
    problems.push(...rowIssues);
  }
  if (problems.length > 0) {
    throw validationError(problems);
  }
  requireCatalogueWrite(actor, actor.departmentId ?? '');
  const existing = await findViolationItemsByCode(
    ctx.db,
    actor.regionCode,
    inputs.map((i) => i.code),
  );
  for (const [code, item] of existing) {
    if (item.departmentId !== actor.departmentId) {
      problems.push({ path: `第${seen.get(code)}行.违法行为编码`, message: `编码 ${code} 已属于${item.departmentName}，不能覆盖` });
    }
  }
  if (problems.length > 0) {
    throw validationError(problems);
  }
  const now = ctx.now().toISOString();
  let created = 0;
  let updated = 0;
  await ctx.db.transaction(async (tx) => {
    for (const input of inputs) {
      const old = existing.get(input.code);
      if (!old) {
        await insertItemRecorded(tx, actor, meta, input, now);
        created++;
        continue;
      }
      const version = await updateViolationItemRow(tx, actor.regionCode, old.id, old.version, itemWrite(input), now);
      if (version === null) {
        throw new AppError('CONFLICT.VERSION', `违法行为事项 ${input.code} 在导入期间被他人修改，请重新导入`);
      }
      await recordChange(tx, actor, meta, now, {
        aggregateType: 'violation_item',
        aggregateId: old.id,
        type: 'violation_item.updated',
        payload: {
          code: input.code,
          version,
          legalBasis: input.legalBasis,
          fineMin: input.fineMin,
          fineMax: input.fineMax,
          origin: fileName,
        },
        auditDetails: { code: input.code, version, origin: fileName },
      });
      updated++;
    }
  });
  return { created, updated };
}

export const LIST_COLUMNS = [
  '序号',
  '违法行为编码',
  '清单事项',
  '类型',
  '初次违法',
  '初次违法范围',
  '危害后果上限',
  '及时改正',
  '改正期限（天）',
  '适用条件原文',
  '法律依据原文',
  '罚则原文',
  '备注',
] as const;
const LIST_REQUIRED = ['序号', '违法行为编码', '清单事项', '类型'];
const HARM_OF: Record<string, string> = { 无: 'none', 无危害后果: 'none', 轻微: 'minor', 一般: 'ordinary', 严重: 'serious' };
const LIST_PATH_COLUMN: Record<string, string> = {
  itemCode: '序号',
  violationCode: '违法行为编码',
  itemText: '清单事项',
  kind: '类型',
  'conditions.firstOffense': '初次违法',
  'conditions.firstOffenseScope': '初次违法范围',
  'conditions.maxHarm': '危害后果上限',
  'conditions.correctedInTime': '及时改正',
  'conditions.correctionDays': '改正期限（天）',
  conditionsText: '适用条件原文',
  legalBasisText: '法律依据原文',
  normalPenaltyText: '罚则原文',
  notes: '备注',
};

/** A new draft list from a file: the list's fields from the form, its entries from the rows. */
export async function importNoPenaltyList(
  ctx: AppContext,
  actor: Actor,
  file: Buffer,
  fileName: string,
  fields: Record<string, string>,
  meta: RequestMeta,
) {
  const head = NoPenaltyListInputSchema.safeParse({ ...fields, effectiveTo: fields.effectiveTo || null, entries: [] });
  if (!head.success) {
    throw validationError(fieldsOfZodError(head.error));
  }
  const { entries: _none, ...listFields } = head.data;
  if (actor.departmentId !== listFields.departmentId) {
    throw new AppError('AUTH.FORBIDDEN', '只能起草本部门的清单', [{ path: 'departmentId', message: '只能选择本部门' }]);
  }
  const rows = await readRuleFile(file, LIST_REQUIRED);
  const problems: FieldError[] = [];
  const entries: NoPenaltyListEntryInput[] = [];
  for (const row of rows) {
    const first = yesNo(row.get('初次违法'));
    const corrected = yesNo(row.get('及时改正'));
    const harm = row.get('危害后果上限');
    const scope = row.get('初次违法范围');
    const raw = {
      itemCode: row.get('序号'),
      violationCode: row.get('违法行为编码'),
      kind: row.get('类型'),
      conditions: {
        firstOffense: first ?? false,
        firstOffenseScope: scope === '' || scope === '本机关' ? 'authority' : scope === '同一事项' ? 'same_item' : scope,
        maxHarm: harm === '' ? null : (HARM_OF[harm] ?? harm),
        correctedInTime: corrected ?? false,
        correctionDays: optionalInt(row.get('改正期限（天）')),
      },
      itemText: row.get('清单事项'),
      conditionsText: row
        .get('适用条件原文')
        .split(/\r?\n|；/)
        .map((s) => s.trim())
        .filter(Boolean),
      legalBasisText: row.get('法律依据原文'),
      normalPenaltyText: row.get('罚则原文'),
      notes: row.get('备注'),
    };
    if (first === null) {
      problems.push({ path: `第${row.rowNo}行.初次违法`, message: '应填“是”或“否”' });
    }
    if (corrected === null) {
      problems.push({ path: `第${row.rowNo}行.及时改正`, message: '应填“是”或“否”' });
    }
    const parsed = NoPenaltyListEntryInputSchema.safeParse(raw);
    if (!parsed.success) {
      problems.push(
        ...rowProblems(row.rowNo, parsed.error.issues, columnOf(LIST_PATH_COLUMN)).map((p) =>
          p.path.endsWith('.危害后果上限')
            ? { ...p, message: '应为无、轻微、一般或严重' }
            : p.path.endsWith('.初次违法范围')
              ? { ...p, message: '应为“本机关”或“同一事项”' }
              : p,
        ),
      );
    } else {
      entries.push(parsed.data);
    }
  }
  if (problems.length > 0) {
    throw validationError(problems);
  }
  let checked: NoPenaltyListEntryInput[];
  try {
    checked = await checkedEntries(ctx.db, actor.regionCode, entries);
  } catch (err) {
    // Name the rows, not the array indices.
    if (err instanceof AppError && err.fields) {
      throw validationError(
        err.fields.map((f) => {
          const [, index, field] = f.path.split('.');
          return { path: `第${rows[Number(index)]?.rowNo ?? '?'}行.${LIST_PATH_COLUMN[field ?? ''] ?? field}`, message: f.message };
        }),
      );
    }
    throw err;
  }
  const now = ctx.now().toISOString();
  const id = await ctx.db.transaction(async (tx) => {
    const created = await insertDraftList(tx, actor, meta, listFields, checked, now, 'import');
    await recordChange(tx, actor, meta, now, {
      aggregateType: 'no_penalty_list',
      aggregateId: created,
      type: 'no_penalty_list.imported',
      payload: { fileName, rows: checked.length },
    });
    return created;
  });
  return getNoPenaltyList(ctx, actor, id);
}

/** An empty import template (.xlsx) with the headers and one example row. */
export async function ruleTemplateXlsx(kind: 'catalogue' | 'list'): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '柔性执法协同平台';
  const ws = wb.addWorksheet(kind === 'catalogue' ? '违法行为目录' : '不予处罚清单');
  const headers = kind === 'catalogue' ? CATALOGUE_COLUMNS : LIST_COLUMNS;
  ws.columns = headers.map((h) => ({ header: h, width: Math.max(10, h.length * 3) }));
  ws.getRow(1).font = { bold: true };
  ws.addRow(
    kind === 'catalogue'
      ? [
          'SC-EX-001',
          '（示例）违法行为名称',
          '常宁市市场监督管理局',
          '食品安全',
          '中华人民共和国食品安全法',
          125,
          2,
          '',
          '《中华人民共和国食品安全法》第一百二十五条第二款',
          '罚款',
          0,
          2000,
          '责令改正；拒不改正的，处二千元以下罚款',
          '否',
        ]
      : [
          '1',
          'SC-EX-001',
          '（示例）清单所列违法行为原文',
          '首违不罚',
          '是',
          '本机关',
          '轻微',
          '是',
          15,
          '初次违法\n危害后果轻微\n及时改正',
          '《……》第……条',
          '……',
          '',
        ],
  );
  return Buffer.from(await wb.xlsx.writeBuffer());
}
