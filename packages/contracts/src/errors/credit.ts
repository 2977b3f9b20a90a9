import { type ErrorCodeSpec, refusal } from './spec';

/**
 * Issued penalty decisions and their re-check (纠正"小案重罚""过罚不当", 常政办发〔2025〕5号 第十五项): ISSUED.*,
 * CORRECTION.*, APIKEY.*. A rule's refusal is `refusal('…')` (422).
 */
export const CREDIT_ERROR_CODES = {
  'ISSUED.UNKNOWN_PARTY': refusal('当事人（统一社会信用代码）未在主体名录中登记'),
  'ISSUED.UNKNOWN_VIOLATION': refusal('违法行为编码不在本地区违法行为事项目录中'),
  'ISSUED.BAD_ID_NUMBER': refusal('自然人当事人的公民身份号码不符合GB 11643'),
  'CORRECTION.NOT_OPEN': refusal('只有待处理的纠正事项可以纠正或说明理由'),
  'CORRECTION.STILL_FLAGGED': refusal('更正后的决定经复核仍属应当不予处罚或超出裁量基准，不能作为纠正'),
  'APIKEY.INVALID': { status: 401, meaning: '接口密钥无效或已吊销' },
  'APIKEY.REVOKED': refusal('接口密钥已吊销'),
  'CREDIT.NOT_IN_PUBLICITY': refusal('该失信信息不在公示中，无需申请信用修复'),
  'CREDIT.REPAIR_TOO_EARLY': refusal('最短公示期届满前不能申请信用修复；消息给出可以申请的日期'),
  'CREDIT.OBLIGATIONS_UNFULFILLED': refusal('须先完全履行行政处罚决定规定的义务'),
  'CREDIT.COMMITMENT_REQUIRED': refusal('须签署信用承诺书'),
  'CREDIT.REPAIR_PENDING': refusal('该失信信息已有待审核的信用修复申请'),
  'CREDIT.OBJECTION_PENDING': refusal('该失信信息已有待处理的异议申诉'),
  'CREDIT.NOT_PENDING': refusal('只有待处理的申请或异议可以作出决定'),
  'CREDIT.SELF_INSPECTION_NOT_ALLOWED': refusal('该主体的信用等级与风险等级不适用承诺式检查（信用监管矩阵）；消息写明等级'),
  'CREDIT.SELF_INSPECTION_STATE': refusal('承诺式检查当前状态不允许该操作'),
  'CREDIT.NOTHING_TO_DRAW': refusal('没有待抽取现场核查的已作答承诺式检查'),
  'CREDIT.SERIOUS_RECORD': refusal('主体有公示中的严重失信信息，不得列入白名单等（联合惩戒）；消息写明该信息'),
} as const satisfies Record<string, ErrorCodeSpec>;
