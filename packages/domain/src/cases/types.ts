/**
 * The vocabulary of a flexible-enforcement case (柔性执法案件, `Case`; 常政办发〔2025〕5号 第六项至第九项、第十四项) as the pure rules
 * need it. Identifiers follow shared/GLOSSARY.md; the Chinese labels are what screens and messages show.
 */

/** The life of a case; `declined` and `archived` are final (see `lifecycle.ts` for the transitions). */

import type { CaseState } from '@rouxing/contracts';

export const CASE_STATE_LABELS: Readonly<Record<CaseState, string>> = {
  started: '已启动（待送达告知书）',
  notice_served: '告知书已送达（待当事人选择）',
  accepted: '当事人已选择柔性执法',
  declined: '当事人不选择柔性执法（已转一般程序）',
  measures: '柔性措施实施中',
  commitment_pending: '告知承诺履行中',
  completed: '已办结',
  terminated: '已终止',
  archived: '已归档',
};

/** 依职权 / 依申请 (常政办发〔2025〕5号 第六项). */
/** The party's answer to the 告知书 (`ChoiceNotice`): accept flexible enforcement or not. */
/** 送达方式 (常政办发〔2025〕5号 第七项). */

import type { DeliveryMethod, ObservationExceptionGround, TerminationGround } from '@rouxing/contracts';

export const DELIVERY_METHOD_LABELS: Readonly<Record<DeliveryMethod, string>> = {
  direct: '直接送达',
  left_at_premises: '留置送达',
  post: '邮寄送达',
  electronic: '电子送达',
  public_notice: '公告送达',
};

/**
 * The grounds of termination, exactly those of 常政办发〔2025〕5号 第八项: 有下列情形之一的，应当及时终止
 * 实施柔性执法：(1)行政相对人撤回申请；(2)根据案件需要，适用一般程序的。(3)实施柔性执法所适用的法律法规
 * 或者政策依据已经失效，或者继续实施柔性执法将损害社会公共利益、他人合法权益的。(4)其他需要终止柔性执法的情形。
 */

/** The policy's words for each ground (常政办发〔2025〕5号 第八项 (1)–(4)). */
export const TERMINATION_GROUND_LABELS: Readonly<Record<TerminationGround, string>> = {
  withdrawn: '行政相对人撤回申请',
  general_procedure: '根据案件需要，适用一般程序',
  basis_lapsed_or_harm: '实施柔性执法所适用的法律法规或者政策依据已经失效，或者继续实施柔性执法将损害社会公共利益、他人合法权益',
  other: '其他需要终止柔性执法的情形',
};

/**
 * When an entity in its observation period may still be handed to the ordinary procedure (penalty,
 * coercion). 常政办发〔2025〕5号 第十四项: 除法律、法规、规章明确禁止或者涉及危害公共安全和人民群众生命健康等
 * 情形外 … "观察期"内优先采取教育提醒、劝导示范、警示告诫、行政提示、行政指导、行政约谈等柔性执法方式，谨慎使用
 * 行政处罚、行政强制等严厉执法措施. 常政办发〔2025〕5号 第十四项 reads the exceptions as the grounds for the severe measures.
 */

export const OBSERVATION_EXCEPTION_GROUND_LABELS: Readonly<Record<ObservationExceptionGround, string>> = {
  prohibited_by_law: '法律、法规、规章明确禁止的情形',
  public_safety_life_health: '涉及危害公共安全和人民群众生命健康的情形',
};

/** A stated exception to the observation period: the ground and the officer's written reason. */
export interface ObservationException {
  ground: ObservationExceptionGround;
  reason: string;
}

/** An observation period of the entity (`ObservationPeriod`), both ends inclusive, `YYYY-MM-DD`. */
export interface ObservationPeriodSpan {
  start: string;
  end: string;
}

/** The covering observation period on `day`, or null. */
export function observationPeriodOn(periods: readonly ObservationPeriodSpan[], day: string): ObservationPeriodSpan | null {
  return periods.find((p) => p.start <= day && day <= p.end) ?? null;
}

/**
 * The materials of a case file (案卷) that archiving checks (常政办发〔2025〕5号 第九项). 常政办发〔2025〕5号 第九项: 柔性执法案卷
 * 归档材料主要包括相关文书、音视频(含照片、视听资料、电子数据)记录、有关证据等材料. The first group belongs to
 * one measure, the second to the case.
 */

import type { CaseArchiveItem, MeasureArchiveItem } from '@rouxing/contracts';

export type ArchiveItem = MeasureArchiveItem | CaseArchiveItem;

/** How an item reads in a checklist; a measure's `document` reads as its document's title instead. */
export const ARCHIVE_ITEM_LABELS: Readonly<Record<ArchiveItem, string>> = {
  document: '措施文书',
  delivery_proof: '送达回证',
  oral_record: '口头提示或建议的记录（笔录或音视频）',
  interview_minutes: '约谈笔录',
  attendance: '约谈签到表（参加单位和人员）',
  evidence: '证据材料（照片、音视频、电子数据等）',
  legal_review: '法制审核意见',
  fulfilment_check: '承诺履行核查记录',
  penalty_decision: '被折抵罚款的行政处罚决定书',
  service_verification: '公益服务时长核实记录',
  application: '当事人的柔性执法申请',
  choice_notice: '柔性执法告知书',
  choice_notice_delivery: '告知书的送达回证',
  choice_record: '当事人选择回执（或企业端选择记录）',
  withdrawal: '当事人撤回申请的书面材料（或企业端撤回记录）',
  termination_approval: '终止柔性执法的审批意见',
  termination_notice: '终止柔性执法通知书',
  termination_notice_delivery: '终止通知书的送达回证',
};
