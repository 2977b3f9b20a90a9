import type { ImportTemplateQuery } from '@rouxing/contracts';
import { decisionTemplateCsv, decisionTemplateXlsx } from '../import/decision-template';

/** The blank template of the decision import in the format asked for. */
export async function getDecisionTemplate({ format }: ImportTemplateQuery): Promise<{ fileName: string; body: string | Buffer }> {
  if (format === 'csv') {
    return { fileName: '行政处罚决定导入模板.csv', body: decisionTemplateCsv() };
  }
  return { fileName: '行政处罚决定导入模板.xlsx', body: await decisionTemplateXlsx() };
}
