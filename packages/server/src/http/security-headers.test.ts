import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, loginAs, type TestEnv } from '../../test/harness';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(async () => {
  await env.close();
});

/** SECURITY.md: the headers every answer carries (helmet's, with the platform's content security policy). */
const SECURITY_HEADERS = {
  'content-security-policy':
    "default-src 'self';base-uri 'self';font-src 'self' https: data:;form-action 'self';frame-ancestors 'self';" +
    "img-src 'self' data: blob:;object-src 'none';script-src 'self';script-src-attr 'none';style-src 'self' 'unsafe-inline';" +
    "upgrade-insecure-requests;connect-src 'self'",
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'origin-agent-cluster': '?1',
  'referrer-policy': 'no-referrer',
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'x-dns-prefetch-control': 'off',
  'x-download-options': 'noopen',
  'x-frame-options': 'SAMEORIGIN',
  'x-permitted-cross-domain-policies': 'none',
  'x-xss-protection': '0',
};

describe('[HTTP][SECURITY] security headers', () => {
  it('are on an answer, a refusal, an unknown route and a page of the API description', async () => {
    const cookie = await loginAs(env.app, 'officer');
    const answers = [
      await env.app.inject({ method: 'GET', url: '/api/v1/entities?page=1&pageSize=5', headers: { cookie } }),
      await env.app.inject({ method: 'GET', url: '/api/v1/entities?page=1&pageSize=5' }),
      await env.app.inject({ method: 'POST', url: '/api/v1/inspections', headers: { cookie }, payload: {} }),
      await env.app.inject({ method: 'GET', url: '/api/v1/no-such-route' }),
      await env.app.inject({ method: 'GET', url: '/api/docs/json' }),
    ];
    expect(answers.map((r) => r.statusCode)).toEqual([200, 401, 422, 404, 200]);
    for (const r of answers) {
      expect(r.headers).toMatchObject(SECURITY_HEADERS);
    }
    // The server's name is not told.
    expect(answers[0]?.headers['x-powered-by']).toBeUndefined();
  });
});
