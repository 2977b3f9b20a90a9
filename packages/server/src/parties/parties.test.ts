import PizZip from 'pizzip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, dbKind, loginAs, type TestEnv } from '../../test/harness';

let env: TestEnv;
const cookie: Record<string, string> = {};
// Valid 公民身份号码 (GB 11643 check digits).
const ID = '430482199001011236';
const ID2 = '430482198503204519';

beforeAll(async () => {
  env = await createTestEnv();
  for (const u of ['officer', 'officer3', 'officer4', 'supervisor', 'enterprise']) {
    cookie[u] = await loginAs(env.app, u);
  }
});
afterAll(async () => {
  await env.close();
});

function as(user: string, method: 'GET' | 'POST', url: string, payload?: object) {
  return env.app.inject({ method, url: `/api/v1${url}`, headers: { cookie: cookie[user] as string }, ...(payload ? { payload } : {}) });
}

const START = {
  partyKind: 'person',
  facts: '驾驶货车未按规定随车携带道路运输证',
  legalBasis: '《中华人民共和国道路运输条例》第六十八条',
};
const person = (idNumber = ID, name = '李四') => ({ name, idNumber, phone: '13812345678', address: '常宁市宜阳街道和平路8号' });

/** The text of a .docx (its document.xml without tags). */
function docxText(buf: Buffer): string {
  const xml = new PizZip(buf).file('word/document.xml')?.asText() ?? '';
  return xml.replace(/<[^>]+>/g, '');
}

