/**
 * Demo rules: the real no-penalty list items of shared/reference/no-penalty-lists.json (copied to
 * ./data, their source, wording and notes kept verbatim), each pointed at a catalogue item whose legal
 * basis and statutory fine range are given here in structured form, plus published discretion
 * benchmarks and a few earlier decisions against demo entities. Demo mode only: these lists were
 * issued elsewhere (国家税务总局, 交通运输部, 太原, 鹤山, 安徽, 福州) and are shown as examples of real lists.
 * Where a source gives only a month or a report date, that day is used as the effective date and the
 * list's note says so (docs/decisions/0008-rules-catalogue.md).
 */
import { readFileSync } from 'node:fs';
import type { BenchmarkInput, LegalBasis, LIST_KINDS, NoPenaltyListEntryInput, PENALTY_TYPES, RuleLevel } from '@rouxing/contracts';
import type { Actor } from '@rouxing/domain';
import type { Queryable } from '../db/database';
import { listDepartments } from '../departments/department.repository';
import { newId } from '../records/ids';
import { recordChange } from '../records/record-change';
import { lockReviewState, markPublished, type ReviewTable } from '../rules/review.repository';
import { insertSanctionRecord } from '../rules/sanction-record.repository';
import { insertDraftBenchmark } from '../rules/steps/insert-draft-benchmark';
import { insertDraftList } from '../rules/steps/insert-draft-list';
import { insertViolationItem } from '../rules/violation-item.repository';

interface ReferenceItem {
  source: string;
  sourceUrl: string;
  domain: string;
  department: string;
  item: string;
  legalBasis: string | null;
  normalPenalty: string | null;
  conditions: string[];
  kind: (typeof LIST_KINDS)[number];
  /** Internal (shared/reference/README.md): whether the article was given by the source or mapped from the statute. */
  legalBasisSource: string;
  /** Internal: false where the stored source cut the conditions off. */
  conditionsComplete: boolean;
  /** Internal: how the item was found; never list text. */
  researchNotes: string;
}

export function referenceItems(): ReferenceItem[] {
  return JSON.parse(readFileSync(new URL('./reference/no-penalty-lists.json', import.meta.url), 'utf8')) as ReferenceItem[];
}

/**
 * A condition as list text: a researcher's parenthetical in Latin script ("(the report lists 5 features;
 * only these 3 were readable)") is a note about the record, not the list's wording, and is dropped.
 */
export function publicConditionText(text: string): string {
  return text.replace(/\s*[（(][^（）()\u4e00-\u9fff]*[A-Za-z][^（）()\u4e00-\u9fff]*[)）]/g, '').trim();
}

/** The internal facts of a reference item, kept in the entry's 备注 (shown to staff, never in the public feed). */
function internalNotes(r: ReferenceItem): string {
  const complete = r.conditionsComplete ? '' : '适用条件未完整收录，复核补全前不作为认定依据。';
  return `${complete}依据来源：${r.legalBasisSource}。${r.researchNotes}`.slice(0, 1000);
}

type Penalty = (typeof PENALTY_TYPES)[number];
interface CatalogueSeed {
  code: string;
  dept: string;
  name: string;
  domain: string;
  basis: Omit<LegalBasis, 'text'> & { text?: string };
  penaltyBasis?: Omit<LegalBasis, 'text'> & { text: string };
  penaltyTypes: Penalty[];
  fine: [number, number] | null;
  key?: boolean;
  noFault?: { law: string; article: number };
  limitation?: { months: number; law: string; article: number };
}

const TAX = '中华人民共和国税收征收管理法';
const TAX_LIMITATION = { months: 60, law: TAX, article: 86 }; // 第八十六条: 五年内未被发现的，不再给予行政处罚
const UNVERIFIED = { article: null, paragraph: null, item: null };

