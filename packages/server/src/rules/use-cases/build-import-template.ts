/** The import templates (.xlsx): the headers of a catalogue or list file and one example row. */
import ExcelJS from '../../imports/exceljs';
import { CATALOGUE_COLUMNS } from '../import/catalogue-file';
import { LIST_COLUMNS } from '../import/list-file';

const CATALOGUE_EXAMPLE = [
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
];
const LIST_EXAMPLE = [
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
];

/** Any signed-in user may fetch a template; the import itself checks who may import. */
export async function buildImportTemplate(kind: 'catalogue' | 'list'): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '柔性执法协同平台';
  const ws = wb.addWorksheet(kind === 'catalogue' ? '违法行为目录' : '不予处罚清单');
  const headers = kind === 'catalogue' ? CATALOGUE_COLUMNS : LIST_COLUMNS;
  ws.columns = headers.map((h) => ({ header: h, width: Math.max(10, h.length * 3) }));
  ws.getRow(1).font = { bold: true };
  ws.addRow(kind === 'catalogue' ? CATALOGUE_EXAMPLE : LIST_EXAMPLE);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
