import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drawOfficers, drawOfficersForEach, indexConflicts } from './officer-draw';
import { DEFAULT_RANDOM_DRAW_CONFIG, type RandomDrawConfig } from './random-draw';

const config = (over: Partial<RandomDrawConfig>): RandomDrawConfig => ({ ...DEFAULT_RANDOM_DRAW_CONFIG, ...over });

describe('[INSPECTION][RANDOM][OFFICERS] at least two, at random, 回避 respected', () => {
  const officers = ['o1', 'o2', 'o3', 'o4', 'o5'];

  it('draws two distinct officers of the department, the same for the same seed, whatever the order given', () => {
    const r = drawOfficers('e1', officers, [], 5);
    expect(r.ok && r.officerIds.length).toBe(2);
    if (r.ok) {
      expect(new Set(r.officerIds).size).toBe(2);
      expect(officers).toEqual(expect.arrayContaining(r.officerIds));
    }
    expect(drawOfficers('e1', [...officers].reverse(), [], 5)).toEqual(r);
  });

  it('draws as many as configured', () => {
    const r = drawOfficers('e1', officers, [], 5, config({ officersPerInspection: 3 }));
    expect(r.ok && r.officerIds.length).toBe(3);
    expect(() => drawOfficers('e1', officers, [], 5, config({ officersPerInspection: 1 }))).toThrow('至少两名');
  });

  it.each([
    ['no officer', [], [], 0, 0],
    ['one officer', ['o1'], [], 1, 0],
    ['three officers, two withdrawn for this entity', ['o1', 'o2', 'o3'], ['o1', 'o3'], 3, 2],
  ])('refuses with %s', (_label, ids, withdrawn, total, conflicted) => {
    const r = drawOfficers(
      'e1',
      ids,
      withdrawn.map((officerId) => ({ officerId, entityId: 'e1' })),
      1,
    );
    expect(r).toEqual({
      ok: false,
      refusal: {
        rule: 'officers_insufficient',
        code: 'DRAW.TOO_FEW_OFFICERS',
        message: `可抽取的执法人员不足2名：本部门${total}名执法人员中${conflicted}名已申报回避，仅余${total - conflicted}名（双随机一公开须随机抽取至少2名执法人员）`,
        remedy: '请增补本部门持证执法人员，或商请其他部门派员以联合检查方式实施',
        required: 2,
        eligible: total - conflicted,
      },
    });
  });

  it('ignores conflicts declared for other entities, and takes an index of conflicts as well as a list', () => {
    const conflicts = [
      { officerId: 'o1', entityId: 'e2' },
      { officerId: 'o2', entityId: 'e2' },
    ];
    expect(drawOfficers('e1', ['o1', 'o2'], conflicts, 3)).toMatchObject({ ok: true });
    expect(drawOfficers('e2', ['o1', 'o2', 'o3'], conflicts, 3).ok).toBe(false);
    expect(drawOfficers('e1', officers, indexConflicts(conflicts), 3)).toEqual(drawOfficers('e1', officers, conflicts, 3));
  });

  it('never draws a conflicted officer, and is reproducible (property)', () => {
    const ids = fc.uniqueArray(fc.constantFrom(...Array.from({ length: 12 }, (_, i) => `o${i}`)), { maxLength: 12 });
    fc.assert(
      fc.property(
        ids,
        ids,
        fc.constantFrom('e1', 'e2', 'e3'),
        fc.integer({ min: 0, max: 0xffff_ffff }),
        (all, withdrawn, entityId, seed) => {
          const conflicts = withdrawn.map((officerId) => ({ officerId, entityId }));
          const r = drawOfficers(entityId, all, conflicts, seed);
          expect(drawOfficers(entityId, all, conflicts, seed)).toEqual(r);
          const eligible = all.filter((o) => !withdrawn.includes(o));
          expect(r.ok).toBe(eligible.length >= 2);
          if (r.ok) {
            expect(new Set(r.officerIds).size).toBe(2);
            for (const o of r.officerIds) {
              expect(eligible).toContain(o);
            }
          }
        },
      ),
    );
  });

  it('every eligible officer is equally likely to be drawn', () => {
    const hits = new Map<string, number>();
    const runs = 3000;
    for (let seed = 0; seed < runs; seed++) {
      const r = drawOfficers('e1', officers, [{ officerId: 'o5', entityId: 'e1' }], seed);
      for (const o of r.ok ? r.officerIds : []) {
        hits.set(o, (hits.get(o) ?? 0) + 1);
      }
    }
    expect(hits.has('o5')).toBe(false);
    // 2 of 4: each officer in half of the inspections (σ ≈ 0.009).
    for (const o of ['o1', 'o2', 'o3', 'o4']) {
      expect(Math.abs((hits.get(o) ?? 0) / runs - 0.5)).toBeLessThan(0.04);
    }
  });
});

describe('[INSPECTION][RANDOM][OFFICERS] many inspections at once', () => {
  const roster = Array.from({ length: 9 }, (_, i) => `o${i}`);
  const entityIds = fc.array(fc.constantFrom('e1', 'e2', 'e3', 'e4', 'e5'), { maxLength: 20 });
  const conflictArb = fc.array(fc.record({ officerId: fc.constantFrom(...roster), entityId: fc.constantFrom('e1', 'e2', 'e3') }), {
    maxLength: 20,
  });

  it('gives each entity what drawOfficers gives it alone, whatever else is drawn and in whatever order', () => {
    fc.assert(
      fc.property(
        entityIds,
        conflictArb,
        fc.integer({ min: 0, max: 0xffff_ffff }),
        fc.integer({ min: 2, max: 4 }),
        (ids, conflicts, seed, n) => {
          const c = config({ officersPerInspection: n });
          const batch = drawOfficersForEach(ids, roster, conflicts, seed, c);
          expect(batch).toEqual(ids.map((id) => drawOfficers(id, roster, conflicts, seed, c)));
          expect(drawOfficersForEach([...ids].reverse(), roster, indexConflicts(conflicts), seed, c)).toEqual([...batch].reverse());
        },
      ),
    );
  });
});