/** Catalogue items, keyed by the index of the reference item that first names them. */
const CATALOGUE: Record<number, CatalogueSeed> = {
  0: {
    code: 'SW-001',
    dept: 'SWJ',
    name: '未按规定将全部银行账号向税务机关报送',
    domain: '税务',
    basis: { law: TAX, article: 60, paragraph: 1, item: 4 },
    penaltyTypes: ['fine'],
    fine: [0, 10000],
    limitation: TAX_LIMITATION,
  },
  1: {
    code: 'SW-002',
    dept: 'SWJ',
    name: '未按规定设置、保管账簿或者保管记账凭证和有关资料',
    domain: '税务',
    basis: { law: TAX, article: 60, paragraph: 1, item: 2 },
    penaltyTypes: ['fine'],
    fine: [0, 10000],
    limitation: TAX_LIMITATION,
  },
  2: {
    code: 'SW-003',
    dept: 'SWJ',
    name: '未按规定期限办理纳税申报和报送纳税资料',
    domain: '税务',
    basis: { law: TAX, article: 62, paragraph: null, item: null },
    penaltyTypes: ['fine'],
    fine: [0, 10000],
    limitation: TAX_LIMITATION,
  },
  3: {
    code: 'SW-004',
    dept: 'SWJ',
    name: '使用税控装置开具发票，未按规定期限报送开具发票的数据',
    domain: '税务',
    basis: { law: '税收征收管理法及实施细则、发票管理办法等有关规定', ...UNVERIFIED },
    penaltyTypes: ['fine'],
    fine: null,
    limitation: TAX_LIMITATION,
  },
  4: {
    code: 'SW-005',
    dept: 'SWJ',
    name: '未按规定取得发票，以其他凭证代替发票使用',
    domain: '税务',
    basis: { law: '税收征收管理法及实施细则、发票管理办法等有关规定', ...UNVERIFIED },
    penaltyTypes: ['fine'],
    fine: null,
    limitation: TAX_LIMITATION,
  },
  5: {
    code: 'SW-006',
    dept: 'SWJ',
    name: '未按规定缴销发票',
    domain: '税务',
    basis: { law: '税收征收管理法及实施细则、发票管理办法等有关规定', ...UNVERIFIED },
    penaltyTypes: ['fine'],
    fine: null,
    limitation: TAX_LIMITATION,
  },
  6: {
    code: 'SW-007',
    dept: 'SWJ',
    name: '扣缴义务人未按规定设置、保管代扣代缴、代收代缴税款账簿或者保管记账凭证及有关资料',
    domain: '税务',
    basis: { law: TAX, article: 61, paragraph: null, item: null },
    penaltyTypes: ['fine'],
    fine: [0, 5000],
    limitation: TAX_LIMITATION,
  },
  7: {
    code: 'SW-008',
    dept: 'SWJ',
    name: '扣缴义务人未按规定期限报送代扣代缴、代收代缴税款有关资料',
    domain: '税务',
    basis: { law: TAX, article: 62, paragraph: null, item: null },
    penaltyTypes: ['fine'],
    fine: [0, 10000],
    limitation: TAX_LIMITATION,
  },
  8: {
    code: 'SW-009',
    dept: 'SWJ',
    name: '扣缴义务人未按规定开具税收票证',
    domain: '税务',
    basis: { law: '税收票证管理办法', ...UNVERIFIED },
    penaltyTypes: ['fine'],
    fine: null,
    limitation: TAX_LIMITATION,
  },
  9: {
    code: 'SW-010',
    dept: 'SWJ',
    name: '向非居民发包工程作业或劳务项目，未按规定向主管税务机关报告有关事项',
    domain: '税务',
    basis: { law: '非居民承包工程作业和提供劳务税收管理暂行办法', ...UNVERIFIED },
    penaltyTypes: ['fine'],
    fine: null,
    limitation: TAX_LIMITATION,
  },
  10: {
    code: 'SW-011',
    dept: 'SWJ',
    name: '使用非税控电子器具开具发票，未按规定报送开具发票的数据',
    domain: '税务',
    basis: { law: '税收征收管理法及实施细则、发票管理办法等有关规定', ...UNVERIFIED },
    penaltyTypes: ['fine'],
    fine: null,
    limitation: TAX_LIMITATION,
  },
  11: {
    code: 'SW-012',
    dept: 'SWJ',
    name: '未按规定办理税务登记证件验证或者换证手续',
    domain: '税务',
    basis: { law: '税收征收管理法及实施细则、税务登记管理办法等有关规定', ...UNVERIFIED },
    penaltyTypes: ['fine'],
    fine: null,
    limitation: TAX_LIMITATION,
  },
  12: {
    code: 'JT-001',
    dept: 'JTYS',
    name: '车辆装载物触地拖行、掉落、遗洒或者飘散，造成公路路面损坏、污染',
    domain: '交通运输（公路路政）',
    basis: { law: '公路安全保护条例', article: 69, paragraph: null, item: null },
    penaltyTypes: ['fine'],
    fine: [0, 5000],
  },
  13: {
    code: 'JT-002',
    dept: 'JTYS',
    name: '铁轮车、履带车和其他可能损害路面的机具擅自在公路上行驶',
    domain: '交通运输（公路路政）',
    basis: { law: '中华人民共和国公路法', article: 48, paragraph: null, item: null },
    penaltyBasis: {
      law: '中华人民共和国公路法',
      article: 76,
      paragraph: null,
      item: 4,
      text: '《中华人民共和国公路法》第七十六条第（四）项',
    },
    penaltyTypes: ['fine'],
    fine: [0, 30000],
  },
  14: {
    code: 'JT-003',
    dept: 'JTYS',
    name: '未经批准擅自在公路用地范围内设置公路标志以外的其他标志',
    domain: '交通运输（公路路政）',
    basis: { law: '中华人民共和国公路法', article: 54, paragraph: null, item: null },
    penaltyBasis: { law: '中华人民共和国公路法', article: 79, paragraph: null, item: null, text: '《中华人民共和国公路法》第七十九条' },
    penaltyTypes: ['fine'],
    fine: [0, 20000],
  },
  15: {
    code: 'GA-001',
    dept: 'GA',
    name: '未随车携带驾驶证或者驾驶证丢失、损毁期间驾驶机动车',
    domain: '公安交管',
    basis: { law: '中华人民共和国道路交通安全法', article: 95, paragraph: 1, item: null },
    penaltyBasis: {
      law: '中华人民共和国道路交通安全法',
      article: 90,
      paragraph: null,
      item: null,
      text: '《中华人民共和国道路交通安全法》第九十条',
    },
    penaltyTypes: ['warning', 'fine'],
    fine: [20, 200],
  },
  16: {
    code: 'GA-002',
    dept: 'GA',
    name: '未随车携带行驶证或者行驶证丢失、损毁期间驾驶机动车',
    domain: '公安交管',
    basis: { law: '中华人民共和国道路交通安全法', article: 95, paragraph: 1, item: null },
    penaltyBasis: {
      law: '中华人民共和国道路交通安全法',
      article: 90,
      paragraph: null,
      item: null,
      text: '《中华人民共和国道路交通安全法》第九十条',
    },
    penaltyTypes: ['warning', 'fine'],
    fine: [20, 200],
  },
  17: {
    code: 'SC-EC-001',
    dept: 'SCJG',
    name: '电子商务经营者未在首页显著位置公示营业执照信息、行政许可信息等',
    domain: '市场监管（电子商务）',
    basis: { law: '中华人民共和国电子商务法', article: 15, paragraph: null, item: null },
    penaltyBasis: {
      law: '中华人民共和国电子商务法',
      article: 76,
      paragraph: 1,
      item: null,
      text: '《中华人民共和国电子商务法》第七十六条第一款',
    },
    penaltyTypes: ['fine'],
    fine: [0, 10000],
  },
  18: {
    code: 'SC-EC-002',
    dept: 'SCJG',
    name: '电子商务平台经营者未在首页显著位置持续公示平台服务协议、交易规则信息等',
    domain: '市场监管（电子商务）',
    basis: { law: '中华人民共和国电子商务法', article: 33, paragraph: null, item: null },
    penaltyBasis: {
      law: '中华人民共和国电子商务法',
      article: 81,
      paragraph: 1,
      item: null,
      text: '《中华人民共和国电子商务法》第八十一条第一款',
    },
    penaltyTypes: ['fine'],
    fine: [20000, 500000],
  },
  19: {
    code: 'SC-AD-001',
    dept: 'SCJG',
    name: '广告使用“国家级”“最高级”“最佳”等绝对化用语',
    domain: '市场监管（广告）',
    basis: { law: '中华人民共和国广告法', article: 9, paragraph: null, item: 3 },
    penaltyBasis: {
      law: '中华人民共和国广告法',
      article: 57,
      paragraph: null,
      item: 1,
      text: '《中华人民共和国广告法》第五十七条第（一）项',
    },
    penaltyTypes: ['fine', 'licence_suspension'],
    fine: [200000, 1000000],
    key: true,
  },
  20: {
    code: 'SC-REG-001',
    dept: 'SCJG',
    name: '公司未依照规定办理有关备案',
    domain: '市场监管（登记）',
    basis: { law: '（清单未列明法律依据）', ...UNVERIFIED, text: '清单未列明法律依据' },
    penaltyTypes: [],
    fine: null,
  },
  21: {
    code: 'SC-FOOD-001',
    dept: 'SCJG',
    name: '食品、食品添加剂的标签、说明书存在瑕疵但不影响食品安全且不会对消费者造成误导',
    domain: '市场监管（食品安全）',
    basis: { law: '中华人民共和国食品安全法', article: 125, paragraph: 2, item: null },
    penaltyTypes: ['fine'],
    fine: [0, 2000],
    key: true,
  },
  22: {
    code: 'SC-PRICE-001',
    dept: 'SCJG',
    name: '服务项目、服务内容、等级或规格、服务价格等公示不醒目',
    domain: '市场监管（价格）',
    basis: { law: '（清单未列明法律依据）', ...UNVERIFIED, text: '清单未列明法律依据' },
    penaltyTypes: [],
    fine: null,
  },
  24: {
    code: 'SC-FOOD-002',
    dept: 'SCJG',
    name: '经营超过保质期的食品',
    domain: '市场监管（食品安全）',
    basis: { law: '中华人民共和国食品安全法', article: 124, paragraph: 1, item: 5 },
    penaltyTypes: ['fine', 'confiscation', 'licence_suspension'],
    fine: null,
    key: true,
    noFault: { law: '中华人民共和国食品安全法', article: 136 },
  },
};
/** Reference items that name a violation already in the catalogue (福州's absolute-terms item is 安徽's). */
const SAME_AS: Record<number, string> = { 23: 'SC-AD-001' };

