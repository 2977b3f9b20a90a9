/**
 * What a hostile or careless client tries (SECURITY.md "Audit", "Availability"): parallel failed logins are
 * each answered and audited, never 500; a forged X-Forwarded-For neither escapes the login limit nor
 * reaches the audit log unless a proxy is configured; parallel exports are each audited; anonymous
 * reference routes are rate-limited.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, dbKind, loginAs, type TestEnv } from '../../test/harness';
import { appRows } from '../../test/sql';

const loginOf = (env: TestEnv, username: string, headers: Record<string, string> = {}, remoteAddress = '127.0.0.1') =>
  env.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username, password: 'wrong-password-1' },
    headers,
    remoteAddress,
  });

const auditOf = (env: TestEnv, prefix: string) =>
  appRows<{ username: string; reason: string; sourceIp: string | null }>(
    env,
    `SELECT details->>'username' AS username, details->>'reason' AS reason, source_ip AS "sourceIp"
       FROM audit_log WHERE action = 'auth.login_failed' AND details->>'username' LIKE $1`,
    [`${prefix}%`],
  );

describe(`[SECURITY] abuse of the login and anonymous routes (${dbKind()})`, () => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await createTestEnv();
  });
  afterAll(async () => {
    await env.close();
  });

  it('answers 200 parallel failed logins with 401 or 429 and audits every one of them', async () => {
    const replies = await Promise.all(Array.from({ length: 200 }, (_, i) => loginOf(env, `ghost${i}`, {}, '10.9.0.1')));
    const statuses = replies.map((r) => r.statusCode);
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
    expect(statuses.every((s) => s === 401 || s === 423 || s === 429)).toBe(true);
    expect(statuses.filter((s) => s === 401)).toHaveLength(30);
    const rows = await auditOf(env, 'ghost');
    expect(rows).toHaveLength(200);
    expect(rows.filter((r) => r.reason === 'rate_limited')).toHaveLength(170);
    expect(new Set(rows.map((r) => r.username)).size).toBe(200);
  });

  it('does not let a varied X-Forwarded-For escape the limit or write the audit log without a configured proxy', async () => {
    const replies = [];
    for (let i = 0; i < 40; i++) {
      replies.push(await loginOf(env, `xff${i}`, { 'x-forwarded-for': `203.0.113.${i + 1}` }, '10.9.0.2'));
    }
    expect(replies.filter((r) => r.statusCode === 429)).toHaveLength(10);
    const rows = await auditOf(env, 'xff');
    expect(rows).toHaveLength(40);
    expect(new Set(rows.map((r) => r.sourceIp))).toEqual(new Set(['10.9.0.2']));
  });

  it('audits each of many parallel exports (the audit append has its own transaction)', async () => {
    const cookie = await loginAs(env.app, 'officer');
    const replies = await Promise.all(
      Array.from({ length: 12 }, () => env.app.inject({ method: 'GET', url: '/api/v1/entities/export', headers: { cookie } })),
    );
    expect(replies.map((r) => r.statusCode)).toEqual(Array(12).fill(200));
    const rows = await appRows(env, "SELECT id FROM audit_log WHERE action = 'entity.export'");
    expect(rows.length).toBeGreaterThanOrEqual(12);
  });

  it('rate-limits the anonymous reference and complaint-item routes per address', async () => {
    for (const url of ['/api/v1/reference/regions', '/api/v1/reference/industries', '/api/v1/public/complaint-items']) {
      const statuses: number[] = [];
      for (let i = 0; i < 125; i++) {
        statuses.push((await env.app.inject({ method: 'GET', url, remoteAddress: '10.9.0.3' })).statusCode);
      }
      expect(statuses.slice(0, 120).every((s) => s === 200)).toBe(true);
      expect(statuses.slice(120)).toEqual(Array(5).fill(429));
    }
  });
});

describe(`[SECURITY] a configured reverse proxy (${dbKind()})`, () => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await createTestEnv({ trustedProxies: ['10.8.0.0/16'] });
  });
  afterAll(async () => {
    await env.close();
  });

  it('believes X-Forwarded-For only from the configured proxy', async () => {
    await loginOf(env, 'viaproxy', { 'x-forwarded-for': '198.51.100.7' }, '10.8.0.5');
    await loginOf(env, 'direct', { 'x-forwarded-for': '198.51.100.8' }, '10.7.0.5');
    const rows = await auditOf(env, '');
    const byName = Object.fromEntries(rows.map((r) => [r.username, r.sourceIp]));
    expect(byName.viaproxy).toBe('198.51.100.7');
    expect(byName.direct).toBe('10.7.0.5');
  });
});
