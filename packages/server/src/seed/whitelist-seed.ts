/**
 * The demo's whitelist (常政办发〔2025〕5号 第十二项): the entities the demo tags whitelisted get an active register entry
 * with the history a real one has — proposed by the 市场监管局's officer, approved by its reviewer, confirmed by the
 * Judicial Bureau — and one event for the batch (DESIGN.md: a bulk operation writes one event per batch).
 */
import { addYears } from '@rouxing/domain';
import { findUserByUsername } from '../auth/user.repository';
import type { Queryable } from '../db/database';
import { appendEvent } from '../records/event.repository';
import { newId } from '../records/ids';
import { seedActiveEntries } from '../whitelist/whitelist.repository';

export async function seedWhitelist(tx: Queryable, regionCode: string, deptIds: Map<string, string>, nowIso: string): Promise<void> {
  const officer = await findUserByUsername(tx, 'officer');
  const reviewer = await findUserByUsername(tx, 'reviewer');
  const supervisor = await findUserByUsername(tx, 'supervisor');
  const scjg = deptIds.get('SCJG');
  if (!officer || !reviewer || !supervisor || !scjg) {
    return;
  }
  const scjgName = '常宁市市场监督管理局';
  const count = await seedActiveEntries(tx, {
    regionCode: regionCode,
    departmentId: scjg,
    departmentName: scjgName,
    reason: '诚信经营、近三年无行政处罚记录，属本市重点企业，列入服务管理白名单，实行“一年最多查一次”',
    nextReviewOn: addYears(nowIso.slice(0, 10), 1),
    steps: [
      { action: 'propose', actorId: officer.id, actorName: officer.displayName, departmentName: scjgName, to: 'proposed' },
      { action: 'approve', actorId: reviewer.id, actorName: reviewer.displayName, departmentName: scjgName, to: 'approved' },
      { action: 'confirm', actorId: supervisor.id, actorName: supervisor.displayName, departmentName: '常宁市司法局', to: 'active' },
    ],
    now: nowIso,
  });
  await appendEvent(tx, {
    regionCode: regionCode,
    aggregateType: 'whitelist_register',
    aggregateId: newId(),
    type: 'whitelist.seeded',
    actor: { id: supervisor.id, name: supervisor.displayName },
    occurredAt: nowIso,
    payload: { entries: count },
  });
}
