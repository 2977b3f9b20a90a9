import type { SupervisionMaterial, SupervisionTask } from '@rouxing/contracts';
import { isSupervisionOverdue } from '@rouxing/domain';
import type { SupervisionMaterialRow, SupervisionTaskRow } from './supervision-task.repository';

export function supervisionTaskDto(r: SupervisionTaskRow, today: string): SupervisionTask {
  return {
    id: r.id,
    departmentId: r.departmentId,
    departmentName: r.departmentName,
    title: r.title,
    demand: r.demand,
    origin: r.origin,
    subjectKind: r.subjectKind,
    subjectId: r.subjectId,
    figure: r.figure ? { indicator: r.figure.indicator, filter: r.figure.filter ?? {}, value: r.figure.value } : null,
    workingDays: r.workingDays,
    openedOn: r.openedOn,
    dueOn: r.dueOn,
    status: r.status,
    overdue: isSupervisionOverdue(r.status, r.dueOn, today),
    overdueOn: r.overdueOn,
    openedByName: r.openedByName,
    createdAt: r.createdAt,
    closedAt: r.closedAt,
  };
}

export const materialDto = (
  m: Pick<SupervisionMaterialRow, 'id' | 'fileName' | 'mediaType' | 'size' | 'uploadedAt'>,
): SupervisionMaterial => ({
  id: m.id,
  fileName: m.fileName,
  mediaType: m.mediaType,
  size: m.size,
  uploadedAt: m.uploadedAt,
});
