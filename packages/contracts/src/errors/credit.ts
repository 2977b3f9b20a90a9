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
} as const satisfies Record<string, ErrorCodeSpec>;
