/**
 * Demo inspection items (检查事项) of the demo departments, with the provisions they check. Fire and
 * safety-production items are never merged into a joint inspection (policy §4: 安全生产、消防等领域除外);
 * one unpublished item shows that an item must be published before it can be planned.
 */
import type { Queryable } from '../db/database';
import { newId } from '../records/ids';

const ITEMS: {
  code: string;
  dept: string;
  name: string;
  legalBasis: string;
  key: boolean;
  mergeable: boolean;
  category: string;
  published: boolean;
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

export async function seedInspectionItems(tx: Queryable, regionCode: string, deptIds: Map<string, string>, now: string): Promise<number> {
  const ids = new Map<string, string>();
  for (const i of ITEMS) {
    const id = newId();
    ids.set(i.code, id);
    await tx.query(
      `INSERT INTO inspection_items (region_code, id, code, name, department_id, legal_basis, key, mergeable, category, published, created_at)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11)`,
      [regionCode, id, i.code, i.name, deptIds.get(i.dept), i.legalBasis, i.key, i.mergeable, i.category, i.published, now],
    );
  }
  for (const t of JOINT_TASKS) {
    for (const code of t.items) {
      await tx.query('INSERT INTO joint_task_entries (region_code, industry_code, item_id, created_at) VALUES ($1, $2, $3, $4)', [
        regionCode,
        t.industryCode,
        ids.get(code),
        now,
      ]);
    }
  }
  // 触发式监管 of non-key items: three complaints about 明码标价 within 30 days, or one disinfection alert within 7 days.
  for (const r of [
    { code: 'SC-JC-003', source: 'complaint', threshold: 3, windowDays: 30 },
    { code: 'WS-JC-002', source: 'monitoring', threshold: 1, windowDays: 7 },
  ]) {
    await tx.query('INSERT INTO trigger_rules (region_code, id, item_id, source, threshold, window_days) VALUES ($1,$2,$3,$4,$5,$6)', [
      regionCode,
      newId(),
      ids.get(r.code),
      r.source,
      r.threshold,
      r.windowDays,
    ]);
  }
  return ITEMS.length;
}
