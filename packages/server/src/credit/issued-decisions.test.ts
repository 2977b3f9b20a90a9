import { DECISION_IMPORT_COLUMNS } from '@rouxing/contracts';
import { generateIssuedDecisions, issuedDecisionCells } from '@rouxing/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, dbKind, loginAs, multipartBody, type TestEnv } from '../../test/harness';
import { appRows } from '../../test/sql';
import { DECISION_BATCH_SIZE } from './import/run-decision-import';

let env: TestEnv;
let officer: string;
let reviewer: string;
let supervisor: string;
let usccs: string[];
beforeAll(async () => {
  env = await createTestEnv();
  officer = await loginAs(env.app, 'officer');
  reviewer = await loginAs(env.app, 'reviewer');
  supervisor = await loginAs(env.app, 'supervisor');
  usccs = (await appRows<{ uscc: string }>(env, "SELECT uscc FROM entities WHERE region_code = '430482' ORDER BY uscc LIMIT 50")).map(
    (r) => r.uscc,
  );
});
afterAll(async () => {
  await env.close();
});

const csvOf = (rows: string[][]) =>
  Buffer.from(
    `\uFEFF${[DECISION_IMPORT_COLUMNS.map((c) => c.header), ...rows].map((r) => r.map((c) => (/[,"\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')).join('\n')}\n`,
  );

async function importFile(name: string, content: Buffer) {
  const m = multipartBody(name, content);
  const up = await env.app.inject({
    method: 'POST',
    url: '/api/v1/issued-decision-imports',
    headers: { cookie: officer, 'content-type': m.contentType },
    payload: m.payload,
  });
  expect(up.statusCode).toBe(202);
  for (;;) {
    const job = (
      await env.app.inject({ method: 'GET', url: `/api/v1/issued-decision-imports/${up.json().id}`, headers: { cookie: officer } })
    ).json();
    if (job.status === 'done' || job.status === 'failed') {
      return job;
    }
    await new Promise((res) => setTimeout(res, 50));
  }
}

const generate = (count: number, bad: number, prefix: string, seed: number) =>
  generateIssuedDecisions({
    count,
    bad,
    usccs,
    seed,
    violationCode: 'SC-FOOD-001',
    ordinary: { min: 600, max: 1400 },
    statutoryMax: 2000,
    documentPrefix: prefix,
    from: '2025-09-01',
    days: 400,
  });

async function items(query: string, cookie = officer) {
  const r = await env.app.inject({ method: 'GET', url: `/api/v1/correction-items?pageSize=500&${query}`, headers: { cookie } });
  expect(r.statusCode).toBe(200);
  return r.json();
}

