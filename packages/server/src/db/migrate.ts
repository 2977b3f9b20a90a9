/**
 * Migrations: the same drizzle migration folder on PGlite and on PostgreSQL, run as the owner
 * (never as the application role), then the application role's privileges (DESIGN.md "Data").
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type pg from 'pg';
import PgBoss from 'pg-boss';
import { APP_ROLE } from './database';
import { APPEND_ONLY_TABLES } from './schema';

export const MIGRATIONS_FOLDER = join(dirname(fileURLToPath(import.meta.url)), 'migrations');

/** Privileges of the application role: everything on the tenant tables but UPDATE/DELETE on append-only ones. */
export function grantsSql(): string {
  const appendOnly = APPEND_ONLY_TABLES.join(', ');
  return `
DO $$ BEGIN
  CREATE ROLE ${APP_ROLE} NOLOGIN;
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
END $$;
GRANT USAGE ON SCHEMA public TO ${APP_ROLE};
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${APP_ROLE};
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${APP_ROLE};
REVOKE UPDATE, DELETE, TRUNCATE ON ${appendOnly} FROM ${APP_ROLE};
`;
}

/**
 * On PGlite the session user is a superuser, which privileges do not bind: a trigger refuses UPDATE and
 * DELETE of append-only rows as well. (On PostgreSQL privileges serve; Citus restricts triggers.)
 */
export function appendOnlyTriggersSql(): string {
  const fn = `
CREATE OR REPLACE FUNCTION rouxing_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '%是只追加的记录表，不能修改或删除', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END $$;`;
  const triggers = APPEND_ONLY_TABLES.map(
    (t) => `
CREATE OR REPLACE TRIGGER ${t}_append_only BEFORE UPDATE OR DELETE ON ${t} FOR EACH ROW EXECUTE FUNCTION rouxing_append_only();
CREATE OR REPLACE TRIGGER ${t}_no_truncate BEFORE TRUNCATE ON ${t} FOR EACH STATEMENT EXECUTE FUNCTION rouxing_append_only();`,
  ).join('\n');
  return fn + triggers;
}

/** The schema of the job queue (pg-boss). */
export const JOBS_SCHEMA = 'pgboss';

/**
 * pg-boss's tables, installed by the owner into a schema the application role owns (so that the queue can
 * add its per-queue partitions at run time without any right on the database itself). The application
 * then starts pg-boss with `migrate: false`. Empty when it is installed already.
 *
 * On a Citus coordinator the queue stays local to the coordinator (decision 0027): Citus would otherwise
 * propagate the schema and pg-boss's types to the workers, half-way and as the application role, which
 * fails. `citus.enable_ddl_propagation` off keeps these statements on the coordinator.
 */
async function jobsSchemaSql(exists: boolean, citus = false): Promise<string> {
  if (exists) {
    return '';
  }
  const plan = PgBoss.getConstructionPlans(JOBS_SCHEMA).replace(/CREATE SCHEMA IF NOT EXISTS \w+/, '');
  const sql = `CREATE SCHEMA IF NOT EXISTS ${JOBS_SCHEMA} AUTHORIZATION ${APP_ROLE};\nSET ROLE ${APP_ROLE};\n${plan}\nRESET ROLE;`;
  return citus ? `SET citus.enable_ddl_propagation TO off;\n${sql}\nRESET citus.enable_ddl_propagation;` : sql;
}

const CITUS_INSTALLED = `SELECT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'citus') AS "citus"`;

const JOBS_INSTALLED = `SELECT EXISTS (SELECT 1 FROM information_schema.tables WHERE table_schema = '${JOBS_SCHEMA}' AND table_name = 'version') AS "exists"`;

export async function migratePgliteDb(db: PGlite): Promise<void> {
  await migratePglite(drizzlePglite(db), { migrationsFolder: MIGRATIONS_FOLDER });
  await db.exec(grantsSql());
  await db.exec(appendOnlyTriggersSql());
  const r = await db.query<{ exists: boolean }>(JOBS_INSTALLED);
  await db.exec(await jobsSchemaSql(r.rows[0]?.exists ?? false));
}

export async function migratePostgresDb(client: pg.Client): Promise<void> {
  await migrateNodePg(drizzleNodePg(client), { migrationsFolder: MIGRATIONS_FOLDER });
  await client.query(grantsSql());
  const r = await client.query<{ exists: boolean }>(JOBS_INSTALLED);
  const c = await client.query<{ citus: boolean }>(CITUS_INSTALLED);
  const sql = await jobsSchemaSql(r.rows[0]?.exists ?? false, c.rows[0]?.citus ?? false);
  if (sql) {
    await client.query(sql);
  }
}
