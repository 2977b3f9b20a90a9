/**
 * `rouxing db distribute`: spreads a migrated database over a Citus cluster (DESIGN.md "Tenancy and the
 * scale path", decision 0027). Run as the owner against the coordinator (`DATABASE_ADMIN_URL`, else
 * `DATABASE_URL`).
 *
 * The table lists come from the catalogue, not from a hand list that goes stale:
 * - a table of the public schema with a `region_code` column is a tenant table: distributed by
 *   `region_code`, all in one colocation group, so that a region's rows of every table sit on one node and
 *   a region's joins and foreign keys stay on one shard;
 * - a table without one is shared by every region: a reference table (replicated to every node);
 * - except the tables of REFERENCE_DESPITE_REGION below.
 * pg-boss's schema (`pgboss`) is not touched: the queue stays a local table set of the coordinator.
 * Tables are taken in foreign-key order (Citus wants a referenced table distributed before the tables that
 * reference it). Idempotent: what is distributed already is left as it is; a second run changes nothing.
 */
import pg from 'pg';
import { APP_ROLE, type Queryable } from './database';

/**
 * Tables that carry `region_code` and are nevertheless reference tables (decision 0027):
 * - `users`: a login name is unique across the deployment and is looked up before the region is known
 *   (login), so its key is `(id)` and `UNIQUE(username)` without region_code; `region_code` is the account's
 *   home region. Rare writes (login, lock-out counters), read on every request from the local replica.
 */
export const REFERENCE_DESPITE_REGION: readonly string[] = ['users'];

/** The distribution column of every tenant table (DESIGN.md: region_code leads every tenant key). */
export const DISTRIBUTION_COLUMN = 'region_code';

export interface CatalogueTable {
  name: string;
  hasRegion: boolean;
}
export interface ForeignKey {
  from: string;
  to: string;
}
/** What Citus knows of a table already (`pg_dist_partition`). */
export interface DistributedTable {
  name: string;
  method: 'hash' | 'reference' | 'local' | 'other';
  column: string | null;
  colocationId: number;
}

export type Step =
  | { kind: 'reference'; table: string }
  | { kind: 'distribute'; table: string; colocateWith: string | null }
  | { kind: 'app-role-login' };

export interface Plan {
  reference: string[];
  distributed: string[];
  /** What is left to do, in order; empty when the database is distributed already. */
  steps: Step[];
  /** Tables distributed otherwise than the plan wants (never changed automatically). */
  conflicts: string[];
}

/** Orders `tables` so that every table comes after the tables it references (among `tables`). */
export function foreignKeyOrder(tables: readonly string[], fks: readonly ForeignKey[]): string[] {
  const set = new Set(tables);
  const deps = new Map<string, Set<string>>(tables.map((t) => [t, new Set<string>()]));
  for (const fk of fks) {
    if (set.has(fk.from) && set.has(fk.to) && fk.from !== fk.to) {
      deps.get(fk.from)?.add(fk.to);
    }
  }
  const out: string[] = [];
  const done = new Set<string>();
  const visiting = new Set<string>();
  const visit = (t: string) => {
    if (done.has(t)) {
      return;
    }
    if (visiting.has(t)) {
      throw new Error(`外键成环，无法确定分布顺序：${t}`);
    }
    visiting.add(t);
    for (const d of [...(deps.get(t) ?? [])].sort()) {
      visit(d);
    }
    visiting.delete(t);
    done.add(t);
    out.push(t);
  };
  for (const t of [...tables].sort()) {
    visit(t);
  }
  return out;
}

export function planDistribution(c: {
  tables: readonly CatalogueTable[];
  foreignKeys: readonly ForeignKey[];
  current: readonly DistributedTable[];
  appRoleCanLogin: boolean;
}): Plan {
  const isReference = (t: CatalogueTable) => !t.hasRegion || REFERENCE_DESPITE_REGION.includes(t.name);
  const reference = foreignKeyOrder(
    c.tables.filter(isReference).map((t) => t.name),
    c.foreignKeys,
  );
  const distributed = foreignKeyOrder(
    c.tables.filter((t) => !isReference(t)).map((t) => t.name),
    c.foreignKeys,
  );
  const current = new Map(c.current.map((d) => [d.name, d]));
  const steps: Step[] = [];
  const conflicts: string[] = [];
  // Citus opens its connections to the workers as the current user: the application role must be able to
  // log in there (its password, if any, in pg_dist_authinfo or the coordinator's .pgpass; docs/operations.md).
  if (!c.appRoleCanLogin) {
    steps.push({ kind: 'app-role-login' });
  }
  for (const t of reference) {
    const d = current.get(t);
    if (!d) {
      steps.push({ kind: 'reference', table: t });
    } else if (d.method !== 'reference') {
      conflicts.push(`${t}：应为参照表，现为分布方式 ${d.method}`);
    }
  }
  // One colocation group: with the first tenant table distributed already, or with the first one of the plan.
  const colocated = distributed.map((t) => current.get(t)).filter((d): d is DistributedTable => d?.method === 'hash');
  let anchor: string | null = colocated[0]?.name ?? null;
  for (const t of distributed) {
    const d = current.get(t);
    if (!d) {
      steps.push({ kind: 'distribute', table: t, colocateWith: anchor });
      anchor ??= t;
    } else if (d.method !== 'hash' || d.column !== DISTRIBUTION_COLUMN) {
      conflicts.push(`${t}：应按 ${DISTRIBUTION_COLUMN} 哈希分布，现为 ${d.method}${d.column ? `（${d.column}）` : ''}`);
    } else if (colocated[0] && d.colocationId !== colocated[0].colocationId) {
      conflicts.push(`${t}：不与 ${colocated[0].name} 同置（colocation ${d.colocationId} ≠ ${colocated[0].colocationId}）`);
    }
  }
  return { reference, distributed, steps, conflicts };
}

