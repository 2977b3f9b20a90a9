/**
 * pg-boss runs its SQL through our own connection (PGlite or PostgreSQL), as the application role.
 * STACK.md: on PGlite, statements without parameters go through `exec` (pg-boss sends scripts).
 */
import type { PGlite } from '@electric-sql/pglite';
import type PgBoss from 'pg-boss';
import type { Database } from './database';

export function pgBossExecutor(db: Database): PgBoss.Db {
  const pglite = (db as Database & { pglite?: PGlite }).pglite;
  if (pglite) {
    return {
      executeSql: async (text, values) =>
        values?.length ? pglite.query(text, values) : ((await pglite.exec(text)).at(-1) ?? { rows: [] }),
    };
  }
  return { executeSql: (text, values) => db.query(text, values) };
}
