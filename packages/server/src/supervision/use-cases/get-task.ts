import type { SupervisionTaskDetail } from '@rouxing/contracts';
import { type Actor, shanghaiToday } from '@rouxing/domain';
import type { AppContext } from '../../context';
import { listEvents } from '../../records/event.repository';
import { requirePermission } from '../access';
import { materialDto, supervisionTaskDto } from '../dto';
import { visibleTask } from '../steps/load-task';
import { listSupervisionMaterials } from '../supervision-task.repository';

const TEXT_OF: Record<string, string> = {
  'supervision_task.opened': 'demand',
  'supervision_task.answered': 'text',
  'supervision_task.returned': 'reason',
  'supervision_task.closed': 'note',
};

/** A task with its history: every step (its events), the answers' text and materials. */
export async function getSupervisionTask(ctx: AppContext, actor: Actor, id: string): Promise<SupervisionTaskDetail> {
  requirePermission(actor, 'supervision.read', '无权查看督导事项');
  const task = await visibleTask(ctx.db, actor, id);
  const [events, materials] = await Promise.all([
    listEvents(ctx.db, actor.regionCode, 'supervision_task', id),
    listSupervisionMaterials(ctx.db, actor.regionCode, id),
  ]);
  let answerNo = 0;
  const history = events.map((e) => {
    const key = TEXT_OF[e.type];
    const text = key && typeof e.payload[key] === 'string' ? (e.payload[key] as string) : null;
    const no = e.type === 'supervision_task.answered' ? ++answerNo : 0;
    return {
      type: e.type,
      actorName: e.actorName,
      occurredAt: e.occurredAt,
      text,
      materials: no ? materials.filter((m) => m.answerNo === no).map(materialDto) : [],
    };
  });
  return { ...supervisionTaskDto(task, shanghaiToday(ctx.now())), history };
}
