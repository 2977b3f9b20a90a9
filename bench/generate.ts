/**
 * The synthetic-data generator:
 *   node --import tsx bench/generate.ts --count N --database-url URL [--region 430482] [--seed 1] [--table entities] [--start 0]
 * writes N realistic entities straight into a migrated database's `entities` table with COPY;
 *   node --import tsx bench/generate.ts --count N --csv FILE [--bad 0.01] [--region 430482] [--seed 1]
 * writes them as an import file instead (`writeEntitiesCsv`), a share of them deliberately wrong.
 * `--region` takes county codes, a prefecture or 430000, comma-separated.
 */

import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createEntityGenerator, HUNAN_COUNTIES, type SyntheticEntity } from '@rouxing/domain';
import { newId, searchGramsOf, searchTextOf, textArrayLiteral } from '@rouxing/server';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { BAD_ROW_COLUMN, BAD_ROW_KINDS, type BadRowKind, csvLine, entityCells, IMPORT_HEADER, spoil } from './entity-format';

/**
 * The target table: each column COPY fills and how an entity fills it (null → SQL NULL). Columns not
 * named take their defaults (whitelisted, in_observation_period, credit_grade, risk_level, status,
 * version, created_at, updated_at). Personal data stays NULL: the platform encrypts it with its own key.
 */
export const ENTITY_TABLE = {
  table: 'entities',
  columns: [
    ['region_code', (e) => e.regionCode],
    ['id', (_e, id) => id],
    ['uscc', (e) => e.uscc],
    ['name', (e) => e.name],
    ['entity_type', (e) => e.entityType],
    ['legal_representative', (e) => e.legalRepresentative],
    ['legal_representative_id_no_enc', () => null],
    ['contact_phone_enc', () => null],
    ['industry_code', (e) => e.industryCode],
    ['address', (e) => e.address],
    ['established_on', (e) => e.establishedOn],
    ['new_business_form', (e) => (e.newBusinessForm ? 't' : 'f')],
    ['search_text', (e) => searchTextOf(e)],
    ['search_grams', (e) => textArrayLiteral(searchGramsOf(e.regionCode, e.name, e.legalRepresentative))],
  ] as ReadonlyArray<readonly [column: string, value: (e: SyntheticEntity, id: string) => string | null]>,
};

/** What to generate. */
export interface GenerateOptions {
  seed?: number;
  /** County codes, a prefecture or the province (default: every county of Hunan). */
  regionCodes?: readonly string[];
  /** Index of the first entity; a later run given the previous run's end adds without USCC clashes. */
  startIndex?: number;
  /** Latest establishment date (default 2025-12-31). */
  asOf?: string;
}

/** One deliberately wrong row: its number as a spreadsheet shows it (the header is row 1). */
export interface BadRow {
  row: number;
  kind: BadRowKind;
  /** The header of the spoiled column. */
  column: string;
}

const generatorFor = (opts: GenerateOptions) =>
  createEntityGenerator(opts.seed ?? 1, { regionCodes: opts.regionCodes, startIndex: opts.startIndex, asOf: opts.asOf });

/**
 * Writes an import file (UTF-8 with BOM, header row, then `count` rows). `badRowRatio` of the rows
 * (rounded to a whole number of rows) are spoiled, spread evenly, cycling through BAD_ROW_KINDS.
 */