interface ListSeed {
  title: string;
  level: RuleLevel;
  issuer: string;
  dept: string;
  documentNo: string;
  effectiveFrom: string;
  note: string;
  items: number[];
  /** Structured conditions per reference item (the wording stays the list's own). */
  conditions: (i: number) => NoPenaltyListEntryInput['conditions'];
}

const cond = (c: Partial<NoPenaltyListEntryInput['conditions']>): NoPenaltyListEntryInput['conditions'] => ({
  firstOffense: false,
  firstOffenseScope: 'authority',
  maxHarm: null,
  correctedInTime: false,
  correctionDays: null,
  ...c,
});
const TAX_CONDITIONS = cond({ firstOffense: true, firstOffenseScope: 'same_item', maxHarm: 'minor', correctedInTime: true });

const LISTS: ListSeed[] = [
  {
    title: '税务行政处罚“首违不罚”事项清单（第一批）',
    level: 'national',
    issuer: '国家税务总局',
    dept: 'SWJ',
    documentNo: '国家税务总局公告2021年第6号',
    effectiveFrom: '2021-04-01',
    note: '',
    items: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    conditions: () => TAX_CONDITIONS,
  },
  {
    title: '税务行政处罚“首违不罚”事项清单（第二批）',
    level: 'national',
    issuer: '国家税务总局',
    dept: 'SWJ',
    documentNo: '',
    effectiveFrom: '2022-01-01',
    note: '文号未核实（来源注明）',
    items: [10, 11],
    conditions: () => TAX_CONDITIONS,
  },
  {
    title: '交通运输领域轻微违法行为依法免予处罚高频事项清单',
    level: 'national',
    issuer: '交通运输部',
    dept: 'JTYS',
    documentNo: '',
    effectiveFrom: '2021-11-16',
    note: '生效日期取《关于建立交通运输行政执法规范化长效机制的意见》的日期（来源报道）',
    items: [12, 13, 14],
    conditions: (i) =>
      i === 12
        ? cond({ firstOffense: true, maxHarm: 'minor', correctedInTime: true })
        : i === 13
          ? cond({ firstOffense: true, maxHarm: 'none', correctedInTime: true })
          : cond({ firstOffense: true }),
  },
  {
    title: '轻微交通违法只教育不处罚清单（第一类）',
    level: 'city',
    issuer: '太原市公安局交通警察支队',
    dept: 'GA',
    documentNo: '',
    effectiveFrom: '2021-05-21',
    note: '生效日期取来源报道日期（太原晚报，2021-05-21）',
    items: [15, 16],
    conditions: () => cond({}),
  },
  {
    title: '鹤山市市场监督管理局行政执法减免责清单（免处罚清单）',
    level: 'county',
    issuer: '鹤山市市场监督管理局',
    dept: 'SCJG',
    documentNo: '',
    effectiveFrom: '2023-01-01',
    note: '来源未载明生效日期，演示数据按2023-01-01录入',
    items: [17, 18],
    conditions: () => cond({ firstOffense: true, maxHarm: 'minor', correctedInTime: true }),
  },
  {
    title: '市场轻微违法违规经营行为免罚清单',
    level: 'provincial',
    issuer: '安徽省市场监督管理局',
    dept: 'SCJG',
    documentNo: '',
    effectiveFrom: '2020-08-05',
    note: '生效日期取来源报道日期（市场星报，2020-08-05）',
    items: [19, 20, 21, 22],
    conditions: (i) => (i === 19 ? cond({ firstOffense: true, maxHarm: 'none', correctedInTime: true }) : cond({ correctedInTime: true })),
  },
  {
    title: '福州市市场监管领域不予行政处罚裁量清单（2023年版）',
    level: 'city',
    issuer: '福州市市场监督管理局',
    dept: 'SCJG',
    documentNo: '',
    effectiveFrom: '2024-01-18',
    note: '生效日期取来源报道日期（海峡网，2024-01-18）',
    items: [23, 24],
    conditions: (i) =>
      i === 23 ? cond({ maxHarm: 'none', correctedInTime: true }) : cond({ firstOffense: true, maxHarm: 'minor', correctedInTime: true }),
  },
];

