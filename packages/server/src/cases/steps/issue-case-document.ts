import type { DeliveryMethod } from '@rouxing/contracts';
import { type Actor, DOCUMENT_TYPES, type DocumentType } from '@rouxing/domain';
import type { AppContext } from '../../context';
import type { Queryable } from '../../db/database';
import { issueDocument } from '../../documents/issue-document';
import { newId } from '../../records/ids';
import type { CaseRow } from '../case.repository';
import { officerCertificateNo, partyForDocument } from '../case-context.repository';
import { insertDelivery } from '../delivery.repository';
import { today } from '../today';
import { fileMaterial } from './file-material';

/** The media type a document is filed with (.docx). */
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export interface CaseDocumentOrder {
  kind: DocumentType;
  measureId: string | null;
  /** The material it is filed as; null: not filed now (a 承诺书 is filed once signed). */
  item: string | null;
  content: string;
  deadline: string;
  /** How it is served; null: not served. */
  delivery: DeliveryMethod | null;
  /** The material its proof of delivery will be filed as. */
  proofItem: string;
  legalBasis?: string;
  facts?: string;
}

/**
 * Issues a document of the case (常政办发〔2025〕5号 第七项: 制作相应柔性执法文书，并及时送达), files it as `item` and, when it is
 * served, opens its delivery.
 */
export async function issueCaseDocument(tx: Queryable, ctx: AppContext, actor: Actor, row: CaseRow, o: CaseDocumentOrder) {
  const party = await partyForDocument(tx, row.regionCode, row);
  const certificateNo = await officerCertificateNo(tx, actor.userId);
  const on = today(ctx);
  const doc = await issueDocument(
    tx,
    ctx,
    actor,
    {
      departmentId: row.departmentId,
      aggregateType: 'case',
      aggregateId: row.id,
      kind: o.kind,
      issuedOn: on,
      data: {
        partyName: party?.name ?? '',
        partyUscc: row.partyUscc ?? row.partyIdNumber ?? '',
        // The party's identifier as the document prints it: the entity's code, or a person's number masked.
        partyIdentifier: row.partyUscc ? `统一社会信用代码：${row.partyUscc}` : `公民身份号码：${row.partyIdNumber ?? ''}`,
        partyAddress: party?.address ?? '',
        legalRepresentative: party?.legalRepresentative ?? '',
        facts: o.facts ?? row.facts,
        legalBasis: o.legalBasis ?? row.legalBasis,
        content: o.content,
        deadline: o.deadline,
        officers: `${actor.displayName}${certificateNo ? `（执法证号${certificateNo}）` : ''}`,
        contact: actor.displayName,
      },
    },
    ctx.now().toISOString(),
  );
  if (o.item) {
    await fileMaterial(tx, ctx, actor, {
      caseId: row.id,
      measureId: o.measureId,
      item: o.item,
      source: 'document',
      fileSha256: doc.fileSha256,
      fileName: doc.fileName,
      mediaType: DOCX_TYPE,
      note: doc.documentNo,
    });
  }
  let deliveryId: string | null = null;
  if (o.delivery && DOCUMENT_TYPES[o.kind].served) {
    deliveryId = newId();
    await insertDelivery(tx, {
      regionCode: row.regionCode,
      id: deliveryId,
      caseId: row.id,
      documentId: doc.id,
      measureId: o.measureId,
      proofItem: o.proofItem,
      method: o.delivery,
      sentOn: on,
      createdAt: ctx.now().toISOString(),
    });
  }
  return { ...doc, deliveryId };
}
