/**
 * The catalogue file (违法行为目录, .xlsx or .csv): one item per row under Chinese headers; the department
 * by name or code; the penalty types by their Chinese names. Every problem is named `第N行.列名`.
 */
import { type PENALTY_TYPES, type ViolationItemInput, ViolationItemInputSchema } from '@rouxing/contracts';
import type { FieldError } from '../../errors';
import { columnOf, optionalInt, readRuleFile, rowProblems, type TableRow, yesNo } from './rule-file';

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
const TYPE_OF_LABEL = new Map(Object.entries(PENALTY_TYPE_LABELS).map(([k, v]) => [v, k]));

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

type Department = { id: string; code: string; name: string };

/** The rows of a catalogue file (the required headers checked). */
export const readCatalogueRows = (file: Buffer): Promise<TableRow[]> => readRuleFile(file, CATALOGUE_REQUIRED);

/** One row as the item it describes (not yet validated) and the problems only the file's wording can have. */
function catalogueRow(row: TableRow, departments: readonly Department[], departmentId: string | null) {
  const dept = departments.find((d) => d.name === row.get('部门') || d.code === row.get('部门'));
  const types = row
    .get('处罚种类')
    .split(/[,，、;；\s]+/)
    .filter(Boolean);
  const unknownType = types.find((t) => !TYPE_OF_LABEL.has(t));
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
    penaltyTypes: types.map((t) => TYPE_OF_LABEL.get(t) ?? t),
    fineMin: optionalInt(row.get('罚款下限')),
    fineMax: optionalInt(row.get('罚款上限')),
    normalPenaltyText: row.get('罚则原文'),
    key: key ?? false,
  };
  const problems: FieldError[] = [];
  if (!dept) {
    problems.push({ path: `第${row.rowNo}行.部门`, message: `部门“${row.get('部门')}”不是本地区的部门（填写部门名称或代码）` });
  } else if (dept.id !== departmentId) {
    problems.push({ path: `第${row.rowNo}行.部门`, message: '只能导入本部门的违法行为事项' });
  }
  if (unknownType) {
    problems.push({
      path: `第${row.rowNo}行.处罚种类`,
      message: `处罚种类“${unknownType}”不正确，可填：${Object.values(PENALTY_TYPE_LABELS).join('、')}`,
    });
  }
  if (key === null) {
    problems.push({ path: `第${row.rowNo}行.重点事项`, message: '应填“是”或“否”' });
  }
  return { raw, known: !!dept, problems };
}

/**
 * The items of the rows, validated, with the row of each code; the problems of every row (a code given
 * twice included). Items of another department are refused: a department imports its own catalogue.
 */
export function catalogueInputs(
  rows: readonly TableRow[],
  departments: readonly Department[],
  departmentId: string | null,
): { inputs: ViolationItemInput[]; rowOfCode: Map<string, number>; problems: FieldError[] } {
  const problems: FieldError[] = [];
  const inputs: ViolationItemInput[] = [];
  const rowOfCode = new Map<string, number>();
  for (const row of rows) {
    const { raw, known, problems: rowIssues } = catalogueRow(row, departments, departmentId);
    const parsed = ViolationItemInputSchema.safeParse(raw);
    if (!parsed.success) {
      // An unknown department is reported once, in the wording above.
      rowIssues.push(
        ...rowProblems(row.rowNo, parsed.error.issues, columnOf(CATALOGUE_PATH_COLUMN)).filter((p) => !p.path.endsWith('.部门') || known),
      );
    } else {
      const dup = rowOfCode.get(parsed.data.code);
      if (dup !== undefined) {
        rowIssues.push({ path: `第${row.rowNo}行.违法行为编码`, message: `与第${dup}行重复` });
      }
      rowOfCode.set(parsed.data.code, row.rowNo);
      inputs.push(parsed.data);
    }
    problems.push(...rowIssues);
  }
  return { inputs, rowOfCode, problems };
}
