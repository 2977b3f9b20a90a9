/**
 * What a scanned inspection code (检查码) says about its plan today (常政办发〔2025〕5号 第十五项: 入企扫码登记): the
 * enterprise at the door learns in one sentence whether the officers may enter. A forged or unknown code is
 * the server's to say (it checks the signature and finds the plan).
 */
import type { CodeView } from '@rouxing/contracts';
import type { PlanSnapshot } from './plan-lifecycle';

export type CodeState = Exclude<CodeView['state'], 'invalid'>;

/** The state and its Chinese sentence, on `today` (`YYYY-MM-DD`, Asia/Shanghai). */
export function inspectionCodeState(plan: PlanSnapshot, today: string): { state: CodeState; message: string } {
  if (plan.status === 'cancelled' || plan.status === 'rejected') {
    return { state: 'cancelled', message: '该检查计划已撤销或未获批准，检查码无效。' };
  }
  // An emergency plan (紧急检查) may be entered before approval: its code is valid at once.
  if (plan.status === 'pending_approval' && !plan.emergency) {
    return { state: 'not_approved', message: '该检查计划尚未批准，不得入企检查。' };
  }
  if (plan.status === 'completed') {
    return { state: 'completed', message: '本次检查已结束。' };
  }
  if (today < plan.windowFrom) {
    return { state: 'not_yet_valid', message: `检查码尚未生效：批准的检查期限自${plan.windowFrom}起。` };
  }
  if (today > plan.windowTo) {
    return { state: 'expired', message: `检查码已过期：批准的检查期限至${plan.windowTo}止。` };
  }
  return { state: 'valid', message: '检查码有效：本次检查已经批准，请核对执法人员姓名和执法证号。' };
}
