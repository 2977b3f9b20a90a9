import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { decide } from '@rouxing/domain';
import { CONTRACT_EXAMPLE, PLAIN, request } from '@rouxing/domain/test/decision-fixtures';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, dbKind, loginAs, type TestEnv } from '../../test/harness';

const ROOT = join(import.meta.dirname, '../../../..');
let env: TestEnv;
let officer: string;
beforeAll(async () => {
  env = await createTestEnv();
  officer = await loginAs(env.app, 'officer');
});
afterAll(async () => {
  await env.close();
});

const SAMPLES = [
  CONTRACT_EXAMPLE,
  PLAIN,
  { ...PLAIN, facts: { ...PLAIN.facts, partyType: 'natural_person', age: 16, mitigating: ['coerced_or_induced'] } },
  { ...PLAIN, facts: { ...PLAIN.facts, occurredOn: '2024-02-29', discoveredOn: '2026-03-01' } },
  { ...CONTRACT_EXAMPLE, facts: { ...CONTRACT_EXAMPLE.facts, minorViolation: false, harm: 'minor' }, proposedPenalty: { type: 'warning' } },
];

function cli(input: unknown) {
  const r = spawnSync(process.execPath, [join(ROOT, 'packages/cli/bin/rouxing.mjs'), 'decide', '--input', '-'], {
    input: JSON.stringify(input),
    encoding: 'utf8',
    cwd: ROOT,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe(`[ENGINE][DOORS] library, command line and HTTP answer alike (${dbKind()})`, () => {
  it('gives identical JSON through the three doors', async () => {
    for (const sample of SAMPLES) {
      const lib = decide(request(sample));
      const http = await env.app.inject({
        method: 'POST',
        url: '/api/v1/decisions/evaluate',
        headers: { cookie: officer },
        payload: sample as object,
      });
      expect(http.statusCode).toBe(200);
      expect(http.json()).toEqual(lib);
      const c = cli(sample);
      expect(c.code, c.stderr).toBe(0);
      expect(JSON.parse(c.stdout)).toEqual(lib);
    }
  });

  it('refuses a bad request at every door with the field path: CLI exit 2, HTTP 422', async () => {
    const bad = { ...CONTRACT_EXAMPLE, facts: { ...CONTRACT_EXAMPLE.facts, discoveredOn: '2026-04-30' } };
    const c = cli(bad);
    expect(c.code).toBe(2);
    expect(c.stdout).toBe('');
    expect(c.stderr).toContain('facts.discoveredOn');
    const http = await env.app.inject({ method: 'POST', url: '/api/v1/decisions/evaluate', headers: { cookie: officer }, payload: bad });
    expect(http.statusCode).toBe(422);
    expect(http.json().error.fields).toContainEqual({ path: 'facts.discoveredOn', message: expect.stringMatching(/[\u4e00-\u9fa5]/) });
    const ended = await env.app.inject({
      method: 'POST',
      url: '/api/v1/decisions/evaluate',
      headers: { cookie: officer },
      payload: { ...CONTRACT_EXAMPLE, facts: { ...CONTRACT_EXAMPLE.facts, endedOn: '2026-01-01' } },
    });
    expect(ended.json().error.fields.map((f: { path: string }) => f.path)).toContain('facts.endedOn');
  });

  it('fills in today (Asia/Shanghai) when decidedOn is left out, and needs a login with the permission', async () => {
    const { decidedOn: _d, ...noDate } = CONTRACT_EXAMPLE;
    const r = await env.app.inject({ method: 'POST', url: '/api/v1/decisions/evaluate', headers: { cookie: officer }, payload: noDate });
    expect(r.statusCode).toBe(200);
    expect((await env.app.inject({ method: 'POST', url: '/api/v1/decisions/evaluate', payload: noDate })).statusCode).toBe(401);
    const admin = await loginAs(env.app, 'admin');
    expect(
      (await env.app.inject({ method: 'POST', url: '/api/v1/decisions/evaluate', headers: { cookie: admin }, payload: noDate })).statusCode,
    ).toBe(403);
  });
});
