/**
 * SQL for tests, outside packages/server/src (there SQL lives only in repositories and db/): reads of what a
 * use case wrote, and statements the application's role must be refused. Both run on the application's own
 * connection, as its role and with its type parsers (dates as `YYYY-MM-DD`, timestamps as ISO strings);
 * `env.superQuery` is the superuser's door, for tampering with rows.
 */
import type { Queryable } from '../src/db/database';

/** The rows of a query run as the application's role. */
export async function appRows<T = Record<string, unknown>>(
  env: { ctx: { db: Queryable } },
  sql: string,
  params?: readonly unknown[],
): Promise<T[]> {
  return (await env.ctx.db.query<T>(sql, params)).rows;
}

/** A statement run as the application's role (e.g. to show that it may not change the records). */
export function appStatement(env: { ctx: { db: Queryable } }, sql: string, params?: readonly unknown[]): Promise<unknown> {
  return env.ctx.db.query(sql, params);
}
