import { DOCUMENT_TYPE_KEYS, type DocumentType } from '@rouxing/domain';
import { defaultTemplateDocx } from '../../../documents/gongwen';
import { validationError } from '../../../errors';

const isDocumentType = (t: string): t is DocumentType => (DOCUMENT_TYPE_KEYS as readonly string[]).includes(t);

/** The default template of a document type that ships with the product (公文 layout, with its placeholders), to edit. */
export async function defaultTemplate(docType: string): Promise<{ fileName: string; docx: Buffer }> {
  if (!isDocumentType(docType)) {
    throw validationError([{ path: 'docType', message: '文书类型不正确' }]);
  }
  return { fileName: `${docType}-默认模板.docx`, docx: await defaultTemplateDocx(docType) };
}