describe(`[PARTY] natural persons as parties (${dbKind()})`, () => {
  it('starts a case against a person: the number checked, stored encrypted and shown masked', async () => {
    const bad = await as('officer3', 'POST', '/cases', { ...START, person: person('430482199001011237') });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.fields[0]).toMatchObject({ path: 'person.idNumber', message: expect.stringContaining('校验码错误') });
    const missing = await as('officer3', 'POST', '/cases', { ...START });
    expect(missing.statusCode).toBe(422);
    expect(missing.json().error.fields[0].path).toBe('person');

    const r = await as('officer3', 'POST', '/cases', { ...START, person: person() });
    expect(r.statusCode, r.body).toBe(201);
    const c = r.json();
    expect(c).toMatchObject({
      partyKind: 'person',
      entityId: null,
      partyUscc: null,
      entityName: '李四',
      partyIdNumber: '4304**********1236',
      personId: expect.any(String),
      caseNo: expect.stringMatching(/^常交柔案〔2026〕\d+号$/),
    });
    const rows = (
      await env.superQuery('SELECT id_number_enc, id_number_hash, phone_enc, phone_masked FROM persons WHERE id = $1', [c.personId])
    ).rows as { id_number_enc: string; id_number_hash: string; phone_enc: string; phone_masked: string }[];
    expect(rows[0]?.id_number_enc).not.toContain('1990');
    expect(rows[0]?.id_number_hash).toBe(env.ctx.fieldCrypto.lookupHash(ID));
    expect(rows[0]?.phone_enc).not.toContain('13812345678');
    expect(rows[0]?.phone_masked).toBe('138****5678');
    // No event or audit row holds the number in clear.
    const clear = await env.superQuery(`SELECT count(*)::int AS n FROM events WHERE payload::text LIKE '%${ID}%'`);
    expect((clear.rows[0] as { n: number }).n).toBe(0);

    // The same number again is the same person (found by the keyed hash), the name as now given.
    const again = await as('officer3', 'POST', '/cases', { ...START, person: person(` ${ID} `, '李四（更正）') });
    expect(again.json().personId).toBe(c.personId);
    expect(again.json().entityName).toBe('李四（更正）');
    const found = await as('officer3', 'POST', '/persons/lookup', { idNumber: ID });
    expect(found.json().person).toMatchObject({ id: c.personId, idNumber: '4304**********1236', phone: '138****5678' });
    expect((await as('officer3', 'POST', '/persons/lookup', { idNumber: ID2 })).json().person).toBeNull();
    expect((await as('enterprise', 'POST', '/persons/lookup', { idNumber: ID })).statusCode).toBe(403);
  });

  it('keeps exactly one party on the case row (check constraint)', async () => {
    const c = (await as('officer3', 'POST', '/cases', { ...START, person: person() })).json();
    const entity = (await env.superQuery(`SELECT id, uscc FROM entities WHERE region_code = '430482' LIMIT 1`)).rows[0] as {
      id: string;
      uscc: string;
    };
    await expect(env.superQuery('UPDATE cases SET entity_id = $2 WHERE id = $1', [c.id, entity.id])).rejects.toThrow(/cases_party_ck/);
    await expect(env.superQuery(`UPDATE cases SET party_kind = 'entity' WHERE id = $1`, [c.id])).rejects.toThrow(/cases_party_ck/);
    await expect(env.superQuery('UPDATE cases SET person_id = NULL WHERE id = $1', [c.id])).rejects.toThrow(/cases_party_ck/);
  });

  it('unmasks the number only with the permission, and audits the read', async () => {
    const c = (await as('officer3', 'POST', '/cases', { ...START, person: person() })).json();
    const full = await as('officer3', 'GET', `/persons/${c.personId}/personal-data?reason=${encodeURIComponent('核对身份信息')}`);
    expect(full.statusCode).toBe(200);
    expect(full.json()).toEqual({ idNumber: ID, phone: '13812345678' });
    const audit = await env.superQuery(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'person.personal_data.read' AND object_id = $1`,
      [c.personId],
    );
    expect((audit.rows[0] as { n: number }).n).toBe(1);
    expect(
      (await as('supervisor', 'GET', `/persons/${c.personId}/personal-data?reason=${encodeURIComponent('核对身份信息')}`)).statusCode,
    ).toBe(403);
    // The case itself: its department and the Judicial Bureau read it (masked); another department does not.
    expect((await as('supervisor', 'GET', `/cases/${c.id}`)).json().partyIdNumber).toBe('4304**********1236');
    expect((await as('officer4', 'GET', `/cases/${c.id}`)).statusCode).toBe(404);
    expect((await as('enterprise', 'GET', `/cases/${c.id}`)).statusCode).toBe(404);
    const list = (await as('officer3', 'GET', '/cases?q=李四')).json();
    expect(list.items.some((x: { id: string }) => x.id === c.id)).toBe(true);
  });

  it('names the person with the masked number on the documents; electronic delivery needs a portal consent a person cannot give', async () => {
    const c = (await as('officer3', 'POST', '/cases', { ...START, person: person() })).json();
    const electronic = await as('officer3', 'POST', `/cases/${c.id}/notice`, {
      delivery: 'electronic',
      choiceDeadline: '2026-12-10',
      offered: '教育提醒',
    });
    expect(electronic.statusCode).toBe(422);
    const served = await as('officer3', 'POST', `/cases/${c.id}/notice`, {
      delivery: 'direct',
      choiceDeadline: '2026-12-10',
      offered: '教育提醒',
    });
    expect(served.statusCode, served.body).toBe(200);
    const doc = await as('officer3', 'GET', `/case-documents/${served.json().documents[0].id}/file`);
    const text = docxText(doc.rawPayload);
    expect(text).toContain('当事人：李四');
    expect(text).toContain('公民身份号码：4304**********1236');
    expect(text).not.toContain(ID);
    expect(text).not.toContain('统一社会信用代码');

    // The officer records the person's choice and a measure; the case completes like any other.
    const chose = await as('officer3', 'POST', `/cases/${c.id}/choice`, { choice: 'accept' });
    expect(chose.json().state).toBe('accepted');
    const m = await as('officer3', 'POST', `/cases/${c.id}/measures`, {
      type: 'education_reminder',
      content: '随车携带道路运输证，规范经营',
      delivery: 'direct',
    });
    expect(m.statusCode, m.body).toBe(200);
    const done = await as('officer3', 'POST', `/cases/${c.id}/complete`);
    expect(done.json().state).toBe('completed');
  });
});