describe(`[CREDIT][RECHECK] issued decisions re-checked for 小案重罚 (${dbKind()})`, () => {
  it('an import of 400 decisions of which 24 are bad yields exactly those 24 correction items with the engine reasons', async () => {
    const g = generate(400, 24, '常市监罚〔2026〕A', 11);
    const job = await importFile('决定.csv', csvOf(g.decisions.map(issuedDecisionCells)));
    expect(job).toMatchObject({ status: 'done', rowsRead: 400, rowsCommitted: 400, rowsFailed: 0 });
    const list = await items('status=open');
    // (the demo seed has flagged decisions of its own)
    const mine = list.items.filter((i: { documentNo: string }) => i.documentNo.startsWith('常市监罚〔2026〕A'));
    const got = new Map<string, string>(mine.map((i: { documentNo: string; reason: string }) => [i.documentNo, i.reason]));
    expect(got).toEqual(g.bad);
    for (const i of mine) {
      expect(i.explanation.length).toBeGreaterThan(10);
      expect(i.reason === 'outside_benchmark' || i.basis.length > 0).toBe(true);
      expect(i.dueOn > '2026-11-28').toBe(true);
    }
    const snp = mine.find((i: { reason: string }) => i.reason === 'should_not_penalize');
    expect(snp.basis[0]).toMatchObject({ source: 'law', article: 33 });
    const out = mine.find((i: { reason: string }) => i.reason === 'outside_benchmark');
    expect(out.fineRange).toEqual({ min: 600, max: 1400 });
    // Every stored decision is on record for later first-offence checks.
    const n = await appRows<{ n: number }>(
      env,
      "SELECT count(*)::int AS n FROM sanction_records WHERE source = 'issued' AND document_no LIKE '常市监罚〔2026〕A%'",
    );
    expect(n[0]?.n).toBe(400);
  });

  it('a file with one bad row stores nothing and names the row, the column and the reason', async () => {
    const g = generate(30, 0, '常市监罚〔2026〕B', 12);
    const rows = g.decisions.map(issuedDecisionCells);
    (rows[7] as string[])[2] = '91430482MA4XXXXX1X';
    (rows[9] as string[])[10] = '很大';
    const job = await importFile('坏.csv', csvOf(rows));
    expect(job.status).toBe('failed');
    expect(job.rowsCommitted).toBe(0);
    expect(job.errors).toEqual([
      { row: 9, field: '统一社会信用代码', message: expect.stringContaining('未在主体名录中登记') },
      { row: 11, field: '危害后果', message: '危害后果应为无、轻微、一般或严重' },
    ]);
    const n = await appRows<{ n: number }>(
      env,
      "SELECT count(*)::int AS n FROM issued_decisions WHERE document_no LIKE '常市监罚〔2026〕B%'",
    );
    expect(n[0]?.n).toBe(0);
  });

  it('a bad row after the first batch has been written (on a server, inside the open transaction) still stores nothing', async () => {
    const g = generate(DECISION_BATCH_SIZE + 60, 0, '常市监罚〔2026〕L', 14);
    const rows = g.decisions.map(issuedDecisionCells);
    (rows[DECISION_BATCH_SIZE + 40] as string[])[10] = '很大';
    const job = await importFile('长.csv', csvOf(rows));
    expect(job.status).toBe('failed');
    expect(job.rowsCommitted).toBe(0);
    expect(job.errors).toEqual([{ row: DECISION_BATCH_SIZE + 42, field: '危害后果', message: '危害后果应为无、轻微、一般或严重' }]);
    const stored = await appRows<{ d: number; s: number; e: number }>(
      env,
      `SELECT (SELECT count(*)::int FROM issued_decisions WHERE document_no LIKE '常市监罚〔2026〕L%') AS d,
              (SELECT count(*)::int FROM sanction_records WHERE document_no LIKE '常市监罚〔2026〕L%') AS s,
              (SELECT count(*)::int FROM events WHERE aggregate_id = $1 AND type = 'issued_decision.recorded') AS e`,
      [job.id],
    );
    expect(stored[0]).toEqual({ d: 0, s: 0, e: 0 });
  });

  it('a push with an API key is stored once however often it is retried with the same Idempotency-Key', async () => {
    const created = await env.app.inject({
      method: 'POST',
      url: '/api/v1/api-keys',
      headers: { cookie: reviewer },
      payload: { label: '办案系统' },
    });
    expect(created.statusCode).toBe(201);
    const key = created.json().key as string;
    const stored = await appRows<{ h: string }>(env, 'SELECT key_hash AS h FROM department_api_keys WHERE id = $1', [created.json().id]);
    expect(stored[0]?.h).not.toContain(key.slice(15));
    const g = generate(3, 1, '常市监罚〔2026〕P', 13);
    const push = (idem: string, decisions = g.decisions) =>
      env.app.inject({
        method: 'POST',
        url: '/api/v1/issued-decisions/push',
        headers: { authorization: `Bearer ${key}`, 'idempotency-key': idem },
        payload: { decisions },
      });
    const first = await push('req-1');
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ stored: 3, replayed: false });
    const again = await push('req-1');
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ stored: 3, replayed: true, decisions: first.json().decisions });
    const n = await appRows<{ n: number }>(
      env,
      "SELECT count(*)::int AS n FROM issued_decisions WHERE document_no LIKE '常市监罚〔2026〕P%'",
    );
    expect(n[0]?.n).toBe(3);
    expect((await push('req-1', g.decisions.slice(0, 1))).json().error.code).toBe('IDEMPOTENCY.MISMATCH');
    // The same decisions under a new key are refused by 文号, nothing stored.
    const dup = await push('req-2');
    expect(dup.statusCode).toBe(422);
    expect(dup.json().error.fields[0]).toMatchObject({ path: 'decisions.0.documentNo' });
    const revoke = await env.app.inject({
      method: 'POST',
      url: `/api/v1/api-keys/${created.json().id}/revoke`,
      headers: { cookie: reviewer },
    });
    expect(revoke.json().revokedAt).not.toBeNull();
    expect((await push('req-3')).statusCode).toBe(401);
    expect(
      (
        await env.app.inject({
          method: 'POST',
          url: '/api/v1/issued-decisions/push',
          headers: { 'idempotency-key': 'x' },
          payload: { decisions: g.decisions },
        })
      ).statusCode,
    ).toBe(401);
  });

  it('the department corrects or justifies; an item left open goes overdue for the Judicial Bureau', async () => {
    const open = (await items('status=open')).items as { id: string; reason: string; documentNo: string; dueOn: string }[];
    const [a, b] = [open.find((i) => i.reason === 'should_not_penalize'), open.find((i) => i.reason === 'outside_benchmark')] as {
      id: string;
    }[];
    const act = (id: string, what: string, payload: unknown, cookie = reviewer) =>
      env.app.inject({ method: 'POST', url: `/api/v1/correction-items/${id}/${what}`, headers: { cookie }, payload: payload as object });
    expect((await act(a.id, 'justify', { justification: '当事人拒不改正，已另案说明情况。' }, officer)).statusCode).toBe(403);
    const still = await act(a.id, 'correct', {
      documentNo: '常市监罚〔2026〕更1号',
      penalties: ['fine'],
      fineYuan: 800,
      decidedOn: '2026-11-27',
    });
    expect(still.statusCode).toBe(422);
    expect(still.json().error.code).toBe('CORRECTION.STILL_FLAGGED');
    const corrected = await act(a.id, 'correct', {
      documentNo: '常市监不罚〔2026〕更1号',
      penalties: [],
      fineYuan: 0,
      decidedOn: '2026-11-27',
    });
    expect(corrected.statusCode).toBe(200);
    expect(corrected.json()).toMatchObject({ status: 'corrected', correctedDecisionId: expect.any(String) });
    const justified = await act(b.id, 'justify', { justification: '当事人多次违法，依从重情形处罚，理由已载入案卷。' });
    expect(justified.json()).toMatchObject({ status: 'justified' });
    expect((await act(b.id, 'justify', { justification: '再次说明理由，应被拒绝。。。' })).json().error.code).toBe('CORRECTION.NOT_OPEN');

    const before = (await items('status=open&overdue=true', supervisor)).total;
    expect(before).toBe(0);
    env.clock.advance(40 * 24 * 3600 * 1000);
    const { flagOverdueCorrections } = await import('./use-cases/flag-overdue-corrections');
    expect(await flagOverdueCorrections(env.ctx)).toBe(open.length - 2);
    // (sessions do not last 40 days)
    supervisor = await loginAs(env.app, 'supervisor');
    const overdue = await items('status=open&overdue=true', supervisor);
    expect(overdue.total).toBe(open.length - 2);
    expect(overdue.items.every((i: { overdue: boolean }) => i.overdue)).toBe(true);
  });
});
