/**
 * One small interface over the two PostgreSQL engines we run on: PGlite (embedded, the default) and a
 * PostgreSQL server (`DATABASE_URL`). Repositories write plain parameterised SQL against `Queryable`.
 */
import { mkdirSync } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { PGlite, types as pgliteTypes } from '@electric-sql/pglite';
import pg from 'pg';
import { from as copyStreamFrom } from 'pg-copy-streams';

export type Row = Record<string, unknown>;
export interface QueryResult<R> {
  rows: R[];
  rowCount: number;
}

/** How one statement is run. */
export interface QueryOptions {
  /**
   * Kept prepared under this name on each connection to a PostgreSQL server: parsed and planned once per connection
   * instead of on every run (a third of what a check-in cost PostgreSQL was planning: bench/README.md, `checkin`).
   * For the fixed statements of the busiest paths only — the session, a plan read under lock, the chains' appends —
   * whose plans do not depend on the values (primary-key and chain-head look-ups: PostgreSQL may switch a prepared
   * statement to a generic plan). One name, one constant text (`preparedName` refuses a second text). PGlite, one
   * connection in the process, runs it like any other statement.
   */
  prepare?: string;
}

const preparedTexts = new Map<string, string>();

/** The statement's prepared name, after checking that the name was never given to another text. */
export function preparedName(name: string, text: string): string {
  const known = preparedTexts.get(name);
  if (known === undefined) {
    preparedTexts.set(name, text);
  } else if (known !== text) {
    throw new Error(`prepared statement name ${name} used for two texts`);
  }
  return name;
}

export interface Queryable {
  query<R = Row>(text: string, params?: readonly unknown[], options?: QueryOptions): Promise<QueryResult<R>>;
  /**
   * PostgreSQL server only: `COPY … FROM STDIN` of text-format data (the bulk path of imports).
   * Absent on PGlite, where the caller uses a multi-row INSERT instead.
   */
  copyFrom?(copySql: string, data: string): Promise<void>;
  /**
   * A transaction on a PostgreSQL server only: a statement whose answer nobody reads (a lock, an insert that returns
   * nothing), sent with the transaction's next statement or its COMMIT, in the same write and round trip (pipelined).
   * Run in order: the next statement sees what it did. Its error fails that next statement, and so the transaction.
   * Callers use `runLater`, which runs the statement at once where this is absent.
   */
  later?(text: string, params?: readonly unknown[], options?: QueryOptions): void;
}

/**
 * Runs a statement whose answer is not needed: in a PostgreSQL server's transaction, with the transaction's next
 * statement (`Queryable.later`: one round trip for both); elsewhere at once.
 */
export async function runLater(q: Queryable, text: string, params?: readonly unknown[], options?: QueryOptions): Promise<void> {
  if (q.later) {
    q.later(text, params, options);
    return;
  }
  await q.query(text, params, options);
}

export interface Database extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/**
 * Runs `fn` in the transaction it is given, or — given the database itself — in a transaction of its own.
 * For writes that hold a transaction lock (the chains of events and audit rows): outside a transaction the
 * lock would end with its own statement.
 */
export function inTransaction<T>(q: Queryable, fn: (tx: Queryable) => Promise<T>): Promise<T> {
  const db = q as Partial<Database>;
  return typeof db.transaction === 'function' ? db.transaction(fn) : fn(q);
}

/** A transaction lock on a chain (events of an aggregate, an audit lane, a month's figures…) by its text key. */
const CHAIN_LOCK = 'SELECT pg_advisory_xact_lock(hashtextextended($1, 0))';

/**
 * Takes a chain's transaction lock (`CHAIN_LOCK`) until the transaction ends. Sent with the statement after it
 * (`runLater`), whose snapshot is taken after the lock: the read the lock serialises sees every commit before it.
 */
export async function lockChain(tx: Queryable, key: string): Promise<void> {
  await runLater(tx, CHAIN_LOCK, [key], { prepare: 'chain_lock' });
}

/**
 * Two chains' transaction locks in one round trip, `$1`'s before `$2`'s (a select list is evaluated left to right):
 * a recorded change's event chain and audit lane (`records/record-change.ts`), in the order they were taken one by one.
 */
const CHAIN_LOCK_PAIR = 'SELECT pg_advisory_xact_lock(hashtextextended($1, 0)), pg_advisory_xact_lock(hashtextextended($2, 0))';