export async function writeEntitiesCsv(
  path: string,
  count: number,
  opts: GenerateOptions = {},
  bad: { badRowRatio?: number } = {},
): Promise<{ rows: number; bad: number; badRows: BadRow[] }> {
  const ratio = bad.badRowRatio ?? 0;
  if (!(ratio >= 0 && ratio <= 1)) {
    throw new Error(`badRowRatio 应在 0 到 1 之间：${ratio}`);
  }
  const totalBad = Math.round(count * ratio);
  const gen = generatorFor(opts);
  const out = createWriteStream(path);
  const badRows: BadRow[] = [];
  let chunk = `\uFEFF${csvLine(IMPORT_HEADER)}`;
  for (let i = 1; i <= count; i++) {
    let cells = entityCells(gen.next());
    // Integer Bresenham: exactly totalBad rows, evenly spaced, the last one at row `count`.
    if (Math.floor((i * totalBad) / count) > Math.floor(((i - 1) * totalBad) / count)) {
      const kind = BAD_ROW_KINDS[badRows.length % BAD_ROW_KINDS.length] as BadRowKind;
      cells = spoil(cells, kind);
      badRows.push({ row: i + 1, kind, column: BAD_ROW_COLUMN[kind] });
    }
    chunk += csvLine(cells);
    if (chunk.length > 1 << 16) {
      if (!out.write(chunk)) {
        await once(out, 'drain');
      }
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'finish');
  return { rows: count, bad: badRows.length, badRows };
}

/** COPY text format: backslash, tab and line breaks escaped, NULL as `\N`. */
const esc = (v: string | null) =>
  v === null
    ? '\\N'
    : /[\\\t\n\r]/.test(v)
      ? v.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'))
      : v;

/** COPYs `count` synthetic entities into `opts.table` (default `entities`) over an open connection. */
export async function copyEntities(
  client: pg.ClientBase,
  count: number,
  opts: GenerateOptions & { table?: string } = {},
): Promise<{ rows: number; ms: number }> {
  const table = opts.table ?? ENTITY_TABLE.table;
  if (!/^[a-z_][a-z0-9_]*(\.[a-z_][a-z0-9_]*)?$/.test(table)) {
    throw new Error(`表名不合法：${table}`);
  }
  const gen = generatorFor(opts);
  const values = ENTITY_TABLE.columns.map(([, value]) => value);
  const started = performance.now();
  async function* lines() {
    let chunk = '';
    for (let i = 0; i < count; i++) {
      const e = gen.next();
      const id = newId();
      let line = '';
      for (let k = 0; k < values.length; k++) {
        line += (k === 0 ? '' : '\t') + esc((values[k] as (typeof values)[number])(e, id));
      }
      chunk += `${line}\n`;
      if (chunk.length > 1 << 16) {
        yield chunk;
        chunk = '';
      }
    }
    yield chunk;
  }
  const columns = ENTITY_TABLE.columns.map(([c]) => c).join(', ');
  await pipeline(Readable.from(lines()), client.query(copyFrom(`COPY ${table} (${columns}) FROM STDIN`)));
  return { rows: count, ms: performance.now() - started };
}

/** The province of issue 15: its size at `--scale 1`. */
export const PROVINCE = { entities: 7_000_000, inspections: 10_000_000, cases: 2_000_000 } as const;

export interface ProvinceOptions {
  /** 1 = the full province; 0.01 = a hundredth of every count. */
  scale?: number;
  seed?: number;
  /** The officers' county (the demo region), given `regionShare` of everything. */
  region?: string;
  /** 常宁市 is ~1.2% of Hunan's people (the equal share of 122 counties would be 0.82%). */
  regionShare?: number;
  /** The last day of the history (default: today in Beijing). */
  asOf?: string;
  log?: (line: string) => void;
}

export interface ProvinceReport {
  entities: number;
  regionEntities: number;
  plans: number;
  planOfficers: number;
  cases: number;
  events: number;
  /** Seconds per step. */
  seconds: Record<string, number>;
}

/**
 * A case's history by the state it has reached: each step's action and the state it leads to (the events
 * `case.<action>` the product appends, seq 1…n). The days are offsets from the start.
 */
type Step = readonly [action: string, to: string, day: number];
/** The common beginnings of the paths: served, accepted, committed, completed. */
const SERVED: readonly Step[] = [
  ['start', 'started', 0],
  ['serve_notice', 'notice_served', 3],
];
const ACCEPTED: readonly Step[] = [...SERVED, ['record_choice', 'accepted', 6]];
const COMMITTED: readonly Step[] = [...ACCEPTED, ['record_measure', 'commitment_pending', 10]];
const COMPLETED: readonly Step[] = [...COMMITTED, ['fulfil_commitment', 'measures', 38], ['complete', 'completed', 45]];
const CASE_PATHS: Record<string, readonly Step[]> = {
  started: SERVED.slice(0, 1),
  notice_served: SERVED,
  accepted: ACCEPTED,
  declined: [...SERVED, ['record_choice', 'declined', 6]],
  measures: [...ACCEPTED, ['record_measure', 'measures', 10]],
  commitment_pending: COMMITTED,
  completed: COMPLETED,
  terminated: [...COMMITTED, ['terminate', 'terminated', 45]],
  archived: [...COMPLETED, ['archive', 'archived', 60]],
};

const sqlArray = (xs: readonly (string | number)[]) => `ARRAY[${xs.map((x) => (typeof x === 'number' ? String(x) : `'${x}'`)).join(',')}]`;
const pathCase = (pick: (step: Step) => string | number, type: string) =>
  `CASE c.state ${Object.entries(CASE_PATHS)
    .map(([state, steps]) => `WHEN '${state}' THEN ${sqlArray(steps.map(pick))}`)
    .join(' ')} END::${type}[]`;

/**
 * Generates a province straight into a migrated, demo-seeded database (PostgreSQL or a distributed Citus
 * database): `PROVINCE × scale` entities by COPY (`regionShare` of them in the officers' county, the rest over
 * Hunan's other 121 counties), each county given the demo county's departments; inspection plans (two
 * officers each) over five years, most completed; cases with their events, the open ones recent and the
 * old ones archived. Set-based SQL for what follows from the entities (one statement per table).
 */
export async function generateProvince(client: pg.ClientBase, o: ProvinceOptions = {}): Promise<ProvinceReport> {
  const scale = o.scale ?? 1;
  const region = o.region ?? '430482';
  const share = o.regionShare ?? 0.012;
  const seed = o.seed ?? 15;
  const asOf = o.asOf ?? new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
  const log = o.log ?? (() => undefined);
  const seconds: Record<string, number> = {};
  const step = async <T>(name: string, fn: () => Promise<T>): Promise<T> => {
    const t = performance.now();
    const r = await fn();
    seconds[name] = (performance.now() - t) / 1000;
    log(`province: ${name} ${seconds[name].toFixed(1)} s`);
    return r;
  };
  const others = HUNAN_COUNTIES.filter((c) => c.code !== region);
  const total = Math.round(PROVINCE.entities * scale);
  const inRegion = Math.round(total * share);

  // Every county its departments: the demo county's, renamed.
  await step('departments', () =>
    client.query(
      `INSERT INTO departments
       SELECT (jsonb_populate_record(NULL::departments, to_jsonb(d) || jsonb_build_object('region_code', r.code, 'id',
         md5(r.code || d.code)::uuid, 'name', replace(d.name, '常宁市', r.name), 'created_at', now()))).*
       FROM departments d CROSS JOIN unnest($2::text[], $3::text[]) AS r(code, name)
       WHERE d.region_code = $1
       ON CONFLICT DO NOTHING`,
      [region, others.map((c) => c.code), others.map((c) => c.name)],
    ),
  );
  await step('entities', async () => {
    // The name index (GIN) is built once after the rows rather than entry by entry during the COPY (its pending list
    // flushed every few megabytes made the full province's entities twice as slow): dropped, and made again from
    // its own definition.
    const gin = (
      await client.query<{ name: string; def: string }>(
        `SELECT indexname AS name, indexdef AS def FROM pg_indexes WHERE schemaname = 'public' AND tablename = 'entities' AND indexdef LIKE '%USING gin%'`,
      )
    ).rows;
    for (const i of gin) {
      await client.query(`DROP INDEX ${i.name}`);
    }
    // Far from the demo seed's index range, so no USCC clashes with its entities.
    await copyEntities(client, inRegion, { seed, regionCodes: [region], startIndex: 20_000_000 });
    await copyEntities(client, total - inRegion, { seed, regionCodes: others.map((c) => c.code), startIndex: 20_000_000 + inRegion });
    for (const i of gin) {
      await client.query(i.def);
    }
  });

  const users = (
    await client.query<{ id: string; name: string; cert: string }>(
      `SELECT id, display_name AS name, coalesce(certificate_no, '') AS cert FROM users
       WHERE region_code = $1 AND username IN ('officer', 'officer2') ORDER BY username`,
      [region],
    )
  ).rows;
  if (users.length !== 2) {
    throw new Error('province: the demo officers are missing (seed the database first)');
  }
  const [u1, u2] = users as [(typeof users)[number], (typeof users)[number]];
  // The enforcement departments, numbered alike in every county (the copies keep the demo county's codes).
  await client.query(`DROP TABLE IF EXISTS bench_depts`);
  await client.query(
    `CREATE TEMP TABLE bench_depts AS
     SELECT region_code, id, code, doc_prefix, (row_number() OVER (PARTITION BY region_code ORDER BY code) - 1)::int AS i
     FROM departments WHERE kind = 'enforcement'`,
  );
  await client.query(`CREATE INDEX ON bench_depts (region_code, i)`);
  const depts =
    (await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM bench_depts WHERE region_code = $1`, [region])).rows[0]?.n ?? 0;
  await client.query(`SELECT setseed($1)`, [(seed % 1000) / 1000]);

  // Plans: on average inspections/entities per entity (0…2× that, uniform), created over five years before asOf.
  const perEntity = (PROVINCE.inspections * scale) / total;
  await step('inspection_plans', () =>
    client.query(
      `INSERT INTO inspection_plans (region_code, id, department_id, entity_id, type, status, window_from, window_to, created_by, created_by_name,
         created_at, submitted_at, approved_by, approved_by_name, approved_at, rejection_reason, checked_in_at, checked_out_at, result, findings)
       SELECT x.region_code, x.id, d.id, x.entity_id, x.type, x.status, x.day, x.day + 14, $1, $2,
         x.at, x.at, CASE WHEN x.status <> 'pending_approval' THEN $1::uuid END, CASE WHEN x.status <> 'pending_approval' THEN $2 END,
         CASE WHEN x.status <> 'pending_approval' THEN x.at + interval '1 day' END,
         CASE WHEN x.status = 'rejected' THEN '检查事项与本部门职责不符' END,
         CASE WHEN x.status IN ('checked_in', 'completed') THEN x.at + interval '3 days' END,
         CASE WHEN x.status = 'completed' THEN x.at + interval '3 days 2 hours' END,
         CASE WHEN x.status = 'completed' THEN CASE WHEN x.r2 < 0.2 THEN 'problems' ELSE 'no_problem' END END,
         CASE WHEN x.status = 'completed' AND x.r2 < 0.2 THEN '现场发现问题，已责令整改' END
       FROM (
         SELECT e.region_code, gen_random_uuid() AS id, e.id AS entity_id, y.day, (y.day + time '09:00') AT TIME ZONE 'Asia/Shanghai' AS at, y.r2,
           (random() * $5)::int AS di,
           (ARRAY['routine','routine','random','random','random','triggered','joint','special'])[1 + floor(random() * 8)::int] AS type,
           CASE WHEN $3::date - y.day > 30 THEN
             CASE WHEN y.r < 0.94 THEN 'completed' WHEN y.r < 0.97 THEN 'cancelled' ELSE 'rejected' END
           ELSE
             CASE WHEN y.r < 0.15 THEN 'pending_approval' WHEN y.r < 0.45 THEN 'approved' WHEN y.r < 0.55 THEN 'checked_in'
                  WHEN y.r < 0.9 THEN 'completed' WHEN y.r < 0.95 THEN 'rejected' ELSE 'cancelled' END
           END AS status
         FROM entities e
         CROSS JOIN LATERAL generate_series(1, (random() * 2 * $4)::int + 0 * length(e.name)) AS g(n)
         CROSS JOIN LATERAL (SELECT $3::date - (random() * 1825)::int AS day, random() AS r, random() AS r2 WHERE g.n > 0) y
       ) x
       JOIN bench_depts d ON d.region_code = x.region_code AND d.i = x.di`,
      [u1.id, u1.name, asOf, perEntity, depts - 0.5001],
    ),
  );
  await step('inspection_plan_officers', () =>
    client.query(
      `INSERT INTO inspection_plan_officers (region_code, plan_id, user_id, display_name, certificate_no, department_name)
       SELECT p.region_code, p.id, u.id, u.name, u.cert, '市场监督管理局'
       FROM inspection_plans p CROSS JOIN (VALUES ($1::uuid, $2, $3), ($4::uuid, $5, $6)) AS u(id, name, cert)
       ON CONFLICT DO NOTHING`,
      [u1.id, u1.name, u1.cert, u2.id, u2.name, u2.cert],
    ),
  );

  const versionCase = `CASE x.state ${Object.entries(CASE_PATHS)
    .map(([st, steps]) => `WHEN '${st}' THEN ${steps.length}`)
    .join(' ')} END`;
  // Cases: a share of the entities, one each, started over five years; the state follows from the age.
  const caseShare = (PROVINCE.cases * scale) / total;
  await client.query(`DROP SEQUENCE IF EXISTS bench_case_no`);
  await client.query(`CREATE TEMP SEQUENCE bench_case_no`);
  await step('cases', () =>
    client.query(
      `INSERT INTO cases (region_code, id, case_no, department_id, entity_id, party_uscc, origin, state, facts, legal_basis, snapshot,
         commitment_deadline, started_on, closed_on, archived_on, version, created_by, created_at, updated_at, party_kind)
       SELECT x.region_code, x.id, d.doc_prefix || '柔〔' || extract(year FROM x.started)::int || '〕' || nextval('bench_case_no') || '号',
         d.id, x.entity_id, x.uscc, x.origin, x.state, '经检查发现' || x.name || '存在轻微违法行为', '《中华人民共和国行政处罚法》第三十三条',
         jsonb_build_object('id', x.id, 'regionCode', x.region_code, 'departmentId', d.id, 'partyUscc', x.uscc, 'origin', x.origin,
           'state', x.state, 'startedOn', x.started, 'lastActionOn', x.last,
           'notice', CASE WHEN x.state <> 'started' THEN jsonb_build_object('servedOn', x.started + 3, 'choiceDeadline', x.started + 10, 'delivery', 'direct') END,
           'choice', CASE WHEN x.state NOT IN ('started', 'notice_served') THEN jsonb_build_object('choice',
             CASE WHEN x.state = 'declined' THEN 'decline' ELSE 'accept' END, 'on', x.started + 6, 'deemed', false, 'recordedBy', $1::text) END,
           'applicationWithdrawnOn', NULL, 'measures', '[]'::jsonb,
           'termination', CASE WHEN x.state = 'terminated' THEN jsonb_build_object('ground', 'general_procedure', 'reason', '当事人未按承诺整改',
             'on', x.started + 45, 'proposedBy', $1::text, 'approvedBy', $1::text, 'handOverToGeneralProcedure', true, 'observationException', NULL) END,
           'closedOn', x.closed, 'archivedOn', x.archived, 'observationPeriods', '[]'::jsonb),
         CASE WHEN x.state IN ('commitment_pending', 'completed', 'terminated', 'archived') THEN x.started + 40 END,
         x.started, x.closed, x.archived, ${versionCase}, $1::uuid,
         (x.started + time '09:00') AT TIME ZONE 'Asia/Shanghai', (x.last + time '17:00') AT TIME ZONE 'Asia/Shanghai', 'entity'
       FROM (
         SELECT y.*,
           y.started + CASE y.state WHEN 'started' THEN 0 WHEN 'notice_served' THEN 3 WHEN 'accepted' THEN 6 WHEN 'declined' THEN 6
             WHEN 'measures' THEN 10 WHEN 'commitment_pending' THEN 10 WHEN 'completed' THEN 45 WHEN 'terminated' THEN 45 ELSE 60 END AS last,
           CASE WHEN y.state = 'declined' THEN y.started + 6 WHEN y.state IN ('completed', 'terminated', 'archived') THEN y.started + 45 END AS closed,
           CASE WHEN y.state = 'archived' THEN y.started + 60 END AS archived
         FROM (
           SELECT e.region_code, gen_random_uuid() AS id, e.id AS entity_id, e.uscc, e.name, z.started, z.di,
             CASE WHEN z.r < 0.8 THEN 'ex_officio' ELSE 'on_application' END AS origin,
             CASE
               WHEN z.age < 3 THEN 'started'
               WHEN z.age < 6 THEN CASE WHEN z.r2 < 0.3 THEN 'started' ELSE 'notice_served' END
               WHEN z.age < 10 THEN CASE WHEN z.r2 < 0.1 THEN 'notice_served' WHEN z.r2 < 0.85 THEN 'accepted' ELSE 'declined' END
               WHEN z.age < 45 THEN CASE WHEN z.r2 < 0.1 THEN 'declined' WHEN z.r2 < 0.3 THEN 'measures' ELSE 'commitment_pending' END
               WHEN z.age < 60 THEN CASE WHEN z.r2 < 0.1 THEN 'declined' WHEN z.r2 < 0.2 THEN 'terminated' WHEN z.r2 < 0.3 THEN 'commitment_pending' ELSE 'completed' END
               ELSE CASE WHEN z.r2 < 0.05 THEN 'declined' WHEN z.r2 < 0.06 THEN 'completed' WHEN z.r2 < 0.07 THEN 'terminated' ELSE 'archived' END
             END AS state
           FROM entities e
           CROSS JOIN LATERAL (SELECT (random() * 1825)::int AS age, random() AS r, random() AS r2, (random() * $3)::int AS di,
             $2::date AS today WHERE e.id IS NOT NULL) z0
           CROSS JOIN LATERAL (SELECT z0.*, z0.today - z0.age AS started) z
           WHERE random() < $4
         ) y
       ) x
       JOIN bench_depts d ON d.region_code = x.region_code AND d.i = x.di`,
      [u1.id, asOf, depts - 0.5001, caseShare],
    ),
  );
  await step('events', () =>
    client.query(
      `INSERT INTO events (region_code, id, aggregate_type, aggregate_id, seq, type, actor_id, actor_name, occurred_at, from_state, to_state,
         payload, prev_hash, hash)
       SELECT c.region_code, gen_random_uuid(), 'case', c.id::text, s.seq, 'case.' || s.action, $1, $2,
         (c.started_on + s.day + time '10:00') AT TIME ZONE 'Asia/Shanghai', s.prev, s.to_state,
         CASE WHEN s.action = 'serve_notice' THEN jsonb_build_object('offered', '告知书载明的从轻、减轻或不予处罚的条件') ELSE '{}'::jsonb END,
         CASE WHEN s.seq > 1 THEN md5(c.id::text || (s.seq - 1)) END, md5(c.id::text || s.seq)
       FROM cases c
       CROSS JOIN LATERAL (
         SELECT t.action, t.to_state, t.day, t.seq::int, lag(t.to_state) OVER (ORDER BY t.seq) AS prev
         FROM unnest(${pathCase((s) => s[0], 'text')}, ${pathCase((s) => s[1], 'text')}, ${pathCase((s) => s[2], 'int')})
           WITH ORDINALITY AS t(action, to_state, day, seq)
       ) s
       WHERE c.created_by = $1 AND c.facts LIKE '经检查发现%'`,
      [u1.id, u1.name],
    ),
  );
  const count = async (sql: string, params: unknown[] = []) => (await client.query<{ n: number }>(sql, params)).rows[0]?.n ?? 0;
  return {
    entities: await count(`SELECT count(*)::int AS n FROM entities`),
    regionEntities: await count(`SELECT count(*)::int AS n FROM entities WHERE region_code = $1`, [region]),
    plans: await count(`SELECT count(*)::int AS n FROM inspection_plans`),
    planOfficers: await count(`SELECT count(*)::int AS n FROM inspection_plan_officers`),
    cases: await count(`SELECT count(*)::int AS n FROM cases`),
    events: await count(`SELECT count(*)::int AS n FROM events WHERE aggregate_type = 'case'`),
    seconds,
  };
}

const USAGE =
  '用法: node --import tsx bench/generate.ts --count N (--database-url URL [--table entities] [--start 0] | --csv FILE [--bad 0.01]) [--region 430482] [--seed 1]\n';

async function main(): Promise<void> {
  const { values: a } = parseArgs({
    options: {
      count: { type: 'string', default: '10000' },
      'database-url': { type: 'string' },
      csv: { type: 'string' },
      bad: { type: 'string', default: '0' },
      region: { type: 'string' },
      seed: { type: 'string', default: '1' },
      table: { type: 'string', default: ENTITY_TABLE.table },
      start: { type: 'string', default: '0' },
    },
  });
  const count = Number(a.count);
  const opts: GenerateOptions = {
    seed: Number(a.seed),
    regionCodes: a.region ? a.region.split(',') : undefined,
    startIndex: Number(a.start),
  };
  if (!Number.isInteger(count) || count < 0) {
    process.stderr.write(USAGE);
    process.exitCode = 2;
    return;
  }
  if (a.csv) {
    const t = performance.now();
    const r = await writeEntitiesCsv(a.csv, count, opts, { badRowRatio: Number(a.bad) });
    const s = (performance.now() - t) / 1000;
    process.stdout.write(`wrote ${r.rows} rows (${r.bad} bad) to ${a.csv} in ${s.toFixed(1)} s, ${Math.round(r.rows / s)} rows/s\n`);
    return;
  }
  const url = a['database-url'];
  if (!url) {
    process.stderr.write(USAGE);
    process.exitCode = 2;
    return;
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const r = await copyEntities(client, count, { ...opts, table: a.table });
    process.stdout.write(
      `copied ${r.rows} entities into ${a.table} in ${(r.ms / 1000).toFixed(1)} s, ${Math.round(r.rows / (r.ms / 1000))} rows/s\n`,
    );
  } finally {
    await client.end();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await main();
}
