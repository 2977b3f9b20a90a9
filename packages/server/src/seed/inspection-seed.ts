/**
 * Demo inspection items (检查事项) of the demo departments, with the provisions they check. Fire and
 * safety-production items are never merged into a joint inspection (常政办发〔2025〕5号 第四项: 安全生产、消防等领域除外);
 * one unpublished item shows that an item must be published before it can be planned.
 */
import type { Queryable } from '../db/database';
import { newId } from '../records/ids';
import { insertInspectionItems, insertJointTaskEntries, insertTriggerRules } from './seed.repository';

const ITEMS: {
  code: string;
  dept: string;
  name: string;
  legalBasis: string;
  key: boolean;
  mergeable: boolean;
  category: string;
  published: boolean;
  checklist?: string[];
}[] = [
  {
    code: 'SC-JC-001',
    dept: 'SCJG',
    name: '食品经营许可及公示情况',
    legalBasis: '《中华人民共和国食品安全法》第三十五条',
    key: true,
    mergeable: true,
    category: 'general',
    published: true,
  },
  {
    code: 'SC-JC-002',
    dept: 'SCJG',
    name: '食品进货查验记录',
    legalBasis: '《中华人民共和国食品安全法》第五十三条',
    key: true,
    mergeable: true,
    category: 'general',
    published: true,
  },
  {
    code: 'SC-JC-003',
    dept: 'SCJG',
    name: '明码标价情况',
    legalBasis: '《中华人民共和国价格法》第十三条',
    key: false,
    mergeable: true,
    category: 'general',
    published: true,
    checklist: ['商品和服务均已明码标价', '价签标明品名、计价单位和价格', '未在标价之外加价或收取未标明的费用'],
  },
  {
    code: 'SC-JC-099',
    dept: 'SCJG',
    name: '网络餐饮服务第三方平台入网审查（拟新增）',
    legalBasis: '《中华人民共和国食品安全法》第六十二条',
    key: false,
    mergeable: true,
    category: 'general',
    published: false,
  },
  {
    code: 'WS-JC-001',
    dept: 'WSJK',
    name: '公共场所卫生许可及从业人员健康合格证明',
    legalBasis: '《公共场所卫生管理条例》第四条、第七条',
    key: true,
    mergeable: true,
    category: 'general',
    published: true,
  },
  {
    code: 'WS-JC-002',
    dept: 'WSJK',
    name: '餐饮具集中消毒卫生情况',
    legalBasis: '《中华人民共和国食品安全法》第五十八条',
    key: false,
    mergeable: true,
    category: 'general',
    published: true,
  },
  {
    code: 'XF-JC-001',
    dept: 'XFJY',
    name: '消防安全检查',
    legalBasis: '《中华人民共和国消防法》第五十三条',
    key: true,
    mergeable: false,
    category: 'fire',
    published: true,
  },
  {
    code: 'YJ-JC-001',
    dept: 'YJGL',
    name: '安全生产监督检查',
    legalBasis: '《中华人民共和国安全生产法》第六十五条',
    key: true,
    mergeable: false,
    category: 'safety_production',
    published: true,
  },
];

/**
 * The demo 综合查一次 task list: in catering (H62, the policy's pilot field with food and drugs), the food
 * items of 市场监管 and the hygiene items of 卫健 are inspected together. Fire and safety items stay out.
 */
const JOINT_TASKS: { industryCode: string; items: string[] }[] = [
  { industryCode: 'H62', items: ['SC-JC-001', 'SC-JC-002', 'WS-JC-001', 'WS-JC-002'] },
  { industryCode: 'F5221', items: ['SC-JC-001', 'SC-JC-002'] },
];

// 触发式监管 of non-key items: three complaints about 明码标价 within 30 days, or one disinfection alert within 7 days.
const TRIGGER_RULES = [
  { code: 'SC-JC-003', source: 'complaint', threshold: 3, windowDays: 30 },
  { code: 'WS-JC-002', source: 'monitoring', threshold: 1, windowDays: 7 },
];

export async function seedInspectionItems(tx: Queryable, regionCode: string, deptIds: Map<string, string>, now: string): Promise<number> {
  const items = ITEMS.map(({ dept, ...i }) => ({ ...i, id: newId(), departmentId: deptIds.get(dept) }));
  const ids = new Map(items.map((i) => [i.code, i.id]));
  await insertInspectionItems(tx, regionCode, items, now);
  await insertJointTaskEntries(
    tx,
    regionCode,
    JOINT_TASKS.flatMap((t) => t.items.map((code) => ({ industryCode: t.industryCode, itemId: ids.get(code) }))),
    now,
  );
  await insertTriggerRules(
    tx,
    regionCode,
    TRIGGER_RULES.map((r) => ({
      id: newId(),
      itemId: ids.get(r.code),
      source: r.source,
      threshold: r.threshold,
      windowDays: r.windowDays,
    })),
  );
  return ITEMS.length;
}