const basisText = (b: Omit<LegalBasis, 'text'>): string => {
  const cn = (n: number) => String(n);
  return `《${b.law}》${b.article ? `第${cn(b.article)}条` : ''}${b.paragraph ? `第${cn(b.paragraph)}款` : ''}${b.item ? `第（${cn(b.item)}）项` : ''}`;
};

export const SYSTEM_ACTOR_ID = '00000000-0000-0000-0000-000000000000';

/** An actor for the seed's records: the system, acting for one department. */
function systemActor(regionCode: string, departmentId: string): Actor {
  return {
    userId: SYSTEM_ACTOR_ID,
    username: 'system',
    displayName: '系统（演示数据）',
    roles: [],
    permissions: new Set(),
    regionCode,
    departmentId,
    entityUscc: null,
  };
}

type SeedMeta = { sourceIp: null; userAgent: string };
/** A department's id by its demo code; a missing one is a broken seed. */
type DeptOf = (code: string) => string;

/** The catalogue items (违法行为), each with its event; returns the catalogue code of each reference item. */
async function seedCatalogue(
  tx: Queryable,
  regionCode: string,
  ref: readonly ReferenceItem[],
  dept: DeptOf,
  meta: SeedMeta,
  now: string,
): Promise<Map<number, string>> {
  const codeOf = new Map<number, string>();
  for (const [index, c] of Object.entries(CATALOGUE)) {
    const r = ref[Number(index)];
    const { text: _t, ...b } = c.basis;
    const legalBasis = { ...b, text: c.basis.text ?? r?.legalBasis ?? basisText(b) };
    const id = newId();
    await insertViolationItem(
      tx,
      regionCode,
      id,
      {
        code: c.code,
        name: c.name,
        departmentId: dept(c.dept),
        domain: c.domain,
        legalBasis,
        penaltyBasis: c.penaltyBasis ?? null,
        penaltyTypes: c.penaltyTypes,
        fineMin: c.fine?.[0] ?? null,
        fineMax: c.fine?.[1] ?? null,
        normalPenaltyText: r?.normalPenalty ?? '',
        key: c.key ?? false,
        noFaultRule: c.noFault ? 'may_waive' : 'no_penalty',
        noFaultBasis: c.noFault ?? null,
        limitationMonths: c.limitation?.months ?? null,
        limitationBasis: c.limitation ? { law: c.limitation.law, article: c.limitation.article } : null,
      },
      now,
    );
    await recordChange(tx, systemActor(regionCode, dept(c.dept)), meta, now, {
      aggregateType: 'violation_item',
      aggregateId: id,
      type: 'violation_item.created',
      payload: { code: c.code, name: c.name, legalBasis, origin: 'demo-seed' },
    });
    codeOf.set(Number(index), c.code);
  }
  for (const [index, code] of Object.entries(SAME_AS)) {
    codeOf.set(Number(index), code);
  }
  return codeOf;
}

