/** The blank templates of the decision import (the shape every file import shares: imports/import-template.ts). */
import type { TemplateSpec } from '../../imports/import-template';
import { DECISION_IMPORT_COLUMNS } from './decision-import-format';

export const DECISION_TEMPLATE: TemplateSpec = {
  title: '行政处罚决定',
  columns: DECISION_IMPORT_COLUMNS.map((c) => ({ ...c, key: c.path })),
  textColumns: 'all',
};
