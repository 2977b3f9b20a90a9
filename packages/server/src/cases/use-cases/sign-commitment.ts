import type { CaseDetail } from '@rouxing/contracts';
import { type Actor, pendingCommitment } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../context';
import { forbidden, refused } from '../../errors';
import { findDocumentFile } from '../case-document.repository';
import { caseMeasureExtras, markCommitmentSigned } from '../case-measure.repository';
import { isParty } from '../scope';
import { caseNote } from '../steps/case-note';
import { fileMaterial } from '../steps/file-material';
import { DOCX_TYPE } from '../steps/issue-case-document';
import { visibleCase } from '../steps/visible-case';
import { today } from '../today';
import { getCase } from './get-case';

/** 常政办发〔2025〕5号 第一项 告知承诺制: the party signs the 承诺书 in the portal; the signature is filed as the measure's document. */
export async function signCommitment(ctx: AppContext, actor: Actor, meta: RequestMeta, id: string): Promise<CaseDetail> {
  await ctx.db.transaction(async (tx) => {
    const row = await visibleCase(tx, actor, id, true);
    if (!isParty(actor, row)) {
      throw forbidden('承诺书须由当事人签署');
    }
    const m = pendingCommitment(row.snapshot);
    if (!m) {
      throw refused('CASE.NO_COMMITMENT', '本案没有待签署的告知承诺书', 'commitment');
    }
    const extra = (await caseMeasureExtras(tx, row.regionCode, row.id)).get(m.id);
    if (extra?.partySignedAt) {
      throw refused('CASE.COMMITMENT_SIGNED', '承诺书已经签署', 'commitment');
    }
    const d = extra?.documentId ? await findDocumentFile(tx, row.regionCode, extra.documentId) : undefined;
    await markCommitmentSigned(tx, row.regionCode, row.id, m.id, ctx.now().toISOString());
    await fileMaterial(tx, ctx, actor, {
      caseId: row.id,
      measureId: m.id,
      item: 'document',
      source: 'record',
      fileSha256: d?.fileSha256 ?? null,
      fileName: d?.fileName ?? null,
      mediaType: d ? DOCX_TYPE : null,
      note: `当事人（${actor.displayName}）于${today(ctx)}通过企业端签署告知承诺书${d ? `（${d.documentNo}）` : ''}，承诺于${m.commitment?.deadline}前改正`,
    });
    await caseNote(
      tx,
      ctx,
      actor,
      meta,
      row,
      'case.commitment_signed',
      { measureId: m.id, documentSha256: d?.fileSha256 ?? null },
      d ? [d.fileSha256] : [],
    );
  });
  return getCase(ctx, actor, id);
}
