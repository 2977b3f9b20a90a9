import type { ImportTemplateQuery } from '@rouxing/contracts';
import { entityImportTemplateCsv, entityImportTemplateXlsx } from '../import-template';

/** The blank import template in the format asked for. */
export async function getImportTemplate({ format }: ImportTemplateQuery): Promise<{ fileName: string; body: string | Buffer }> {
  if (format === 'csv') {
    return { fileName: '市场主体导入模板.csv', body: entityImportTemplateCsv() };
  }
  return { fileName: '市场主体导入模板.xlsx', body: await entityImportTemplateXlsx() };
}
