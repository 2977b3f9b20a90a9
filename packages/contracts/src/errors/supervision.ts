import { type ErrorCodeSpec, refusal } from './spec';

/** The Judicial Bureau's supervision tasks (督导, 常政办发〔2025〕5号 保障措施（二）) and training: SUPERVISION.*, TRAINING.*. */
export const SUPERVISION_ERROR_CODES = {
  'SUPERVISION.STEP_REFUSED': refusal('督导事项当前状态不允许该操作（答复：待答复或被退回的；办结、退回：已答复的）'),
  'SUPERVISION.SUBJECT_UNKNOWN': refusal('督导事项所依据的记录不存在或不属于该部门'),
  'TRAINING.ATTENDEE_OUTSIDE': refusal('参训人员须为参训部门的用户'),
} as const satisfies Record<string, ErrorCodeSpec>;
