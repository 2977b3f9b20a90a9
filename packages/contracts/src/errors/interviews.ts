import { type ErrorCodeSpec, refusal } from './spec';

/** 行政约谈 (常政办发〔2025〕5号 第三项): INTERVIEW.*; the field path names the rule or field. */
export const INTERVIEW_ERROR_CODES = {
  'INTERVIEW.FORM': refusal('约谈方式与约谈对象、参加部门不相符（集体约谈须有多个约谈对象，联合约谈须有多个部门）'),
  'INTERVIEW.PARTY': refusal('约谈对象的案件不属于参加约谈的部门，或同一对象重复列入'),
  'INTERVIEW.STATE': refusal('约谈当前的状态不允许这一步（先签到、再记录笔录、后签名）'),
  'INTERVIEW.MINUTES_SIGNED': refusal('笔录已有部门签名，不能再修改'),
  'INTERVIEW.MINUTES_CHANGED': refusal('签名所依据的笔录与当前笔录不一致，请刷新后重新阅读'),
  'INTERVIEW.ALREADY_SIGNED': refusal('本部门已在笔录上签名'),
  'INTERVIEW.CERTIFICATE': refusal('签名的执法人员须持有有效的执法证'),
  'INTERVIEW.FOLLOW_UP_DONE': refusal('该整改事项已经完成'),
} as const satisfies Record<string, ErrorCodeSpec>;
