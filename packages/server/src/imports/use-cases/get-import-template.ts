import type { ImportTemplateQuery } from '@rouxing/contracts';
import { ENTITY_TEMPLATE, templateFile } from '../import-template';

/** The blank import template in the format asked for. */
export const getImportTemplate = (query: ImportTemplateQuery) => templateFile(ENTITY_TEMPLATE, query);
