/**
 * The fuzz suite (issue 13; SECURITY.md "Input", GB/T 22239-2019 §8.1.4.4, OWASP ASVS 4.0.3 ch. 5 and 13):
 * fast-check sends hostile and random bodies (shaped after the route's JSON schema where it has one), query
 * strings and path parameters to every POST/PUT/PATCH route, as a role allowed to call it. The answer is
 * always 2xx or 4xx, never a 500; a 4xx carries a Chinese message; and a refused request writes nothing —
 * the row count of every table is unchanged (the audit log and the lock-out counts excepted: they record
 * refusals by design). Seeded and bounded.
 */
import { ROLES, type Role } from '@rouxing/contracts';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, dbKind, type TestEnv } from '../../test/harness';
import { hostileBody, hostileParam, hostileQuery } from '../../test/hostile';
import { roleCookies } from '../../test/role-accounts';
import { callerFor, samplePath } from '../../test/route-roles';
import { registeredApiRoutes } from '../http/access-hook';
import { routeAccess } from '../http/route-access';

/** Tables a refused request may add to by design: the audit of the refusal, the failed-login counts. */
const RECORDS_REFUSALS = new Set(['audit_log', 'login_lockouts']);
const SEED = 20261204;
// On Citus (project server-citus) one run per route: the row counts taken after each refused request count
// the 2,464 shards of the distributed tables (about 4 s each on the local cluster); what is Citus's own
// here — a route's SQL refused by the cluster, a 500 — shows in one run as in six.
const onCitus = dbKind() === 'citus';
const RUNS_PER_ROUTE = Number(process.env.ROUXING_FUZZ_RUNS ?? (onCitus ? 1 : 6));
const TIMEOUT = onCitus ? 900_000 : 180_000;

let env: TestEnv;
let cookies: Record<Role, string>;
let countSql: string;

beforeAll(async () => {
  env = await createTestEnv();
  cookies = await roleCookies(env);
  const tables = (await env.superQuery("SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")).rows as {
    t: string;
  }[];
  countSql = tables
    .filter(({ t }) => !RECORDS_REFUSALS.has(t) && !t.startsWith('__'))
    .map(({ t }) => `SELECT '${t}' AS t, count(*)::int AS n FROM "${t}"`)
    .join(' UNION ALL ');
});
afterAll(async () => {
  await env.close();
});

async function rowCounts(): Promise<Record<string, number>> {
  const rows = (await env.superQuery(countSql)).rows as { t: string; n: number }[];
  return Object.fromEntries(rows.map((r) => [r.t, Number(r.n)]));
}

const CHINESE = /[\u4e00-\u9fff]/;

describe(`[INPUT][FUZZ] hostile input to every write route (${dbKind()})`, () => {
  it(
    'answers 2xx or 4xx (a Chinese message) and writes nothing when it refuses',
    async () => {
      const writes = registeredApiRoutes(env.app).filter((r) => ['POST', 'PUT', 'PATCH'].includes(r.method));
      expect(writes.length).toBeGreaterThan(80);
      expect(ROLES.every((r) => cookies[r])).toBe(true);
      let baseline = await rowCounts();
      for (const route of writes) {
        const who = callerFor(routeAccess(route.method, route.path) ?? 'session');
        const property = fc.asyncProperty(
          hostileBody(route.schema.body),
          hostileQuery(route.schema.querystring),
          fc.array(hostileParam, { minLength: 4, maxLength: 4 }),
          fc.boolean(),
          async (body, query, params, wellFormedPath) => {
            let i = 0;
            const path = wellFormedPath ? samplePath(route.path) : samplePath(route.path, () => params[i++ % params.length] as string);
            const res = await env.app.inject({
              method: route.method as 'POST',
              url: query ? `${path}?${query}` : path,
              headers: { 'content-type': 'application/json', ...(who ? { cookie: cookies[who] } : {}) },
              payload: body,
            });
            const where = `${route.method} ${route.path} as ${who ?? '未登录'}: ${res.statusCode} ${res.body.slice(0, 200)}`;
            expect(res.statusCode, where).toBeLessThan(500);
            if (res.statusCode < 400) {
              baseline = await rowCounts();
              return;
            }
            expect(res.json().error?.message ?? '', where).toMatch(CHINESE);
            const after = await rowCounts();
            expect(after, `${where} — rows written by a refused request`).toEqual(baseline);
          },
        );
        await fc.assert(property, { seed: SEED, numRuns: RUNS_PER_ROUTE, endOnFailure: true });
      }
    },
    TIMEOUT,
  );
});
