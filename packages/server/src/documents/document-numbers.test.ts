import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, dbKind, type TestEnv } from '../../test/harness';
import { actorOf } from '../auth/authenticate';
import { findUserByUsername } from '../auth/user.repository';
import { chineseDate, issueDocument } from './issue-document';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(async () => {
  await env.close();
});

const data = {
  partyName: '常宁市隆辉餐饮管理有限公司',
  partyUscc: '91430482MA4L0XXX0Q',
  partyIdentifier: '统一社会信用代码：91430482MA4L0XXX0Q',
  partyAddress: '常宁市宜阳街道',
  legalRepresentative: '李隆辉',
  facts: '未公示许可证',
  legalBasis: '《中华人民共和国食品安全法》第一百二十五条第二款',
  content: '立即公示',
  deadline: '2026年12月15日',
  officers: '张伟、王芳',
  contact: '0734-7222222',
};

describe(`[DOCUMENT][NUMBER] 文号 per department, type and year: no gaps, no duplicates (${dbKind()})`, () => {
  it('gives 50 concurrent generations in one department and year 50 consecutive numbers', async () => {
    const user = await findUserByUsername(env.ctx.db, 'officer');
    const actor = actorOf(user as NonNullable<typeof user>);
    const issue = (i: number) =>
      env.ctx.db.transaction((tx) =>
        issueDocument(
          tx,
          env.ctx,
          actor,
          {
            departmentId: actor.departmentId as string,
            aggregateType: 'test',
            aggregateId: `c${i}`,
            kind: 'admonition',
            issuedOn: '2026-11-28',
            data,
          },
          env.clock.now.toISOString(),
        ),
      );
    const issued = await Promise.all(Array.from({ length: 50 }, (_, i) => issue(i)));
    expect(issued.map((d) => d.serial).sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(new Set(issued.map((d) => d.documentNo)).size).toBe(50);
    expect(issued.find((d) => d.serial === 7)?.documentNo).toBe('常市监诫〔2026〕7号');

    // A transaction that fails after taking a number gives it back.
    await expect(
      env.ctx.db.transaction(async (tx) => {
        await issueDocument(
          tx,
          env.ctx,
          actor,
          {
            departmentId: actor.departmentId as string,
            aggregateType: 'test',
            aggregateId: 'x',
            kind: 'admonition',
            issuedOn: '2026-11-28',
            data,
          },
          env.clock.now.toISOString(),
        );
        throw new Error('later step failed');
      }),
    ).rejects.toThrow('later step failed');
    expect((await issue(51)).serial).toBe(51);
    // Another year starts again at 1; another type has its own series.
    const next = await env.ctx.db.transaction((tx) =>
      issueDocument(
        tx,
        env.ctx,
        actor,
        {
          departmentId: actor.departmentId as string,
          aggregateType: 'test',
          aggregateId: 'y',
          kind: 'admonition',
          issuedOn: '2027-01-04',
          data,
        },
        env.clock.now.toISOString(),
      ),
    );
    expect(next.documentNo).toBe('常市监诫〔2027〕1号');
  });

  it('refuses to number a document of a department without a 机关代字: DOCUMENT.PREFIX_MISSING, nothing taken', async () => {
    const user = await findUserByUsername(env.ctx.db, 'officer4');
    const actor = actorOf(user as NonNullable<typeof user>);
    await env.superQuery("UPDATE departments SET doc_prefix = '' WHERE id = $1", [actor.departmentId]);
    const issue = env.ctx.db.transaction((tx) =>
      issueDocument(
        tx,
        env.ctx,
        actor,
        {
          departmentId: actor.departmentId as string,
          aggregateType: 'test',
          aggregateId: 'p',
          kind: 'admonition',
          issuedOn: '2026-11-28',
          data,
        },
        env.clock.now.toISOString(),
      ),
    );
    await expect(issue).rejects.toMatchObject({ code: 'DOCUMENT.PREFIX_MISSING', fields: [{ path: 'departmentId' }] });
    const counters = await env.superQuery('SELECT 1 FROM document_counters WHERE department_id = $1', [actor.departmentId]);
    expect(counters.rows).toEqual([]);
  });

  it('writes the 成文日期 in Chinese numerals', () => {
    expect(chineseDate('2026-11-28')).toBe('二〇二六年十一月二十八日');
    expect(chineseDate('2030-01-05')).toBe('二〇三〇年一月五日');
  });
});
