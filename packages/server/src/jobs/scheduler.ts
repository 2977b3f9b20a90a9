/**
 * Timed work on pg-boss (DESIGN.md "Jobs and deadlines"): the daily deadline sweep flags commitments and
 * follow-up visits that went overdue (one event each, so the case's chain shows when) and keeps the
 * entities' observation-period flag in step with the approved periods. pg-boss runs on the same database
 * as everything else — PGlite or PostgreSQL — through our own connection, as the application role.
 */
import type { PGlite } from '@electric-sql/pglite';
import { shanghaiToday } from '@rouxing/domain';
import PgBoss from 'pg-boss';
import { refreshObservationFlag } from '../cases/observation-periods/observation-period.repository';
import { flagOverdue } from '../cases/use-cases/flag-overdue';
import type { AppContext } from '../context';
import type { Database } from '../db/database';
import { JOBS_SCHEMA } from '../db/migrate';

export const DEADLINE_QUEUE = 'deadline-sweep';
/** 00:05 every day, Beijing time: the day's deadlines have just passed. */
export const DEADLINE_CRON = '5 0 * * *';

export interface Jobs {
  boss: PgBoss;
  /** Runs the sweep now (also queued once at start, to catch up after downtime). */
  sweep(): Promise<{ commitments: number; followUps: number }>;
  stop(): Promise<void>;
}

/** STACK.md: on PGlite, statements without parameters go through `exec` (pg-boss sends scripts). */
function executorOf(db: Database): PgBoss.Db {
  const pglite = (db as Database & { pglite?: PGlite }).pglite;
  if (pglite) {
    return {
      executeSql: async (text, values) =>
        values?.length ? pglite.query(text, values) : ((await pglite.exec(text)).at(-1) ?? { rows: [] }),
    };
  }
  return { executeSql: (text, values) => db.query(text, values) };
}

export async function deadlineSweep(ctx: AppContext) {
  const meta = { sourceIp: null, userAgent: 'pg-boss deadline-sweep' };
  const flagged = await flagOverdue(ctx, meta);
  const regions = await ctx.db.query<{ regionCode: string }>('SELECT DISTINCT region_code AS "regionCode" FROM departments');
  for (const r of regions.rows) {
    await refreshObservationFlag(ctx.db, r.regionCode, null, shanghaiToday(ctx.now()));
  }
  return flagged;
}

export async function startJobs(ctx: AppContext): Promise<Jobs> {
  const boss = new PgBoss({ db: executorOf(ctx.db), schema: JOBS_SCHEMA, migrate: false });
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
