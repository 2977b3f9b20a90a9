import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, dbKind, loginAs, type TestEnv } from '../../test/harness';
import { preparedName } from './database';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(async () => {
  await env.close();
});

describe(`[DB] statements kept prepared (${dbKind()})`, () => {
  it('keeps a named statement prepared on its connection of a PostgreSQL server, and gives the same rows on PGlite', async () => {
    await env.ctx.db.transaction(async (tx) => {
      const a = await tx.query<{ n: number }>('SELECT $1::int + 1 AS n', [1], { prepare: 'test_probe_add' });
      const b = await tx.query<{ n: number }>('SELECT $1::int + 1 AS n', [41], { prepare: 'test_probe_add' });
      expect([a.rows[0]?.n, b.rows[0]?.n]).toEqual([2, 42]);
      const kept = await tx.query<{ name: string; statement: string }>(
        "SELECT name, statement FROM pg_prepared_statements WHERE name = 'test_probe_add'",
      );
      expect(kept.rows).toEqual(dbKind() === 'pglite' ? [] : [{ name: 'test_probe_add', statement: 'SELECT $1::int + 1 AS n' }]);
    });
  });

  it('serves a session, a plan and its check-in from the prepared statements, past the five custom plans', async () => {
    const cookie = await loginAs(env.app, 'officer');
    const officer = (await env.superQuery("SELECT id, region_code, department_id FROM users WHERE username = 'officer'")).rows[0] as {
      id: string;
      region_code: string;
      department_id: string;
    };
    const entity = (await env.superQuery('SELECT id FROM entities WHERE region_code = $1 ORDER BY id LIMIT 1', [officer.region_code]))
      .rows[0] as { id: string };
    const plan = await env.superQuery(
      `INSERT INTO inspection_plans (region_code, id, department_id, entity_id, type, status, window_from, window_to, created_by, created_by_name)
       VALUES ($1, gen_random_uuid(), $2, $3, 'routine', 'approved', '2026-11-28', '2026-12-05', $4, '张伟') RETURNING id`,
      [officer.region_code, officer.department_id, entity.id, officer.id],
    );
    const id = (plan.rows[0] as { id: string }).id;
    await env.superQuery(
      `INSERT INTO inspection_plan_officers (region_code, plan_id, user_id, display_name, certificate_no, department_name)
       VALUES ($1, $2, $3, '张伟', '43048224001', '常宁市市场监督管理局')`,
      [officer.region_code, id, officer.id],
    );
    for (let i = 0; i < 7; i++) {
      // More runs than PostgreSQL's five custom plans before it may choose a generic one.
      const r = await env.app.inject({ method: 'GET', url: `/api/v1/inspections/${id}`, headers: { cookie } });
      expect(r.statusCode).toBe(200);
      expect(r.json().id).toBe(id);
    }
    // The check-in's path: the plan locked, the event and audit chains' lock, head and insert, the months recounted.
    for (let i = 0; i < 7; i++) {
      const r = await env.app.inject({
        method: 'POST',
        url: `/api/v1/inspections/${id}/check-in`,
        headers: { cookie },
        payload: { location: { latitude: 26.42, longitude: 112.4, accuracy: 15 } },
      });
      expect(r.statusCode).toBe(200);
      expect(r.json()).toMatchObject({ id, status: 'checked_in' });
    }
    const events = await env.superQuery(
      "SELECT count(*)::int AS n FROM events WHERE aggregate_id = $1 AND type = 'inspection.checked_in'",
      [id],
    );
    expect(events.rows[0]).toEqual({ n: 1 });
  });

  it('refuses one name for two texts', () => {
    expect(preparedName('test_probe_twice', 'SELECT 1')).toBe('test_probe_twice');
    expect(preparedName('test_probe_twice', 'SELECT 1')).toBe('test_probe_twice');
    expect(() => preparedName('test_probe_twice', 'SELECT 2')).toThrow(/two texts/);
  });
});
