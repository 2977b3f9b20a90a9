/**
 * Prepares issued decisions for storage and re-checks each against the rules in force on its date
 * (纠正涉企"小案重罚""过罚不当", 常政办发〔2025〕5号 第十五项). One per write (an import, a push, a correction):
 * the entities, the items' published rules and the engine's answers are cached across its batches, so the
 * engine is asked once per distinct fact set and the catalogue once per item.
 */
import type { IssuedDecisionValues, ResolvedRules } from '@rouxing/contracts';
import {
  addMonths,
  ageOn,
  type CorrectionFinding,
  checkIdNumber,
  correctionOf,
  decide,
  type RecheckSubject,
  recheckKey,
  recheckRequestOf,
} from '@rouxing/domain';
import type { FieldCrypto } from '../../crypto/field-crypto';
import type { Queryable } from '../../db/database';
import { newId } from '../../records/ids';
import { type ItemRules, loadItemRules, rulesOn } from '../../rules/steps/resolve-rules-for';
import { entityIdsByUscc, priorDecisionsOf, recordedDocumentNos } from '../issued-decision.repository';
import type { PreparedDecision } from '../prepared-decision';

/** A decision that cannot be stored: which of the batch, which field, why (Chinese). */
export interface DecisionProblem {
  index: number;
  path: string;
  message: string;
}

export interface IncomingDecision {
  rowNo: number;
  values: IssuedDecisionValues;
  correctsId?: string | null;
}

/** Engine answers kept at most (a million distinct fact sets would otherwise all stay in memory). */
const MAX_ANSWERS = 200_000;

export interface Rechecker {
  /** The batch's decisions ready to store (in order) and the problems of the others. */
  prepare(batch: readonly IncomingDecision[]): Promise<{ prepared: PreparedDecision[]; problems: DecisionProblem[] }>;
  /** How often the engine was asked (distinct fact sets). */
  readonly evaluations: number;
}

interface Options {
  regionCode: string;
  departmentId: string;
  authority: string;
  today: string;
  fieldCrypto: FieldCrypto;
}

/** What a rechecker keeps across its batches. */
interface State {
  db: Queryable;
  o: Options;
  entities: Map<string, string | null>;
  items: Map<string, ItemRules | null>;
  rulesByDay: Map<string, ResolvedRules>;
  answers: Map<string, CorrectionFinding | null>;
  evaluations: number;
}

interface Party {
  entityId: string | null;
  personHash: string | null;
  personIdEnc: string | null;
  age: number | null;
}

async function loadEntities(st: State, codes: string[]): Promise<void> {
  const missing = [...new Set(codes.filter((c) => !st.entities.has(c)))];
  const found = await entityIdsByUscc(st.db, st.o.regionCode, missing);
  for (const c of missing) {
    st.entities.set(c, found.get(c) ?? null);
  }
}

async function loadItems(st: State, codes: string[]): Promise<void> {
  for (const c of new Set(codes)) {
    if (!st.items.has(c)) {
      st.items.set(c, await loadItemRules(st.db, st.o.regionCode, c, st.o.today));
    }
  }
}

function rulesFor(st: State, code: string, day: string): ResolvedRules {
  const key = `${code}|${day}`;
  let r = st.rulesByDay.get(key);
  if (!r) {
    r = rulesOn(st.items.get(code) as ItemRules, day);
    st.rulesByDay.set(key, r);
  }
  return r;
}

/** The engine's finding, asked once per distinct fact set. */
function evaluate(st: State, s: RecheckSubject, code: string): CorrectionFinding | null {
  const key = recheckKey(s, code);
  const known = st.answers.get(key);
  if (known !== undefined) {
    return known;
  }
  st.evaluations++;
  const finding = correctionOf(decide(recheckRequestOf(s, rulesFor(st, code, s.decidedOn))));
  if (st.answers.size >= MAX_ANSWERS) {
    st.answers.clear();
  }
  st.answers.set(key, finding);
  return finding;
}

/** Earlier decisions of the parties whose 初次违法 the department left open, by party. */
async function priorsFor(st: State, open: readonly { party: string; isEntity: boolean; occurredOn: string }[]) {
  const byParty = new Map<string, { on: string; authority: string; violationCode?: string }[]>();
  const first = open[0];
  if (!first) {
    return byParty;
  }
  const since = addMonths(open.map((b) => b.occurredOn).sort()[0] ?? first.occurredOn, -12);
  const rows = await priorDecisionsOf(
    st.db,
    st.o.regionCode,
    { entityIds: open.filter((b) => b.isEntity).map((b) => b.party), personHashes: open.filter((b) => !b.isEntity).map((b) => b.party) },
    since,
  );
  for (const r of rows) {
    const list = byParty.get(r.party) ?? [];
    list.push({ on: r.on, authority: r.authority, ...(r.violationCode ? { violationCode: r.violationCode } : {}) });
    byParty.set(r.party, list);
  }
  return byParty;
}