/** Takes two chains' transaction locks (`CHAIN_LOCK_PAIR`), `first`'s before `second`'s, until the transaction ends. */
export async function lockChainPair(tx: Queryable, first: string, second: string): Promise<void> {
  // Sent with the statement after it (the chains' heads): that statement's snapshot is taken after both locks.
  await runLater(tx, CHAIN_LOCK_PAIR, [first, second], { prepare: 'chain_lock_pair' });
}

/** The application's own database role (DESIGN.md: it cannot UPDATE or DELETE append-only rows). */
export const APP_ROLE = 'rouxing_app';

// Calendar dates stay `YYYY-MM-DD` strings (the law counts dates, not instants); timestamps are ISO
// strings; bigint counts are numbers (our counts stay far below 2^53).
const identity = (v: string) => v;
/** `2026-11-28 09:50:25.123456+00` (sessions run in UTC) → `2026-11-28T09:50:25.123Z`. */
export function isoTimestamp(v: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2})(\.\d+)?([+-]\d{2})(?::?(\d{2}))?$/.exec(v);
  if (!m) {
    return new Date(v).toISOString();
  }
  const frac = (m[3] ?? '.000').slice(0, 4).padEnd(4, '0');
  return new Date(`${m[1]}T${m[2]}${frac}${m[4]}:${m[5] ?? '00'}`).toISOString();
}

export interface PgliteOptions {
  /** Data folder; undefined keeps the database in memory. */
  dataDir?: string;
  /** A dump made by `dumpDataDir()`, to start from a copy (tests clone one migrated template). */
  loadDataDir?: Blob;
}

export async function openPglite(opts: PgliteOptions = {}): Promise<Database & { pglite: PGlite }> {
  if (opts.dataDir) {
    mkdirSync(opts.dataDir, { recursive: true });
  }
  const db = await PGlite.create({
    dataDir: opts.dataDir,
    loadDataDir: opts.loadDataDir,
    // Every session runs in UTC: timestamps are parsed one way on both engines.
    parsers: {
      [pgliteTypes.DATE]: identity,
      [pgliteTypes.TIMESTAMPTZ]: isoTimestamp,
      [pgliteTypes.INT8]: (v: string) => Number(v),
    },
  });
  await db.exec("SET TIME ZONE 'UTC'");
  const wrap = (q: { query: PGlite['query'] }): Queryable => ({
    async query<R>(text: string, params?: readonly unknown[], options?: QueryOptions) {
      if (options?.prepare) {
        preparedName(options.prepare, text);
      }
      const r = await q.query<R>(text, params ? [...params] : undefined);
      return { rows: r.rows, rowCount: r.affectedRows ?? r.rows.length };
    },
  });
  const self = wrap(db);
  return {
    kind: 'pglite',
    pglite: db,
    query: self.query,
    transaction: (fn) => db.transaction((tx) => fn(wrap(tx))),
    close: () => db.close(),
  };
}

const pgTypes = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
    if (oid === 1082) {
      return identity;
    }
    if (oid === 1184) {
      return isoTimestamp;
    }
    if (oid === 20) {
      return (v: string) => Number(v);
    }
    return pg.types.getTypeParser(oid, format);
  }) as typeof pg.types.getTypeParser,
};

export interface PostgresOptions {
  url: string;
  /** Role to `SET ROLE` to on every connection (the application role); null to stay as connected. */
  role?: string | null;
  max?: number;
}

/** node-postgres's form of a statement: named when it is to be kept prepared. */
function statement(text: string, params: readonly unknown[] | undefined, options: QueryOptions | undefined): pg.QueryConfig {
  const values = params ? [...params] : undefined;
  return options?.prepare ? { name: preparedName(options.prepare, text), text, values } : { text, values };
}

export async function openPostgres(opts: PostgresOptions): Promise<Database & { pool: pg.Pool }> {
  // The application role is set at connection start (`-c role=…`), so every statement of every
  // connection runs under it, with no extra round trip.
  const options = opts.role ? `-c TimeZone=UTC -c role=${opts.role}` : '-c TimeZone=UTC';
  const pool = new pg.Pool({ connectionString: opts.url, max: opts.max ?? 10, types: pgTypes, options });
  // An idle connection can be closed by the server (restart, administrator command): the pool drops it
  // and opens another on the next query; without a listener the 'error' event would crash the process.
  pool.on('error', () => undefined);
  const query = async <R>(text: string, params?: readonly unknown[], options?: QueryOptions) => {
    const r = await pool.query(statement(text, params, options));
    return { rows: r.rows as R[], rowCount: r.rowCount ?? 0 };
  };
  // Check the connection (and the role) now rather than on the first request.
  await query('select 1');
  return {
    kind: 'postgres',
    pool,
    query,
    async transaction(fn) {
      // A deadlock (40P01) or serialization failure (40001) rolled the whole transaction back: PostgreSQL
      // asks the client to run it again. A few tries with a random pause; then the error stands (a 500).
      for (let attempt = 1; ; attempt++) {
        try {
          return await runTransaction(pool, fn);
        } catch (err) {
          const code = (err as { code?: string }).code;
          if (attempt >= 4 || (code !== '40P01' && code !== '40001')) {
            throw err;
          }
          await new Promise((r) => setTimeout(r, 5 + Math.random() * 20 * attempt));
        }
      }
    },
    close: () => pool.end(),
  };
}