/** A list's entries: the reference items' own wording, with structured conditions and the catalogue codes. */
function listEntriesOf(l: ListSeed, ref: readonly ReferenceItem[], codeOf: Map<number, string>): NoPenaltyListEntryInput[] {
  return l.items.map((i, n) => {
    const r = ref[i] as ReferenceItem;
    return {
      itemCode: String(n + 1),
      violationCode: codeOf.get(i) as string,
      kind: r.kind,
      conditions: r.kind === '首违不罚' ? { ...l.conditions(i), firstOffense: true } : l.conditions(i),
      itemText: r.item,
      conditionsText: r.conditions.map(publicConditionText).filter(Boolean),
      legalBasisText: r.legalBasis ?? '',
      normalPenaltyText: r.normalPenalty ?? '',
      notes: internalNotes(r),
    };
  });
}

/** The published no-penalty lists; returns how many entries they hold. */
async function seedLists(
  tx: Queryable,
  regionCode: string,
  ref: readonly ReferenceItem[],
  codeOf: Map<number, string>,
  dept: DeptOf,
  meta: SeedMeta,
  now: string,
): Promise<number> {
  let entries = 0;
  for (const l of LISTS) {
    const first = ref[l.items[0] ?? 0];
    const actor = systemActor(regionCode, dept(l.dept));
    const listEntries = listEntriesOf(l, ref, codeOf);
    const id = await insertDraftList(
      tx,
      actor,
      meta,
      {
        title: l.title,
        level: l.level,
        issuer: l.issuer,
        departmentId: dept(l.dept),
        domain: first?.domain ?? '',
        documentNo: l.documentNo,
        source: [first?.source, l.note].filter(Boolean).join('。'),
        sourceUrl: first?.sourceUrl ?? '',
        effectiveFrom: l.effectiveFrom,
        effectiveTo: null,
      },
      listEntries,
      now,
      'seed',
    );
    await publishSeeded(tx, 'no_penalty_lists', 'no_penalty_list', actor, id, now);
    entries += listEntries.length;
  }
  return entries;
}

