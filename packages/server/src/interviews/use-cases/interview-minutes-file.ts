import type { Actor } from '@rouxing/domain';
import type { AppContext } from '../../context';
import { interviewMinutesDocx } from '../../documents/interview-minutes';
import { refused } from '../../errors';
import { getInterview } from './get-interview';

/** The 约谈笔录 (.docx, 公文 layout) of an interview whose minutes are recorded, with the signatures made so far. */
export async function interviewMinutesFile(ctx: AppContext, actor: Actor, id: string): Promise<{ fileName: string; body: Buffer }> {
  const i = await getInterview(ctx, actor, id);
  if (!i.minutes) {
    throw refused('INTERVIEW.STATE', '约谈笔录尚未记录', 'minutes');
  }
  const day = i.scheduledAt.slice(0, 10);
  return {
    fileName: `约谈笔录-${i.parties[0]?.partyName ?? ''}${i.parties.length > 1 ? `等${i.parties.length}家` : ''}-${day}.docx`,
    body: await interviewMinutesDocx(i),
  };
}
