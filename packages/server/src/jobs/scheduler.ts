/**
 * Timed work on pg-boss (DESIGN.md "Jobs and deadlines"): the daily deadline sweep flags commitments and
 * follow-up visits that went overdue (one event each, so the case's chain shows when) and keeps the
 * entities' observation-period flag in step with the approved periods, and marks correction items of issued
 * decisions overdue, opens a supervision task for each one left overdue and flags late supervision tasks. pg-boss runs on the same database
 * as everything else — PGlite or PostgreSQL — through our own connection, as the application role.
 */
import { shanghaiToday } from '@rouxing/domain';
import PgBoss from 'pg-boss';
import { refreshObservationFlag } from '../cases/observation-periods/observation-period.repository';
import { flagOverdue } from '../cases/use-cases/flag-overdue';
import type { AppContext } from '../context';
import { expireCreditPublicity } from '../credit/use-cases/expire-publicity';
import { flagOverdueCorrections } from '../credit/use-cases/flag-overdue-corrections';
import { JOBS_SCHEMA } from '../db/migrate';
import { pgBossExecutor } from '../db/pg-boss-executor';
import { regionsWithDepartments } from '../departments/department.repository';
import { forgetOldIdempotentReplies } from '../http/idempotency.repository';
import { flagOverdueSupervisionTasksNow } from '../supervision/use-cases/flag-overdue-tasks';
import { openOverdueCorrectionTasks } from '../supervision/use-cases/open-overdue-correction-tasks';

export const DEADLINE_QUEUE = 'deadline-sweep';
/** 00:05 every day, Beijing time: the day's deadlines have just passed. */
export const DEADLINE_CRON = '5 0 * * *';

export interface Jobs {
  boss: PgBoss;
  /** Runs the sweep now (also queued once at start, to catch up after downtime). */
  sweep(): Promise<{
    commitments: number;
    followUps: number;
    corrections: number;
    supervisionTasks: number;
    supervisionOverdue: number;
    creditExpired: number;
    idempotentRepliesForgotten: number;
  }>;
  stop(): Promise<void>;
}

export async function deadlineSweep(ctx: AppContext) {
  const meta = { sourceIp: null, userAgent: 'pg-boss deadline-sweep' };
  const flagged = await flagOverdue(ctx, meta);
  for (const regionCode of await regionsWithDepartments(ctx.db)) {
    await refreshObservationFlag(ctx.db, regionCode, null, shanghaiToday(ctx.now()));
  }
  // Correction items of issued decisions left open past their deadline (常政办发〔2025〕5号 第十五项).
  const corrections = await flagOverdueCorrections(ctx);
  // …which become supervision tasks of the Judicial Bureau by themselves (保障措施（二）), and its tasks go overdue.
  const supervisionTasks = await openOverdueCorrectionTasks(ctx);
  const supervisionOverdue = await flagOverdueSupervisionTasksNow(ctx);
  // Credit records whose maximum publicity has run leave the public page (国家发展改革委令第36号).
  const creditExpired = await expireCreditPublicity(ctx);
  // The first answers kept for repeated submissions (http/idempotency.ts) are needed for seconds, kept a day.
  const idempotentRepliesForgotten = await forgetOldIdempotentReplies(ctx.db, ctx.now().toISOString());
  return { ...flagged, corrections, supervisionTasks, supervisionOverdue, creditExpired, idempotentRepliesForgotten };
}

export async function startJobs(ctx: AppContext): Promise<Jobs> {
  const boss = new PgBoss({ db: pgBossExecutor(ctx.db), schema: JOBS_SCHEMA, migrate: false });
  boss.on('error', (err) => ctx.log.error({ err }, 'pg-boss'));
  await boss.start();
  await boss.createQueue(DEADLINE_QUEUE);
  await boss.schedule(DEADLINE_QUEUE, DEADLINE_CRON, {}, { tz: 'Asia/Shanghai' });
  await boss.work(DEADLINE_QUEUE, async () => {
    const r = await deadlineSweep(ctx);
    ctx.log.info(r, 'deadline sweep');
  });
  await boss.send(DEADLINE_QUEUE, {});
  return {
    boss,
    sweep: () => deadlineSweep(ctx),
    stop: () => boss.stop({ graceful: true, wait: true, timeout: 10_000 }),
  };
}