/** The party as stored, or a problem: a registered entity, or a person with a valid 公民身份号码. */
function partyOf(st: State, v: IssuedDecisionValues, index: number, problems: DecisionProblem[]): Party | null {
  if (v.partyType === 'natural_person') {
    const id = checkIdNumber(v.idNumber ?? '');
    if (!id.valid) {
      problems.push({ index, path: 'idNumber', message: id.reason });
      return null;
    }
    return {
      entityId: null,
      personHash: st.o.fieldCrypto.lookupHash(id.normalized),
      personIdEnc: st.o.fieldCrypto.encrypt(id.normalized),
      age: ageOn(id.birthDate, v.facts.occurredOn),
    };
  }
  const entityId = st.entities.get(v.uscc ?? '') ?? null;
  if (!entityId) {
    problems.push({ index, path: 'uscc', message: `统一社会信用代码 ${v.uscc} 未在主体名录中登记` });
    return null;
  }
  return { entityId, personHash: null, personIdEnc: null, age: null };
}

/** Each decision's party, or null with its problems (unknown party or item, 文号 already recorded). */
function checkBatch(st: State, batch: readonly IncomingDecision[], recorded: Set<string>, problems: DecisionProblem[]): (Party | null)[] {
  return batch.map((d, index) => {
    const v = d.values;
    const before = problems.length;
    const party = partyOf(st, v, index, problems);
    if (!st.items.get(v.violationCode)) {
      problems.push({ index, path: 'violationCode', message: `违法行为编码 ${v.violationCode} 不在本地区违法行为事项目录中` });
    }
    if (recorded.has(v.documentNo)) {
      problems.push({ index, path: 'documentNo', message: `决定书文号 ${v.documentNo} 已登记，未重复导入` });
    }
    return problems.length === before ? party : null;
  });
}

function preparedOf(st: State, d: IncomingDecision, p: Party, priors: RecheckSubject['priorViolations'] | undefined): PreparedDecision {
  const v = d.values;
  const subject: RecheckSubject = {
    authority: st.o.authority,
    partyType: v.partyType,
    age: p.age,
    facts: v.facts,
    penalties: v.penalties,
    fineYuan: v.fineYuan,
    decidedOn: v.decidedOn,
    ...(v.facts.firstOffense === null ? { priorViolations: (priors ?? []).filter((x) => x.on < v.facts.occurredOn) } : {}),
  };
  const finding = evaluate(st, subject, v.violationCode);
  return {
    rowNo: d.rowNo,
    id: newId(),
    documentNo: v.documentNo,
    partyType: v.partyType,
    entityId: p.entityId,
    personName: v.partyType === 'natural_person' ? v.personName : null,
    personIdEnc: p.personIdEnc,
    personHash: p.personHash,
    violationCode: v.violationCode,
    facts: v.facts,
    penalties: v.penalties,
    fineYuan: v.fineYuan,
    decidedOn: v.decidedOn,
    fulfilledOn: v.fulfilledOn,
    correctsId: d.correctsId ?? null,
    correction: finding ? { ...finding, id: newId() } : null,
  };
}

async function prepareBatch(st: State, batch: readonly IncomingDecision[]) {
  const problems: DecisionProblem[] = [];
  await loadEntities(
    st,
    batch.flatMap((d) => (d.values.uscc && d.values.partyType !== 'natural_person' ? [d.values.uscc] : [])),
  );
  await loadItems(
    st,
    batch.map((d) => d.values.violationCode),
  );
  const recorded = await recordedDocumentNos(
    st.db,
    st.o.regionCode,
    st.o.departmentId,
    batch.map((d) => d.values.documentNo),
  );
  const parties = checkBatch(st, batch, recorded, problems);
  const open = batch.flatMap((d, i) => {
    const p = parties[i];
    return p && d.values.facts.firstOffense === null
      ? [{ party: (p.entityId ?? p.personHash) as string, isEntity: p.entityId !== null, occurredOn: d.values.facts.occurredOn }]
      : [];
  });
  const priors = await priorsFor(st, open);
  const prepared: PreparedDecision[] = [];
  batch.forEach((d, i) => {
    const p = parties[i];
    if (p) {
      prepared.push(preparedOf(st, d, p, priors.get((p.entityId ?? p.personHash) as string)));
    }
  });
  return { prepared, problems };
}

export function createRechecker(db: Queryable, o: Options): Rechecker {
  const st: State = { db, o, entities: new Map(), items: new Map(), rulesByDay: new Map(), answers: new Map(), evaluations: 0 };
  return {
    get evaluations() {
      return st.evaluations;
    },
    prepare: (batch) => prepareBatch(st, batch),
  };
}
