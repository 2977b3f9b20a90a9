import type { Actor } from '@rouxing/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, dbKind, loginAs, type TestEnv } from '../../test/harness';
import { appRows, appStatement } from '../../test/sql';
import type { RequestMeta } from '../context';
import { appendAudit } from './audit.repository';
import { appendEvent, listEvents } from './event.repository';
import { recordChange } from './record-change';
import { verifyChains } from './verify-chains';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(async () => {
  await env.close();
});

const actor = { id: null, name: '测试' };

describe(`[RECORDS] hash-chained events and audit log (${dbKind()})`, () => {
  it('chains events per aggregate: seq 1, 2, 3 with prev_hash links', async () => {
    const at = env.clock.now.toISOString();
    for (const type of ['a', 'b', 'c']) {
      await env.ctx.db.transaction((tx) =>
        appendEvent(tx, {
          regionCode: '430482',
          aggregateType: 'probe',
          aggregateId: 'p1',
          type,
          actor,
          occurredAt: at,
          payload: { type, n: 1.5 },
        }),
      );
    }
    const events = await listEvents(env.ctx.db, '430482', 'probe', 'p1');
    expect(events.map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(events[0]?.prevHash).toBeNull();
    expect(events[1]?.prevHash).toBe(events[0]?.hash);
    expect(events[2]?.prevHash).toBe(events[1]?.hash);
    const report = await verifyChains(env.ctx.db);
    expect(report.ok).toBe(true);
    expect(report.eventsChecked).toBeGreaterThanOrEqual(3);
    expect(report.auditChecked).toBeGreaterThanOrEqual(1);
  });

  it('changes of one aggregate recorded at once chain one after another: its event chain and audit lane locked together', async () => {
    const at = env.clock.now.toISOString();
    const user = (await appRows<{ id: string }>(env, "SELECT id FROM users WHERE username = 'officer'"))[0] as { id: string };
    const who: Actor = {
      userId: user.id,
      username: 'officer',
      displayName: '张伟',
      roles: ['officer'],
      permissions: new Set(),
      regionCode: '430482',
      departmentId: null,
      entityUscc: null,
    };
    const meta: RequestMeta = { sourceIp: null, userAgent: null };
    // Twelve transactions at once on one aggregate (one event chain, one audit lane): without the locks two would read
    // the same last row and collide on the chain's sequence number.
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        env.ctx.db.transaction((tx) =>
          recordChange(tx, who, meta, at, {
            aggregateType: 'probe',
            aggregateId: 'together',
            type: `probe.step${i}`,
            payload: { i },
          }),
        ),
      ),
    );
    const events = await listEvents(env.ctx.db, '430482', 'probe', 'together');
    expect(events.map((e) => e.seq)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    const audit = await appRows<{ n: number }>(
      env,
      "SELECT count(*)::int AS n FROM audit_log WHERE object_type = 'probe' AND object_id = 'together'",
    );
    expect(audit[0]?.n).toBe(12);
    expect((await verifyChains(env.ctx.db)).ok).toBe(true);
  });

  it('an event rolled back with its change leaves no trace', async () => {
    const at = env.clock.now.toISOString();
    await expect(
      env.ctx.db.transaction(async (tx) => {
        await appendEvent(tx, {
          regionCode: '430482',
          aggregateType: 'probe',
          aggregateId: 'p2',
          type: 'x',
          actor,
          occurredAt: at,
          payload: {},
        });
        throw new Error('change failed');
      }),
    ).rejects.toThrow('change failed');
    expect(await listEvents(env.ctx.db, '430482', 'probe', 'p2')).toEqual([]);
  });

  it('the application role cannot UPDATE or DELETE event or audit rows', async () => {
    await expect(appStatement(env, "UPDATE events SET type = 'forged' WHERE aggregate_id = 'p1'")).rejects.toThrow();
    await expect(appStatement(env, "DELETE FROM events WHERE aggregate_id = 'p1'")).rejects.toThrow();
    await expect(appStatement(env, "UPDATE audit_log SET action = 'forged'")).rejects.toThrow();
    await expect(appStatement(env, 'DELETE FROM audit_log')).rejects.toThrow();
    const events = await listEvents(env.ctx.db, '430482', 'probe', 'p1');
    expect(events.map((e) => e.type)).toEqual(['a', 'b', 'c']);
  });

  it('verify names the event row changed directly in the database', async () => {
    const events = await listEvents(env.ctx.db, '430482', 'probe', 'p1');
    const target = events[1];
    // An attacker with superuser access, around the PGlite trigger where there is one.
    if (dbKind() === 'pglite') {
      await env.superQuery('ALTER TABLE events DISABLE TRIGGER events_append_only');
    }
    await env.superQuery(`UPDATE events SET payload = '{"type":"b","n":2}'::jsonb WHERE id = $1`, [target?.id]);
    if (dbKind() === 'pglite') {
      await env.superQuery('ALTER TABLE events ENABLE TRIGGER events_append_only');
    }
    const report = await verifyChains(env.ctx.db);
    expect(report.ok).toBe(false);
    expect(report.broken).toMatchObject({ table: 'events', chain: 'probe/p1', seq: 2, id: target?.id });
    expect(report.broken?.reason).toContain('记录内容与其哈希不符');
  });
});

describe(`[RECORDS] audit chain tampering (${dbKind()})`, () => {
  it('verify names the audit row changed or deleted', async () => {
    const fresh = await createTestEnv();
    try {
      await loginAs(fresh.app, 'officer');
      const at = fresh.clock.now.toISOString();
      for (let i = 0; i < 3; i++) {
        await appendAudit(fresh.ctx.db, { regionCode: '430482', actor, action: `probe.${i}`, result: 'success', occurredAt: at });
      }
      expect((await verifyChains(fresh.ctx.db)).ok).toBe(true);
      const rows = await appRows<{ id: string; seq: number; day: string; lane: number }>(
        fresh,
        "SELECT id, seq, day, lane FROM audit_log WHERE action = 'probe.1'",
      );
      const row = rows[0];
      if (dbKind() === 'pglite') {
        await fresh.superQuery('ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only');
      }
      await fresh.superQuery("UPDATE audit_log SET result = 'failure' WHERE id = $1", [row?.id]);
      const changed = await verifyChains(fresh.ctx.db);
      expect(changed.broken).toMatchObject({
        table: 'audit_log',
        id: row?.id,
        seq: row?.seq,
        chain: row?.lane ? `${row.day}#${row.lane}` : row?.day,
      });
      await fresh.superQuery("UPDATE audit_log SET result = 'success' WHERE id = $1", [row?.id]);
      expect((await verifyChains(fresh.ctx.db)).ok).toBe(true);
      await fresh.superQuery('DELETE FROM audit_log WHERE id = $1', [row?.id]);
      const deleted = await verifyChains(fresh.ctx.db);
      expect(deleted.ok).toBe(false);
      expect(deleted.broken?.seq).toBe((row?.seq ?? 0) + 1);
      expect(deleted.broken?.reason).toContain('序号不连续');
    } finally {
      await fresh.close();
    }
  });
});
