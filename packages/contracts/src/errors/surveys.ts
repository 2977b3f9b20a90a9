import { type ErrorCodeSpec, refusal } from './spec';

/** 问卷调查: SURVEY.*; the field path names the question (`answers.N`) or the rule. */
export const SURVEY_ERROR_CODES = {
  'SURVEY.FORM': refusal('问卷不完整：选择题须有2个以上选项，且至少发布到一个门户'),
  'SURVEY.STATE': refusal('问卷当前的状态不允许这一步（草稿可修改和发布，已发布可关闭）'),
  'SURVEY.ANSWER': refusal('回答与题目不相符（必答题未答、选项不存在、单选题选了多个）'),
  'SURVEY.ALREADY_ANSWERED': refusal('本企业已经填写过该问卷，每个企业账号只能填写一次'),
} as const satisfies Record<string, ErrorCodeSpec>;
