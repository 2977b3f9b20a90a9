import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../dates/calendar';
import { DEFAULT_FREQUENCY_CONFIG } from './frequency';
import { type JointInspectionTaskList, mergeableItemIds, mergeCandidates, type PlanForMerge } from './merge';

// 餐饮 (H62): the food-safety items of 市场监管 and the hygiene item of 卫健 may be checked together.
const TASK_LIST: JointInspectionTaskList = {
  entries: [
    { industryCode: 'H62', itemIds: ['food-1', 'food-2', 'hyg-1', 'fire-1', 'safe-1'] },
    { industryCode: 'H621', itemIds: ['env-1'] },
    { industryCode: 'C13', itemIds: ['feed-1'] },
  ],
};
const food = { id: 'food-1', category: 'general' } as const;
const hygiene = { id: 'hyg-1', category: 'general' } as const;
const env = { id: 'env-1', category: 'general' } as const;
const fire = { id: 'fire-1', category: 'fire' } as const;
const safety = { id: 'safe-1', category: 'safety_production' } as const;
const unlisted = { id: 'tax-1', category: 'general' } as const;

const mine = (over: Partial<PlanForMerge & { entityIndustryCode: string }> = {}) => ({
  id: 'mine',
  entityId: 'e1',
  entityIndustryCode: 'H6210',
  departmentId: 'scjg',
  status: 'pending_approval' as const,
  windowFrom: '2026-06-01',
  windowTo: '2026-06-10',
  jointGroupId: null,
  items: [food],
  ...over,
});
const other = (over: Partial<PlanForMerge> = {}): PlanForMerge => ({
  id: 'ws-plan',
  entityId: 'e1',
  departmentId: 'ws',
  departmentName: '常宁市卫生健康局',
  status: 'approved',
  windowFrom: '2026-06-20',
  windowTo: '2026-06-30',
  jointGroupId: null,
  items: [hygiene],
  ...over,
});
const ids = (xs: { planId: string }[]) => xs.map((x) => x.planId);