/**
 * One transaction on a client of the pool: committed when `fn` resolves, rolled back when it throws. BEGIN waits, with
 * the statements given to `later`, for the transaction's first statement that is waited for (decision 0034).
 */
async function runTransaction<T>(pool: pg.Pool, fn: (tx: Queryable) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  const wire = pipelinedClient(client);
  // BEGIN waits, with the statements given to `later`, for the transaction's next statement: they go out with it
  // in one write and come back in one round trip (issue 15 item 5: a round trip cost the event loop a socket write).
  const pending: pg.QueryConfig[] = [{ text: 'BEGIN' }];
  let begun = false;
  const flush = (last?: pg.QueryConfig) => {
    const batch = last ? [...pending, last] : [...pending];
    pending.length = 0;
    // The first batch sent holds BEGIN.
    begun = true;
    return wire.send(batch);
  };
  try {
    const tx: Queryable = {
      async query<R>(text: string, params?: readonly unknown[], options?: QueryOptions) {
        const r = await flush(statement(text, params, options));
        return { rows: r.rows as R[], rowCount: r.rowCount ?? 0 };
      },
      later(text: string, params?: readonly unknown[], options?: QueryOptions) {
        pending.push(statement(text, params, options));
      },
      async copyFrom(copySql: string, data: string) {
        if (pending.length > 0) {
          await flush();
        }
        await wire.idle();
        await pipeline(Readable.from([data]), client.query(copyStreamFrom(copySql)));
      },
    };
    const result = await fn(tx);
    if (begun || pending.length > 1) {
      await flush({ text: 'COMMIT' });
    }
    return result;
  } catch (err) {
    if (begun) {
      await wire
        .idle()
        .then(() => client.query('ROLLBACK'))
        .catch(() => undefined);
    }
    throw err;
  } finally {
    client.release();
  }
}

/** node-postgres's client with the internals a pipelined batch uses (pg ≥ 8.23: `pipeline`, the connection's socket). */
type PipelineClient = pg.PoolClient & { pipeline: boolean; connection: { stream: { cork(): void; uncork(): void } } };

/**
 * Sends batches of statements on one checked-out client, each batch in one write, one batch after another. A batch of
 * one is an ordinary query. A longer one uses node-postgres's pipeline mode, switched on for the batch only (COPY, a
 * custom query, is refused in that mode): every statement is written under one cork — one `writev` — each with its own
 * Sync, and answered in order. The batch's answer is its last statement's; the first error is the batch's error (the
 * statements after it fail as the aborted transaction's).
 */
function pipelinedClient(client: pg.PoolClient) {
  const c = client as PipelineClient;
  let last: Promise<unknown> = Promise.resolve();
  async function run(batch: pg.QueryConfig[]): Promise<pg.QueryResult> {
    if (batch.length <= 1) {
      return client.query(batch[0] as pg.QueryConfig);
    }
    c.pipeline = true;
    let settled: PromiseSettledResult<pg.QueryResult>[];
    try {
      let sent: Promise<pg.QueryResult>[];
      c.connection.stream.cork();
      try {
        sent = batch.map((q) => client.query(q));
      } finally {
        c.connection.stream.uncork();
      }
      settled = await Promise.allSettled(sent);
    } finally {
      c.pipeline = false;
    }
    const failed = settled.find((s) => s.status === 'rejected');
    if (failed) {
      throw failed.reason;
    }
    return (settled[settled.length - 1] as PromiseFulfilledResult<pg.QueryResult>).value;
  }
  return {
    send(batch: pg.QueryConfig[]): Promise<pg.QueryResult> {
      const p = last.then(() => run(batch));
      last = p.catch(() => undefined);
      return p;
    },
    /** Resolves when every batch sent has been answered. */
    idle: () => last.then(() => undefined),
  };
}
