/** Steps the party tests share, over HTTP: a reviewer for the transport department, a person's case up to the choice. */
import type { LightMyRequestResponse } from 'fastify';
import { TEST_DEMO_PASSWORD } from './constants';

export type As = (user: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) => Promise<LightMyRequestResponse>;

/** The demo has no reviewer in 交通运输局: the administrator creates one (`reviewer_jt`). */
export async function createTransportReviewer(as: As): Promise<void> {
  const depts = (await as('admin', 'GET', '/departments')).json() as { id: string; name: string }[];
  const jt = depts.find((d) => d.name === '常宁市交通运输局');
  const r = await as('admin', 'POST', '/users', {
    username: 'reviewer_jt',
    displayName: '黄敏',
    roles: ['reviewer'],
    regionCode: '430482',
    departmentId: jt?.id,
    password: TEST_DEMO_PASSWORD,
  });
  if (r.statusCode !== 201 && r.statusCode !== 200) {
    throw new Error(`creating reviewer_jt failed: ${r.statusCode} ${r.body}`);
  }
}

export const PERSON_START = {
  partyKind: 'person',
  facts: '驾驶货车未按规定随车携带道路运输证',
  legalBasis: '《中华人民共和国道路运输条例》第六十八条',
};

/** A case against the person with `idNumber`, served directly and accepted (recorded by the officer); its id. */
export async function acceptedPersonCase(as: As, officer: string, idNumber: string, name = '李四'): Promise<string> {
  const r = await as(officer, 'POST', '/cases', { ...PERSON_START, person: { name, idNumber, phone: '13812345678' } });
  if (r.statusCode !== 201) {
    throw new Error(`start failed: ${r.statusCode} ${r.body}`);
  }
  const id = r.json().id as string;
  const n = await as(officer, 'POST', `/cases/${id}/notice`, {
    delivery: 'direct',
    choiceDeadline: '2099-12-31',
    offered: '教育提醒、公益抵罚',
  });
  if (n.statusCode !== 200) {
    throw new Error(`notice failed: ${n.statusCode} ${n.body}`);
  }
  const c = await as(officer, 'POST', `/cases/${id}/choice`, { choice: 'accept' });
  if (c.statusCode !== 200) {
    throw new Error(`choice failed: ${c.statusCode} ${c.body}`);
  }
  return id;
}
