/**
 * Every operation of the API description declares the shape of its success reply (a `response` schema
 * from contracts), so that the description at /api/docs is the whole contract of the API.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../test/harness';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(async () => {
  await env.close();
});

describe('the API description', () => {
  it('declares a success reply with its content for every operation', async () => {
    const r = await env.app.inject({ method: 'GET', url: '/api/docs/json' });
    const doc = r.json() as { paths: Record<string, Record<string, { responses?: Record<string, { content?: unknown }> }>> };
    const without: string[] = [];
    let operations = 0;
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        operations++;
        const success = Object.entries(op.responses ?? {}).filter(([code, reply]) => code.startsWith('2') && reply.content);
        if (success.length === 0) {
          without.push(`${method.toUpperCase()} ${path}`);
        }
      }
    }
    expect(operations).toBeGreaterThan(100);
    expect(without).toEqual([]);
  });
});