export function stepSql(s: Step): { text: string; params: unknown[] } {
  switch (s.kind) {
    case 'app-role-login':
      return { text: `ALTER ROLE ${APP_ROLE} LOGIN`, params: [] };
    case 'reference':
      return { text: 'SELECT create_reference_table($1::regclass)', params: [s.table] };
    case 'distribute':
      return {
        text: `SELECT create_distributed_table($1::regclass, '${DISTRIBUTION_COLUMN}', colocate_with => $2)`,
        params: [s.table, s.colocateWith ?? 'none'],
      };
  }
}

export function describeStep(s: Step): string {
  switch (s.kind) {
    case 'app-role-login':
      return `允许应用角色 ${APP_ROLE} 登录（Citus 以当前用户连接工作节点）`;
    case 'reference':
      return `参照表 ${s.table}`;
    case 'distribute':
      return `按 ${DISTRIBUTION_COLUMN} 分布 ${s.table}${s.colocateWith ? `，与 ${s.colocateWith} 同置` : '（新同置组）'}`;
  }
}

export class NotCitusError extends Error {}

/** The tables of the public schema, and whether each has a region_code column (PGlite, PostgreSQL, Citus). */
export async function readTables(q: Queryable): Promise<CatalogueTable[]> {
  const r = await q.query<CatalogueTable>(
    `SELECT c.relname AS name,
       EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = '${DISTRIBUTION_COLUMN}' AND NOT a.attisdropped) AS "hasRegion"
     FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition
     ORDER BY c.relname`,
  );
  return r.rows;
}

/** The foreign keys between tables of the public schema. */
export async function readForeignKeys(q: Queryable): Promise<ForeignKey[]> {
  const r = await q.query<ForeignKey>(
    `SELECT f.relname AS "from", t.relname AS "to"
     FROM pg_constraint k JOIN pg_class f ON f.oid = k.conrelid JOIN pg_class t ON t.oid = k.confrelid
       JOIN pg_namespace n ON n.oid = f.relnamespace
     WHERE k.contype = 'f' AND n.nspname = 'public'`,
  );
  return r.rows;
}

async function readCatalogue(q: Queryable): Promise<Parameters<typeof planDistribution>[0]> {
  const ext = await q.query<{ v: string }>("SELECT extversion AS v FROM pg_extension WHERE extname = 'citus'");
  if (!ext.rows[0]) {
    throw new NotCitusError('该数据库没有 citus 扩展：DATABASE_ADMIN_URL（或 DATABASE_URL）应指向 Citus 协调节点的数据库');
  }
  const tables = await readTables(q);
  const foreignKeys = await readForeignKeys(q);
  const current = await q.query<DistributedTable>(
    `SELECT c.relname AS name,
       CASE WHEN p.partmethod = 'h' THEN 'hash' WHEN p.partmethod = 'n' AND p.repmodel = 't' THEN 'reference'
            WHEN p.partmethod = 'n' THEN 'local' ELSE 'other' END AS method,
       CASE WHEN p.partkey IS NOT NULL THEN column_to_column_name(p.logicalrelid, p.partkey) END AS "column",
       p.colocationid AS "colocationId"
     FROM pg_dist_partition p JOIN pg_class c ON c.oid = p.logicalrelid JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public'`,
  );
  const role = await q.query<{ login: boolean }>('SELECT rolcanlogin AS login FROM pg_roles WHERE rolname = $1', [APP_ROLE]);
  return { tables, foreignKeys, current: current.rows, appRoleCanLogin: role.rows[0]?.login ?? false };
}

export interface DistributeResult {
  plan: Plan;
  workers: number;
  applied: number;
}

/** Reads the catalogue, plans, and (unless `dryRun`) applies the plan one step at a time. */
export async function distributeDatabase(url: string, o: { dryRun: boolean; onStep?: (s: Step) => void }): Promise<DistributeResult> {
  const client = new pg.Client({ connectionString: url, options: '-c TimeZone=UTC' });
  await client.connect();
  try {
    const q: Queryable = {
      async query<R>(text: string, params?: readonly unknown[]) {
        const r = await client.query(text, params ? [...params] : undefined);
        return { rows: r.rows as R[], rowCount: r.rowCount ?? 0 };
      },
    };
    const plan = planDistribution(await readCatalogue(q));
    const w = await q.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM pg_dist_node WHERE noderole = 'primary' AND isactive AND groupid <> 0",
    );
    const workers = w.rows[0]?.n ?? 0;
    let applied = 0;
    if (!o.dryRun && plan.conflicts.length === 0) {
      // One step per statement: each is atomic, and a run stopped half-way resumes where it stopped.
      for (const s of plan.steps) {
        o.onStep?.(s);
        const sql = stepSql(s);
        await q.query(sql.text, sql.params);
        applied++;
      }
    }
    return { plan, workers, applied };
  } finally {
    await client.end();
  }
}
