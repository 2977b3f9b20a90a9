/**
 * 信用承诺书: the public credit commitment a party makes to apply for repair (信用修复管理办法 国家发展改革委令第36号:
 * 申请信用修复应当公开作出信用承诺). Generated for the record and the day; the party reads it before signing, and the
 * one signed is stored with the application.
 */
import { CREDIT_SEVERITY_LABELS, PENALTY_KIND_LABELS, type PenaltyKind } from '@rouxing/contracts';
import { type Actor, chineseDay, shanghaiToday } from '@rouxing/domain';
import type { AppContext } from '../../context';
import { partyDocumentDocx } from '../../documents/gongwen';
import type { CreditRecordRow } from '../credit-record.repository';
import { ownRecord } from '../steps/credit-views';

export const COMMITMENT_TITLE = '信用承诺书';

export function commitmentParagraphs(r: CreditRecordRow, today: string): string[] {
  const penalties = r.penalties.map((k) => PENALTY_KIND_LABELS[k as PenaltyKind] ?? k).join('、');
  return [
    `承诺主体：${r.entityName ?? ''}`,
    `统一社会信用代码：${r.uscc ?? ''}`,
    `#一、申请修复的失信信息`,
    `${r.department}于${chineseDay(r.decidedOn)}作出的行政处罚决定（${r.documentNo}），处罚种类：${penalties}${r.fineYuan > 0 ? `，罚款${r.fineYuan}元` : ''}；失信程度：${CREDIT_SEVERITY_LABELS[r.severity]}。`,
    '#二、承诺事项',
    '本单位已完全履行上述行政处罚决定规定的义务，已纠正失信行为、消除不良影响，提交的材料真实、完整、有效。',
    '本单位承诺今后严格遵守法律、法规和规章，诚信经营，主动接受行政机关和社会的监督；如有虚假承诺或再次发生同类失信行为，愿意依法承担相应的法律责任，并同意将本承诺及其履行情况纳入信用记录、向社会公开。',
    '依据：《信用修复管理办法》（国家发展改革委令第36号）；常政办发〔2025〕5号 第五项。',
    `本承诺书于${chineseDay(today)}通过企业端签署。`,
  ];
}

export function commitmentDocx(r: CreditRecordRow, today: string): Promise<Buffer> {
  return partyDocumentDocx(COMMITMENT_TITLE, commitmentParagraphs(r, today), [
    `承诺主体（盖章）：${r.entityName ?? ''}`,
    chineseDay(today),
  ]);
}

/** The commitment for the party to read before signing (nothing stored). */
export async function getCreditCommitment(ctx: AppContext, actor: Actor, id: string): Promise<{ file: Buffer; fileName: string }> {
  const r = await ownRecord(ctx.db, ctx, actor, id);
  const today = shanghaiToday(ctx.now());
  return { file: await commitmentDocx(r, today), fileName: `${COMMITMENT_TITLE}（${r.documentNo}）.docx` };
}
