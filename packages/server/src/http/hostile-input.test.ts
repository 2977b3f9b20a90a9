/**
 * Hostile input is refused with a 4xx naming the field, never a 500 (SECURITY.md "Input"): a NUL byte or a
 * lone surrogate in any string of a query, a path or a JSON body — PostgreSQL cannot store either in text —,
 * and a malformed multipart body, on authenticated and anonymous routes alike.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, dbKind, loginAs, type TestEnv } from '../../test/harness';
import { appRows } from '../../test/sql';

let env: TestEnv;
let officer: string;
beforeAll(async () => {
  env = await createTestEnv();
  officer = await loginAs(env.app, 'officer');
});
afterAll(async () => {
  await env.close();
});

const NUL = '\u0000';
const LONE = '\ud800';

describe(`[SECURITY] hostile strings and bodies (${dbKind()})`, () => {
  it('refuses a NUL byte or a lone surrogate in a query with 422 naming the parameter', async () => {
    for (const url of [
      '/api/v1/public/no-penalty-lists?q=%00',
      '/api/v1/public/no-penalty-lists?q=a%00b',
      `/api/v1/public/benchmarks?q=${encodeURIComponent('x')}%00`,
      '/api/v1/entities?q=%00',
      '/api/v1/cases?q=%00',
    ]) {
      const r = await env.app.inject({ method: 'GET', url, headers: { cookie: officer } });
      expect(r.statusCode, url).toBe(422);
      expect(r.json().error.fields[0].path, url).toBe('q');
    }
  });

  it('refuses them anywhere in a JSON body with 422 naming the field, and writes nothing', async () => {
    const before = await appRows(env, 'SELECT id FROM entities');
    for (const bad of [NUL, LONE, `a${NUL}`, `x${LONE}y`]) {
      const login = await env.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: bad, password: 'whatever-12' },
      });
      expect(login.statusCode).toBe(422);
      expect(login.json().error.fields[0].path).toBe('username');
      const created = await env.app.inject({
        method: 'POST',
        url: '/api/v1/entities',
        headers: { cookie: officer, 'content-type': 'application/json' },
        payload: JSON.stringify({ uscc: '91430482MA4L000017', name: `餐馆${bad}`, entityType: 'enterprise', address: `常宁市${bad}` }),
      });
      expect(created.statusCode).toBe(422);
      expect(created.json().error.fields[0].path).toBe('name');
      expect(created.json().error.message).toContain('name');
    }
    expect(await appRows(env, 'SELECT id FROM entities')).toHaveLength(before.length);
  });

  it('answers a malformed multipart body with 400, also on the anonymous complaint route', async () => {
    const bodies = [
      '--x\r\nContent-Disposition: form-data; name="uscc"\r\n\r\n914',
      '--x\r\nbroken header without colon\r\n\r\nvalue\r\n--x--\r\n',
      '--x\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF',
    ];
    for (const payload of bodies) {
      const r = await env.app.inject({
        method: 'POST',
        url: '/api/v1/public/complaints',
        headers: { 'content-type': 'multipart/form-data; boundary=x' },
        payload,
      });
      expect(r.statusCode, payload).toBeGreaterThanOrEqual(400);
      expect(r.statusCode, payload).toBeLessThan(500);
    }
    for (const payload of bodies) {
      const r = await env.app.inject({
        method: 'POST',
        url: '/api/v1/entity-imports',
        headers: { cookie: officer, 'content-type': 'multipart/form-data; boundary=x' },
        payload,
      });
      expect(r.statusCode, payload).toBeGreaterThanOrEqual(400);
      expect(r.statusCode, payload).toBeLessThan(500);
    }
    const field = await env.app.inject({
      method: 'POST',
      url: '/api/v1/public/complaints',
      headers: { 'content-type': 'multipart/form-data; boundary=x' },
      payload: `--x\r\nContent-Disposition: form-data; name="content"\r\n\r\nbad${NUL}\r\n--x--\r\n`,
    });
    expect(field.statusCode).toBe(422);
    expect(field.json().error.fields[0].path).toBe('content');
  });
});
