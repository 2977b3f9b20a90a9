/**
 * The registry's exchange format (.xlsx or .csv, UTF-8): one header row with these Chinese column
 * names, then one entity per row. The template download and the import use this one definition.
 */
export interface ImportColumn {
  header: string;
  field:
    | 'uscc'
    | 'name'
    | 'entityType'
    | 'legalRepresentative'
    | 'legalRepresentativeIdNo'
    | 'contactPhone'
    | 'industryCode'
    | 'address'
    | 'regionCode'
    | 'establishedOn'
    | 'newBusinessForm';
  required: boolean;
  note: string;
  example: string;
}

export const ENTITY_IMPORT_COLUMNS: readonly ImportColumn[] = [
  { header: '统一社会信用代码', field: 'uscc', required: true, note: '18位，GB 32100-2015', example: '91430482MA4PJ2KX3C' },
  { header: '名称', field: 'name', required: true, note: '市场主体名称', example: '常宁市鑫旺餐饮有限公司' },
  { header: '主体类型', field: 'entityType', required: true, note: '企业、个体工商户或其他组织', example: '企业' },
  { header: '法定代表人', field: 'legalRepresentative', required: true, note: '法定代表人/负责人/经营者', example: '李建国' },
  { header: '法定代表人身份证号', field: 'legalRepresentativeIdNo', required: false, note: '18位，可空；加密存储', example: '' },
  { header: '联系电话', field: 'contactPhone', required: false, note: '手机号或带区号的固定电话，可空；加密存储', example: '' },
  { header: '行业代码', field: 'industryCode', required: true, note: 'GB/T 4754-2017，如H62（餐饮业）', example: 'H62' },
  { header: '住所', field: 'address', required: true, note: '住所或经营场所', example: '湖南省衡阳市常宁市宜阳街道建设路88号' },
  { header: '行政区划代码', field: 'regionCode', required: true, note: 'GB/T 2260，6位', example: '430482' },
  { header: '成立日期', field: 'establishedOn', required: false, note: 'YYYY-MM-DD，可空', example: '2019-05-20' },
  { header: '新业态', field: 'newBusinessForm', required: false, note: '是或否，默认否', example: '否' },
];

const ENTITY_TYPE_OF: Record<string, string> = {
  企业: 'enterprise',
  个体工商户: 'individual_business',
  其他组织: 'organization',
  enterprise: 'enterprise',
  individual_business: 'individual_business',
  organization: 'organization',
};

/** Header → column position, and the required headers the file lacks. */
export function mapHeader(cells: readonly string[]): { positions: Map<ImportColumn['field'], number>; missing: string[] } {
  const positions = new Map<ImportColumn['field'], number>();
  const normalized = cells.map((c) => c.replace(/^\uFEFF/, '').replace(/[\s*＊]/g, ''));
  for (const col of ENTITY_IMPORT_COLUMNS) {
    const i = normalized.indexOf(col.header);
    if (i >= 0) {
      positions.set(col.field, i);
    }
  }
  const missing = ENTITY_IMPORT_COLUMNS.filter((c) => c.required && !positions.has(c.field)).map((c) => c.header);
  return { positions, missing };
}

/** One row's cells as the raw input of EntityInputSchema (empty optional cells become null). */
export function rowToRawInput(cells: readonly string[], positions: Map<ImportColumn['field'], number>): Record<string, unknown> {
  const get = (f: ImportColumn['field']) => {
    const i = positions.get(f);
    return i === undefined ? '' : (cells[i] ?? '').trim();
  };
  const opt = (f: ImportColumn['field']) => get(f) || null;
  const type = get('entityType');
  const nbf = get('newBusinessForm');
  return {
    uscc: get('uscc'),
    name: get('name'),
    entityType: ENTITY_TYPE_OF[type] ?? type,
    legalRepresentative: get('legalRepresentative'),
    legalRepresentativeIdNo: opt('legalRepresentativeIdNo'),
    contactPhone: opt('contactPhone'),
    industryCode: get('industryCode'),
    address: get('address'),
    regionCode: get('regionCode'),
    establishedOn: opt('establishedOn'),
    newBusinessForm: nbf === '' || nbf === '否' ? false : nbf === '是' ? true : nbf,
  };
}

/** The column header for an input field, to name it in row errors. */
export function headerOf(path: string): string {
  const field = path.split('.')[0];
  return ENTITY_IMPORT_COLUMNS.find((c) => c.field === field)?.header ?? path;
}