describe('[INSPECTION][MERGE] 综合查一次: close plans of other departments with mergeable items', () => {
  it.each([
    ['overlapping windows', other({ windowFrom: '2026-06-05' }), ['ws-plan']],
    ['30 days apart', other({ windowFrom: '2026-07-10', windowTo: '2026-07-20' }), ['ws-plan']],
    ['31 days apart', other({ windowFrom: '2026-07-11', windowTo: '2026-07-20' }), []],
    ['30 days before', other({ windowFrom: '2026-04-01', windowTo: '2026-05-02' }), ['ws-plan']],
    ['the same department', other({ departmentId: 'scjg' }), []],
    ['another entity', other({ entityId: 'e2' }), []],
    ['already checked in', other({ status: 'checked_in' }), []],
    ['completed', other({ status: 'completed' }), []],
    ['rejected', other({ status: 'rejected' }), []],
    ['cancelled', other({ status: 'cancelled' }), []],
    ['only a fire item', other({ items: [fire] }), []],
    ['only a safety-production item', other({ items: [safety] }), []],
    ['only an item not on the task list', other({ items: [unlisted] }), []],
    ['an item of the class-level entry (H621)', other({ items: [env] }), ['ws-plan']],
  ] as const)('%s → %j', (_label, o, expected) => {
    expect(ids(mergeCandidates(mine(), [o], TASK_LIST))).toEqual(expected);
  });

  it('never merges safety-production or fire items, even when the task list names them, and says why each item stays apart', () => {
    const [c] = mergeCandidates(mine({ items: [food, fire, unlisted] }), [other({ items: [hygiene, safety] })], TASK_LIST);
    expect(c).toEqual({
      planId: 'ws-plan',
      departmentId: 'ws',
      departmentName: '常宁市卫生健康局',
      gapDays: 10,
      commonWindow: null,
      itemIds: ['food-1'],
      otherItemIds: ['hyg-1'],
      keptSeparate: [
        { planId: 'mine', itemId: 'fire-1', reason: 'fire' },
        { planId: 'mine', itemId: 'tax-1', reason: 'not_on_task_list' },
        { planId: 'ws-plan', itemId: 'safe-1', reason: 'safety_production' },
      ],
    });
  });

  it('has no candidate when the plan itself has nothing mergeable, or the industry has no task list', () => {
    expect(mergeCandidates(mine({ items: [fire, safety] }), [other()], TASK_LIST)).toEqual([]);
    expect(mergeCandidates(mine({ entityIndustryCode: 'F5123' }), [other()], TASK_LIST)).toEqual([]);
    expect(mergeCandidates(mine(), [other()], { entries: [] })).toEqual([]);
  });

  it('gives the common window, nearest first, and skips plans already in the same joint inspection', () => {
    const near = other({ id: 'near', windowFrom: '2026-06-08', windowTo: '2026-06-15' });
    const far = other({ id: 'far', departmentId: 'hb', windowFrom: '2026-07-01', windowTo: '2026-07-02' });
    const r = mergeCandidates(mine(), [far, near], TASK_LIST);
    expect(r.map((c) => [c.planId, c.gapDays, c.commonWindow])).toEqual([
      ['near', 0, { from: '2026-06-08', to: '2026-06-10' }],
      ['far', 21, null],
    ]);
    expect(ids(mergeCandidates(mine({ jointGroupId: 'g1' }), [other({ jointGroupId: 'g1' })], TASK_LIST))).toEqual([]);
    expect(ids(mergeCandidates(mine({ jointGroupId: 'g1' }), [other({ jointGroupId: 'g2' })], TASK_LIST))).toEqual(['ws-plan']);
  });

  it('takes the window from the configuration', () => {
    const o = other({ windowFrom: '2026-06-20' });
    expect(ids(mergeCandidates(mine(), [o], TASK_LIST, { ...DEFAULT_FREQUENCY_CONFIG, mergeWindowDays: 9 }))).toEqual([]);
    expect(ids(mergeCandidates(mine(), [o], TASK_LIST, { ...DEFAULT_FREQUENCY_CONFIG, mergeWindowDays: 10 }))).toEqual(['ws-plan']);
  });

  it('adds up the entries whose industry code prefixes the entity’s', () => {
    expect([...mergeableItemIds(TASK_LIST, 'H6210')].sort()).toEqual(['env-1', 'fire-1', 'food-1', 'food-2', 'hyg-1', 'safe-1']);
    expect([...mergeableItemIds(TASK_LIST, 'H6310')]).toEqual([]);
  });
});

describe('[INSPECTION][MERGE] properties', () => {
  const items = fc.array(fc.constantFrom(food, hygiene, env, fire, safety, unlisted), { minLength: 1, maxLength: 5 });
  it('is symmetric in the window gap, merges no fire or safety item, and proposes no plan further than the window', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 20 }),
        fc.integer({ min: 0, max: 20 }),
        items,
        items,
        (offset, lenA, lenB, itemsA, itemsB) => {
          const a = mine({ windowTo: addDays('2026-06-01', lenA), items: itemsA });
          const bFrom = addDays('2026-06-01', offset);
          const b = other({ windowFrom: bFrom, windowTo: addDays(bFrom, lenB), items: itemsB });
          const ab = mergeCandidates(a, [b], TASK_LIST);
          const ba = mergeCandidates({ ...b, entityIndustryCode: 'H6210' }, [a], TASK_LIST);
          expect(ab.map((c) => c.gapDays)).toEqual(ba.map((c) => c.gapDays));
          for (const c of ab) {
            expect(c.gapDays).toBeLessThanOrEqual(DEFAULT_FREQUENCY_CONFIG.mergeWindowDays);
            expect([...c.itemIds, ...c.otherItemIds]).not.toContain('fire-1');
            expect([...c.itemIds, ...c.otherItemIds]).not.toContain('safe-1');
            expect([...c.itemIds, ...c.otherItemIds]).not.toContain('tax-1');
          }
        },
      ),
    );
  });
});
