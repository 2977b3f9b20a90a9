import type { NoPenaltyListDetail, PublicEntry } from '@rouxing/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, dbKind, loginAs, multipartBody, type TestEnv } from '../../test/harness';
import ExcelJS from '../imports/exceljs';
import { referenceItems } from '../seed/rules-seed';

let env: TestEnv;
const cookie: Record<string, string> = {};
let scjg: string;
beforeAll(async () => {
  env = await createTestEnv();
  for (const u of ['officer', 'reviewer', 'supervisor', 'enterprise']) {
    cookie[u] = await loginAs(env.app, u);
  }
  const d = await env.app.inject({ method: 'GET', url: '/api/v1/departments', headers: { cookie: cookie.officer } });
  scjg = d.json().find((x: { code: string }) => x.code === 'SCJG').id;
});
afterAll(async () => {
  await env.close();
});

const feed = async (query = '') => {
  const r = await env.app.inject({ method: 'GET', url: `/api/v1/public/no-penalty-lists${query}` });
  expect(r.statusCode, r.body).toBe(200);
  return r.json() as { items: PublicEntry[]; total: number; page: number; pageSize: number; generatedAt: string };
};
const as = (user: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
  env.app.inject({ method, url: `/api/v1${url}`, headers: { cookie: cookie[user] as string }, ...(payload ? { payload } : {}) });

const draft = (title: string, entries: object[] = [ENTRY]) => ({
  title,
  level: 'county',
  issuer: '常宁市市场监督管理局',
  departmentId: scjg,
  domain: '市场监管（食品安全）',
  effectiveFrom: '2026-12-01',
  entries,
});
const ENTRY = {
  itemCode: '1',
  violationCode: 'SC-FOOD-001',
  kind: '首违不罚',
  conditions: { firstOffense: true, maxHarm: 'minor', correctedInTime: true, correctionDays: 15 },
  itemText: '食品标签存在不影响食品安全的瑕疵，首次被发现',
  conditionsText: ['初次违法', '危害后果轻微', '在责令改正期限内改正'],
};

describe(`[RULES][PUBLIC] the public feed shows the seeded real list items without login (${dbKind()})`, () => {
  it('pages through every seeded entry with its list, version, department, basis, conditions and dates', async () => {
    const all = await feed('?pageSize=1000');
    const ref = referenceItems();
    expect(all.total).toBe(ref.length);
    expect(new Set(all.items.map((e) => e.item))).toEqual(new Set(ref.map((r) => r.item)));
    const tax = all.items.find((e) => e.item === ref[0]?.item) as PublicEntry;
    expect(tax).toMatchObject({
      version: 1,
      listStatus: 'published',
      level: 'national',
      issuer: '国家税务总局',
      department: '国家税务总局常宁市税务局',
      kind: '首违不罚',
      violationCode: 'SW-001',
      legalBasis: { law: '中华人民共和国税收征收管理法', article: 60, paragraph: 1, text: ref[0]?.legalBasis },
      conditions: { firstOffense: true, firstOffenseScope: 'same_item', maxHarm: 'minor', correctedInTime: true },
      conditionsText: ref[0]?.conditions,
      effectiveFrom: '2021-04-01',
      effectiveTo: null,
    });
    const page2 = await feed('?page=2&pageSize=10');
    expect(page2.items).toHaveLength(10);
    expect(page2.items[0]).toEqual(all.items[10]);
    const filtered = await feed('?department=公安&pageSize=100');
    expect(filtered.items.map((e) => e.violationCode).sort()).toEqual(['GA-001', 'GA-002']);
    // A keyword too long is refused in Chinese words, not the validator's own (issue 14 defect 9).
    const long = await env.app.inject({ method: 'GET', url: `/api/v1/public/no-penalty-lists?q=${'字'.repeat(101)}` });
    expect(long.statusCode).toBe(422);
    expect(long.json().error.fields[0]).toMatchObject({ path: 'q', message: '关键词最多100个字' });
    const bad = await env.app.inject({ method: 'GET', url: '/api/v1/public/no-penalty-lists?since=yesterday' });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.fields[0].path).toBe('since');
  });

  it('shows each list under its issuing body and level as the sources give them, and no note text (issue 14 defect 7)', async () => {
    const all = await feed('?pageSize=1000');
    const issuerOf = (item: string) => all.items.find((e) => e.item.includes(item));
    expect(issuerOf('机动车')).toMatchObject({ issuer: '太原市公安局交通警察支队', level: 'city' });
    expect(issuerOf('电子商务平台经营者')).toMatchObject({ issuer: '鹤山市市场监督管理局', level: 'county' });
    expect(all.items.find((e) => e.listTitle === '市场轻微违法违规经营行为免罚清单')).toMatchObject({
      issuer: '安徽省市场监督管理局',
      level: 'provincial',
    });
    // Internal facts of the reference data (legalBasisSource, conditionsComplete, researchNotes) and any
    // researcher's annotation stay out of every public field.
    const NOTE = /researcher|mapping|未核实|cut off|INCOMPLETE|readable|\[|[A-Za-z]{4,}/;
    for (const e of all.items) {
      const text = [e.listTitle, e.issuer, e.item, e.legalBasis.text, ...e.conditionsText].join('\n');
      expect(text, e.item).not.toMatch(NOTE);
      expect(e.conditionsText.every((c) => !c.endsWith('…'))).toBe(true);
    }
    const csv = await env.app.inject({ method: 'GET', url: '/api/v1/public/no-penalty-lists.csv' });
    expect(csv.body).not.toMatch(/researcher|未核实|INCOMPLETE|readable/);
  });

  it('downloads the same entries as .csv and .xlsx', async () => {
    const csv = await env.app.inject({ method: 'GET', url: '/api/v1/public/no-penalty-lists.csv?kind=首违不罚' });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const firstOffenceItems = referenceItems().filter((r) => r.kind === '首违不罚');
    expect(csv.body).toContain(firstOffenceItems[0]?.item);
    const xlsx = await env.app.inject({ method: 'GET', url: '/api/v1/public/no-penalty-lists.xlsx' });
    expect(xlsx.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(ws?.rowCount).toBe(referenceItems().length + 1);
    expect(ws?.getRow(1).getCell(9).value).toBe('违法行为');
  });
});

describe(`[RULES][REVIEW] draft → approval by another reviewer → published, immutable, superseded (${dbKind()})`, () => {
  it('keeps a draft out of the feed until a reviewer other than its author publishes it; since returns only later changes', async () => {
    const before = await feed('?pageSize=1000');
    const created = await as('officer', 'POST', '/no-penalty-lists', draft('常宁市市场监管领域首违不罚清单（测试）'));
    expect(created.statusCode, created.body).toBe(201);
    const list = created.json() as NoPenaltyListDetail;
    expect(list).toMatchObject({ status: 'draft', version: 1, entryCount: 1 });
    expect((await feed('?pageSize=1000')).total).toBe(before.total);

    // The officer cannot approve; the reviewer cannot approve before submission.
    const early = await as('reviewer', 'POST', `/no-penalty-lists/${list.id}/approve`, { revision: list.revision });
    expect(early.statusCode).toBe(422);
    expect(early.json().error).toMatchObject({ code: 'LIST.NOT_PENDING_REVIEW', fields: [{ path: 'status' }] });
    const submitted = await as('officer', 'POST', `/no-penalty-lists/${list.id}/submit`, { revision: list.revision });
    expect(submitted.statusCode, submitted.body).toBe(200);
    const pending = submitted.json() as NoPenaltyListDetail;
    const officerApprove = await as('officer', 'POST', `/no-penalty-lists/${list.id}/approve`, { revision: pending.revision });
    expect(officerApprove.statusCode).toBe(403);
    expect((await feed('?pageSize=1000')).total).toBe(before.total);

    env.clock.advance(60_000);
    const since = env.clock.now.toISOString();
    env.clock.advance(60_000);
    const approved = await as('reviewer', 'POST', `/no-penalty-lists/${list.id}/approve`, { revision: pending.revision });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json()).toMatchObject({ status: 'published', approvedByName: '刘洋' });

    const after = await feed('?pageSize=1000');
    expect(after.total).toBe(before.total + 1);
    const changed = await feed(`?since=${encodeURIComponent(since)}`);
    expect(changed.items.map((e) => [e.listId, e.item, e.listStatus])).toEqual([[list.id, ENTRY.itemText, 'published']]);

    // Published is immutable: editing is refused; a change is a new version.
    const edit = await as('officer', 'PUT', `/no-penalty-lists/${list.id}`, { ...draft('改'), revision: approved.json().revision });
    expect(edit.statusCode).toBe(422);
    expect(edit.json().error.code).toBe('LIST.PUBLISHED_IMMUTABLE');
    expect(edit.json().error.message).toContain('已发布的版本不可更改');
    const v2 = await as('officer', 'POST', `/no-penalty-lists/${list.id}/new-version`);
    expect(v2.statusCode, v2.body).toBe(201);
    const second = v2.json() as NoPenaltyListDetail;
    expect(second).toMatchObject({ seriesId: list.id, version: 2, status: 'draft', entryCount: 1 });
    const changedEntry = { ...ENTRY, itemText: `${ENTRY.itemText}（修订）` };
    const edited = await as('officer', 'PUT', `/no-penalty-lists/${second.id}`, {
      ...draft(second.title, [changedEntry]),
      revision: second.revision,
    });
    expect(edited.statusCode, edited.body).toBe(200);
    const sub2 = await as('officer', 'POST', `/no-penalty-lists/${second.id}/submit`, { revision: edited.json().revision });
    env.clock.advance(60_000);
    const since2 = env.clock.now.toISOString();
    env.clock.advance(60_000);
    expect((await as('reviewer', 'POST', `/no-penalty-lists/${second.id}/approve`, { revision: sub2.json().revision })).statusCode).toBe(
      200,
    );
    const old = await as('officer', 'GET', `/no-penalty-lists/${list.id}`);
    expect(old.json().status).toBe('superseded');
    const changed2 = await feed(`?since=${encodeURIComponent(since2)}`);
    expect(changed2.items.map((e) => [e.version, e.item, e.listStatus]).sort()).toEqual([
      [1, ENTRY.itemText, 'superseded'],
      [2, changedEntry.itemText, 'published'],
    ]);
    expect((await feed('?pageSize=1000')).total).toBe(before.total + 1);
  });

  it('refuses to let a reviewer approve a version the same reviewer drafted', async () => {
    const created = await as('reviewer', 'POST', '/no-penalty-lists', draft('自审测试清单'));
    const list = created.json() as NoPenaltyListDetail;
    const sub = await as('reviewer', 'POST', `/no-penalty-lists/${list.id}/submit`, { revision: list.revision });
    const r = await as('reviewer', 'POST', `/no-penalty-lists/${list.id}/approve`, { revision: sub.json().revision });
    expect(r.statusCode).toBe(422);
    expect(r.json().error.code).toBe('LIST.SELF_APPROVAL');
    expect(r.json().error.message).toBe('起草人不能审核发布自己起草的版本，请由其他审核人员审核');
    const back = await as('reviewer', 'POST', `/no-penalty-lists/${list.id}/reject`, { reason: '' });
    expect(back.statusCode).toBe(422);
    expect(back.json().error.fields[0].path).toBe('reason');
  });

  it('names the field of a bad list and of an entry pointing outside the catalogue, and writes nothing', async () => {
    const before = (await as('officer', 'GET', '/no-penalty-lists?pageSize=500')).json().total;
    const r1 = await as('officer', 'POST', '/no-penalty-lists', { ...draft('坏'), effectiveTo: '2026-01-01' });
    expect(r1.statusCode).toBe(422);
    expect(r1.json().error.fields).toContainEqual({ path: 'effectiveTo', message: '失效日期不能早于生效日期' });
    const r2 = await as('officer', 'POST', '/no-penalty-lists', draft('坏', [{ ...ENTRY, violationCode: 'XX-404' }]));
    expect(r2.statusCode).toBe(422);
    expect(r2.json().error.fields[0].path).toBe('entries.0.violationCode');
    const r3 = await as('supervisor', 'POST', '/no-penalty-lists', draft('司法局不能起草'));
    expect(r3.statusCode).toBe(403);
    expect((await as('officer', 'GET', '/no-penalty-lists?pageSize=500')).json().total).toBe(before);
  });
});

describe(`[RULES][REVIEW][BENCHMARK] a benchmark version follows the same workflow, each refusal with its code (${dbKind()})`, () => {
  it('refuses steps out of order (422), a stale revision (409) and a second open draft (422)', async () => {
    const input = {
      violationCode: 'SC-FOOD-001',
      level: 'department',
      issuer: '常宁市市场监督管理局',
      departmentId: scjg,
      fine: { min: 0, max: 2000 },
      effectiveFrom: '2026-12-01',
    };
    const created = await as('officer', 'POST', '/benchmarks', input);
    expect(created.statusCode, created.body).toBe(201);
    const b = created.json();
    const early = await as('reviewer', 'POST', `/benchmarks/${b.id}/approve`, { revision: b.revision });
    expect(early.statusCode).toBe(422);
    expect(early.json().error).toMatchObject({ code: 'BENCHMARK.NOT_PENDING_REVIEW', fields: [{ path: 'status' }] });
    const stale = await as('officer', 'POST', `/benchmarks/${b.id}/submit`, { revision: b.revision + 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('CONFLICT.VERSION');
    const sub = await as('officer', 'POST', `/benchmarks/${b.id}/submit`, { revision: b.revision });
    expect(sub.statusCode, sub.body).toBe(200);
    const approved = await as('reviewer', 'POST', `/benchmarks/${b.id}/approve`, { revision: sub.json().revision });
    expect(approved.json()).toMatchObject({ status: 'published' });
    const edit = await as('officer', 'PUT', `/benchmarks/${b.id}`, { ...input, revision: approved.json().revision });
    expect(edit.statusCode).toBe(422);
    expect(edit.json().error.code).toBe('BENCHMARK.PUBLISHED_IMMUTABLE');
    const v2 = await as('officer', 'POST', `/benchmarks/${b.id}/new-version`);
    expect(v2.statusCode, v2.body).toBe(201);
    expect(v2.json()).toMatchObject({ seriesId: b.id, version: 2, status: 'draft' });
    const again = await as('officer', 'POST', `/benchmarks/${b.id}/new-version`);
    expect(again.statusCode).toBe(422);
    expect(again.json().error.code).toBe('BENCHMARK.OPEN_DRAFT_EXISTS');
    const fromDraft = await as('officer', 'POST', `/benchmarks/${v2.json().id}/new-version`);
    expect(fromDraft.json().error.code).toBe('BENCHMARK.NOT_PUBLISHED');
  });
});

describe(`[RULES][IMPORT] lists and catalogue from .csv/.xlsx, all rows or none (${dbKind()})`, () => {
  const header =
    '序号,违法行为编码,清单事项,类型,初次违法,初次违法范围,危害后果上限,及时改正,改正期限（天）,适用条件原文,法律依据原文,罚则原文,备注';
  const fields = () => ({
    title: '导入测试清单',
    level: 'county',
    issuer: '常宁市市场监督管理局',
    departmentId: scjg,
    domain: '市场监管',
    effectiveFrom: '2026-12-01',
  });
  const importList = (csv: string) => {
    const m = multipartBody('list.csv', Buffer.from(`\uFEFF${csv}`), fields());
    return env.app.inject({
      method: 'POST',
      url: '/api/v1/no-penalty-lists/import',
      headers: { cookie: cookie.officer as string, 'content-type': m.contentType },
      payload: m.payload,
    });
  };

  it('reports each bad row by row number and column, and creates nothing', async () => {
    const before = (await as('officer', 'GET', '/no-penalty-lists?pageSize=500')).json().total;
    const r = await importList(
      `${header}\n1,SC-FOOD-001,标签瑕疵,首违不罚,是,本机关,轻微,是,15,"初次违法\n及时改正",,,\n2,SC-EC-001,未公示,免罚,是,本机关,轻微,是,,,,,\n3,SC-NONE-9,不存在的事项,不予处罚,否,,,是,,,,,\n`,
    );
    expect(r.statusCode, r.body).toBe(422);
    // CSV rows are named by the line they start on (as a text editor shows it); row 2 spans two lines.
    expect(r.json().error.fields).toEqual([{ path: '第4行.类型', message: '类型应为“不予处罚”“首违不罚”或“可以不予处罚”' }]);
    const r2 = await importList(
      `${header}\n1,SC-FOOD-001,标签瑕疵,首违不罚,是,本机关,轻微,是,15,,,,\n2,SC-NONE-9,不存在的事项,不予处罚,否,,,是,,,,,\n`,
    );
    expect(r2.statusCode).toBe(422);
    expect(r2.json().error.fields[0].path).toBe('第3行.违法行为编码');
    expect((await as('officer', 'GET', '/no-penalty-lists?pageSize=500')).json().total).toBe(before);
  });

  it('creates a draft from a good file, with the structured conditions and the wording', async () => {
    const r = await importList(`${header}\n1,SC-FOOD-001,标签瑕疵,首违不罚,是,同一事项,轻微,是,15,"初次违法\n及时改正",,,\n`);
    expect(r.statusCode, r.body).toBe(201);
    expect(r.json()).toMatchObject({
      status: 'draft',
      title: '导入测试清单',
      entries: [
        {
          itemCode: '1',
          violationCode: 'SC-FOOD-001',
          conditions: { firstOffense: true, firstOffenseScope: 'same_item', maxHarm: 'minor', correctedInTime: true, correctionDays: 15 },
          conditionsText: ['初次违法', '及时改正'],
        },
      ],
    });
  });

  it('imports catalogue items from .xlsx (reviewer of the department) and refuses a bad row', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('目录');
    ws.addRow([
      '违法行为编码',
      '违法行为名称',
      '部门',
      '领域',
      '法律法规',
      '条',
      '款',
      '项',
      '依据原文',
      '处罚种类',
      '罚款下限',
      '罚款上限',
      '罚则原文',
      '重点事项',
    ]);
    ws.addRow([
      'SC-TEST-001',
      '测试事项',
      'SCJG',
      '市场监管',
      '中华人民共和国测试法',
      10,
      1,
      '',
      '《中华人民共和国测试法》第十条第一款',
      '警告,罚款',
      0,
      5000,
      '处五千元以下罚款',
      '否',
    ]);
    ws.addRow([
      'SC-TEST-002',
      '测试事项二',
      '常宁市市场监督管理局',
      '市场监管',
      '中华人民共和国测试法',
      11,
      '',
      '',
      '《中华人民共和国测试法》第十一条',
      '罚款',
      3000,
      1000,
      '',
      '是',
    ]);
    const bad = Buffer.from(await wb.xlsx.writeBuffer());
    const upload = (buf: Buffer, user = 'reviewer') => {
      const m = multipartBody('catalogue.xlsx', buf);
      return env.app.inject({
        method: 'POST',
        url: '/api/v1/violation-items/import',
        headers: { cookie: cookie[user] as string, 'content-type': m.contentType },
        payload: m.payload,
      });
    };
    const r = await upload(bad);
    expect(r.statusCode, r.body).toBe(422);
    expect(r.json().error.fields).toEqual([{ path: '第3行.罚款上限', message: '罚款上限不能小于下限' }]);
    expect((await as('reviewer', 'GET', '/violation-items?q=SC-TEST')).json().total).toBe(0);
    ws.getRow(3).getCell(12).value = 10000;
    const good = Buffer.from(await wb.xlsx.writeBuffer());
    expect((await upload(good, 'officer')).statusCode).toBe(403);
    const ok = await upload(good);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toEqual({ created: 2, updated: 0 });
    const items = (await as('officer', 'GET', '/violation-items?q=SC-TEST')).json().items;
    expect(items[0]).toMatchObject({
      code: 'SC-TEST-001',
      penaltyTypes: ['warning', 'fine'],
      fineMin: 0,
      fineMax: 5000,
      legalBasis: { article: 10, paragraph: 1 },
    });
    expect((await upload(good)).json()).toEqual({ created: 0, updated: 2 });
  });
});