/**
 * Earlier decisions: the enterprise account's entity was once penalised by 交通运输 (not by 市场监管: its
 * first offence before 市场监管 stands); two other entities have 市场监管 decisions within 12 months.
 */
async function seedSanctionRecords(
  tx: Queryable,
  regionCode: string,
  demoEntities: { enterpriseId: string; otherIds: string[] },
  dept: DeptOf,
  now: string,
): Promise<void> {
  const records = [
    {
      entityId: demoEntities.enterpriseId,
      decidedOn: '2026-03-12',
      dept: 'JTYS',
      code: 'JT-001',
      outcome: 'penalty' as const,
      no: '常交罚〔2026〕17号',
    },
    {
      entityId: demoEntities.otherIds[0],
      decidedOn: '2026-06-20',
      dept: 'SCJG',
      code: 'SC-EC-001',
      outcome: 'no_penalty' as const,
      no: '常市监不罚〔2026〕8号',
    },
    {
      entityId: demoEntities.otherIds[1],
      decidedOn: '2025-09-03',
      dept: 'SCJG',
      code: 'SC-FOOD-001',
      outcome: 'penalty' as const,
      no: '常市监罚〔2025〕112号',
    },
  ];
  const deptName = new Map((await listDepartments(tx, regionCode)).map((d) => [d.id, d.name]));
  for (const r of records) {
    if (!r.entityId) {
      continue;
    }
    await insertSanctionRecord(
      tx,
      {
        regionCode,
        id: newId(),
        entityId: r.entityId,
        decidedOn: r.decidedOn,
        departmentId: dept(r.dept),
        authority: deptName.get(dept(r.dept)) ?? r.dept,
        violationCode: r.code,
        outcome: r.outcome,
        documentNo: r.no,
        source: 'demo',
      },
      now,
    );
  }
}

