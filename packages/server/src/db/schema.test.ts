import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, dbKind, type TestEnv } from '../../test/harness';
import { APPEND_ONLY_TABLES, REFERENCE_TABLES } from './schema';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(async () => {
  await env.close();
});

type Constraint = { table: string; name: string; type: 'p' | 'u' | 'f'; columns: string[]; refColumns: string[] | null };

async function constraints(): Promise<Constraint[]> {
  const r = await env.ctx.db.query<{ table: string; name: string; type: 'p' | 'u' | 'f'; columns: string[]; refColumns: string[] | null }>(
    `SELECT c.conrelid::regclass::text AS "table", c.conname AS name, c.contype AS type,
       ARRAY(SELECT a.attname::text FROM unnest(c.conkey) WITH ORDINALITY k(n, i) JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n ORDER BY k.i) AS columns,
       CASE WHEN c.contype = 'f' THEN ARRAY(SELECT a.attname::text FROM unnest(c.confkey) WITH ORDINALITY k(n, i) JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.n ORDER BY k.i) END AS "refColumns"
     FROM pg_constraint c JOIN pg_namespace ns ON ns.oid = c.connamespace
       -- The join on pg_class leaves out a Citus coordinator's shards of reference tables (users_104477…),
       -- which Citus hides from pg_class but not from pg_constraint.
       JOIN pg_class t ON t.oid = c.conrelid
     WHERE ns.nspname = 'public' AND c.contype IN ('p', 'u', 'f')`,
  );
  return r.rows;
}

async function tables(): Promise<string[]> {
  const r = await env.ctx.db.query<{ t: string }>(
    "SELECT table_name AS t FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'",
  );
  return r.rows.map((x) => x.t).sort();
}

describe(`[SCHEMA] tenancy rules of DESIGN.md (${dbKind()})`, () => {
  it('every tenant table carries region_code and leads its primary key with it', async () => {
    const all = await tables();
    const tenant = all.filter((t) => !(REFERENCE_TABLES as readonly string[]).includes(t));
    expect(tenant.length).toBeGreaterThan(5);
    const cs = await constraints();
    for (const t of tenant) {
      const pk = cs.find((c) => c.table === t && c.type === 'p');
      expect(pk, `${t} has a primary key`).toBeDefined();
      expect(pk?.columns[0], `${t}'s primary key leads with region_code`).toBe('region_code');
    }
  });

  it('unique constraints of tenant tables include region_code; foreign keys between tenant tables carry it', async () => {
    const cs = await constraints();
    const isTenant = (t: string) => !(REFERENCE_TABLES as readonly string[]).includes(t);
    for (const c of cs.filter((x) => isTenant(x.table))) {
      if (c.type === 'u') {
        expect(c.columns, `${c.name} includes region_code`).toContain('region_code');
      }
      if (c.type === 'f') {
        expect(c.columns[0], `${c.name} leads with region_code`).toBe('region_code');
        expect(c.refColumns?.[0], `${c.name} references region_code`).toBe('region_code');
      }
    }
  });

  it('unique indexes of tenant tables (partial ones too, which are no constraints) include region_code', async () => {
    const r = await env.ctx.db.query<{ table: string; name: string; columns: string[] }>(
      `SELECT t.relname::text AS "table", i.relname::text AS name,
         ARRAY(SELECT a.attname::text FROM unnest(x.indkey::int2[]) WITH ORDINALITY k(n, o) JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = k.n ORDER BY k.o) AS columns
       FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid JOIN pg_namespace ns ON ns.oid = t.relnamespace
       WHERE ns.nspname = 'public' AND x.indisunique`,
    );
    const unique = r.rows.filter((x) => !(REFERENCE_TABLES as readonly string[]).includes(x.table));
    // The partial ones of decision 0031's import path among them.
    expect(unique.map((x) => x.name)).toEqual(expect.arrayContaining(['sanction_records_case_uq', 'credit_records_self_inspection_uq']));
    for (const x of unique) {
      expect(x.columns, `${x.name} includes region_code`).toContain('region_code');
    }
  });

  it('lists its reference and append-only tables truthfully', async () => {
    const all = await tables();
    for (const t of [...REFERENCE_TABLES, ...APPEND_ONLY_TABLES]) {
      expect(all).toContain(t);
    }
  });
});
