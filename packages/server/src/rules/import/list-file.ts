/**
 * The no-penalty list file (不予处罚清单, .xlsx or .csv): one entry per row under Chinese headers, the
 * structured conditions in Chinese words (是/否, 本机关/同一事项, 无/轻微/一般/严重). Every problem is named
 * `第N行.列名`.
 */
import { type NoPenaltyListEntryInput, NoPenaltyListEntryInputSchema } from '@rouxing/contracts';
import { AppError, type FieldError, validationError } from '../../errors';
import { columnOf, optionalInt, readRuleFile, rowProblems, type TableRow, yesNo } from './rule-file';

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

/** The rows of a list file (the required headers checked). */
export const readListRows = (file: Buffer): Promise<TableRow[]> => readRuleFile(file, LIST_REQUIRED);

/** One row as the entry it describes (not yet validated) and the problems of its 是/否 cells. */
function listRow(row: TableRow) {
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
  const problems: FieldError[] = [];
  if (first === null) {
    problems.push({ path: `第${row.rowNo}行.初次违法`, message: '应填“是”或“否”' });
  }
  if (corrected === null) {
    problems.push({ path: `第${row.rowNo}行.及时改正`, message: '应填“是”或“否”' });
  }
  return { raw, problems };
}

/** The schema's messages for the two columns that take Chinese words, in those words. */
function inFileWords(p: FieldError): FieldError {
  if (p.path.endsWith('.危害后果上限')) {
    return { ...p, message: '应为无、轻微、一般或严重' };
  }
  return p.path.endsWith('.初次违法范围') ? { ...p, message: '应为“本机关”或“同一事项”' } : p;
}

/** The entries of the rows, validated; 422 naming every bad row and column. */
export function listEntriesOfRows(rows: readonly TableRow[]): NoPenaltyListEntryInput[] {
  const problems: FieldError[] = [];
  const entries: NoPenaltyListEntryInput[] = [];
  for (const row of rows) {
    const { raw, problems: rowIssues } = listRow(row);
    problems.push(...rowIssues);
    const parsed = NoPenaltyListEntryInputSchema.safeParse(raw);
    if (!parsed.success) {
      problems.push(...rowProblems(row.rowNo, parsed.error.issues, columnOf(LIST_PATH_COLUMN)).map(inFileWords));
    } else {
      entries.push(parsed.data);
    }
  }
  if (problems.length > 0) {
    throw validationError(problems);
  }
  return entries;
}

/** A refusal of the entries (`entries.N.field`) named by the rows and columns of the file instead. */
export function byRowAndColumn(err: unknown, rows: readonly TableRow[]): unknown {
  if (!(err instanceof AppError) || !err.fields) {
    return err;
  }
  return validationError(
    err.fields.map((f) => {
      const [, index, field] = f.path.split('.');
      return { path: `第${rows[Number(index)]?.rowNo ?? '?'}行.${LIST_PATH_COLUMN[field ?? ''] ?? field}`, message: f.message };
    }),
  );
}