export async function seedRules(
  tx: Queryable,
  regionCode: string,
  deptIds: Map<string, string>,
  demoEntities: { enterpriseId: string; otherIds: string[] },
  now: string,
): Promise<{ items: number; lists: number; entries: number }> {
  const ref = referenceItems();
  const meta: SeedMeta = { sourceIp: null, userAgent: 'rouxing-seed' };
  const dept: DeptOf = (code) => {
    const id = deptIds.get(code);
    if (!id) {
      throw new Error(`seed: department ${code} missing`);
    }
    return id;
  };
  const codeOf = await seedCatalogue(tx, regionCode, ref, dept, meta, now);
  const entries = await seedLists(tx, regionCode, ref, codeOf, dept, meta, now);
  for (const b of BENCHMARKS) {
    const actor = systemActor(regionCode, dept(b.dept));
    const { dept: d, ...input } = b;
    const id = await insertDraftBenchmark(tx, actor, meta, { ...input, departmentId: dept(d) }, now);
    await publishSeeded(tx, 'discretion_benchmarks', 'benchmark', actor, id, now);
  }
  await seedSanctionRecords(tx, regionCode, demoEntities, dept, now);
  return { items: Object.keys(CATALOGUE).length, lists: LISTS.length, entries };
}

/** Publishes a seeded version at once (the demo lists were issued elsewhere), with its event. */
async function publishSeeded(
  tx: Queryable,
  table: ReviewTable,
  aggregateType: string,
  actor: Actor,
  id: string,
  now: string,
): Promise<void> {
  const state = await lockReviewState(tx, table, actor.regionCode, id);
  if (!state) {
    throw new Error('seed: version missing');
  }
  await markPublished(tx, table, state, { id: actor.userId, name: actor.displayName }, now);
  await recordChange(tx, actor, { sourceIp: null, userAgent: 'rouxing-seed' }, now, {
    aggregateType,
    aggregateId: id,
    type: `${aggregateType}.published`,
    fromState: 'draft',
    toState: 'published',
    payload: { version: state.version, origin: 'demo-seed' },
  });
}

const CIRCUMSTANCES = {
  aggravating: [
    { code: 'refused_correction', label: '拒不改正或者改正后再犯' },
    { code: 'obstructed_inspection', label: '阻碍、拒绝执法检查' },
  ],
  mitigating: [{ code: 'voluntary_correction', label: '主动改正、消除影响' }],
};

/** Published demo benchmarks (illustrative tiers set by the demo departments; statutory ranges from the law). */
const BENCHMARKS: (BenchmarkInput & { dept: string })[] = [
  {
    dept: 'SCJG',
    violationCode: 'SC-EC-001',
    level: 'department',
    issuer: '常宁市市场监督管理局',
    departmentId: '',
    fine: { min: 0, max: 10000 },
    tiers: { lighter: [0, 0.2], ordinary: [0.2, 0.6], heavier: [0.6, 1] },
    mitigatedFloor: 0,
    ...CIRCUMSTANCES,
    effectiveFrom: '2025-06-01',
    note: '演示数据：电子商务法第七十六条第一款“可以处一万元以下的罚款”，本局细化为三个阶次。',
  },
  {
    dept: 'SCJG',
    violationCode: 'SC-FOOD-001',
    level: 'department',
    issuer: '常宁市市场监督管理局',
    departmentId: '',
    fine: { min: 0, max: 2000 },
    tiers: { lighter: [0, 0.3], ordinary: [0.3, 0.7], heavier: [0.7, 1] },
    mitigatedFloor: 0,
    ...CIRCUMSTANCES,
    effectiveFrom: '2025-06-01',
    note: '演示数据：食品安全法第一百二十五条第二款“拒不改正的，处二千元以下罚款”。',
  },
  {
    dept: 'SWJ',
    violationCode: 'SW-001',
    level: 'provincial',
    issuer: '国家税务总局湖南省税务局',
    departmentId: '',
    fine: { min: 0, max: 10000 },
    tiers: { lighter: [0, 0.1], ordinary: [0.1, 0.2], heavier: [0.2, 1] },
    mitigatedFloor: 0,
    aggravating: [{ code: 'serious_circumstances', label: '情节严重（二千元以上一万元以下）' }],
    mitigating: [],
    effectiveFrom: '2024-01-01',
    note: '演示数据：税收征收管理法第六十条“可以处二千元以下的罚款；情节严重的，处二千元以上一万元以下的罚款”。',
  },
];
