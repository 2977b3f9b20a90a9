import type { ImportTemplateQuery } from '@rouxing/contracts';
import { templateFile } from '../../imports/import-template';
import { DECISION_TEMPLATE } from '../import/decision-template';

/** The blank template of the decision import in the format asked for. */
export const getDecisionTemplate = (query: ImportTemplateQuery) => templateFile(DECISION_TEMPLATE, query);
