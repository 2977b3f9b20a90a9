/**
 * 双随机一公开, the second 随机 (常政办发〔2025〕5号 第十三项): the officers of each inspection drawn at random from the
 * department's officers, at least two, leaving out those who declared a conflict with the entity (回避).
 * Reproducible from the published seed; an inspection's officers depend only on the seed, the department's
 * officers (as a set), the entity and its conflicts — not on the other inspections of the draw.
 */
import { DEFAULT_RANDOM_DRAW_CONFIG, type RandomDrawConfig } from './random-draw';
import { assertSeed, fnv1a, OFFICER_SALT, stream, uniformBelow } from './seeded';
import type { InspectionRefusalCode } from './types';

/** A declared conflict of interest (回避): the officer does not inspect the entity. */
export interface OfficerConflict {
  officerId: string;
  entityId: string;
}

/** Conflicts by entity id → the officers who withdraw. */
export type ConflictIndex = ReadonlyMap<string, ReadonlySet<string>>;

export function indexConflicts(conflicts: readonly OfficerConflict[]): ConflictIndex {
  const index = new Map<string, Set<string>>();
  for (const c of conflicts) {
    const set = index.get(c.entityId) ?? new Set<string>();
    set.add(c.officerId);
    index.set(c.entityId, set);
  }
  return index;
}

export interface OfficerDrawRefusal {
  rule: 'officers_insufficient';
  code: Extract<InspectionRefusalCode, 'DRAW.TOO_FEW_OFFICERS'>;
  message: string;
  remedy: string;
  required: number;
  eligible: number;
}

export type OfficerDraw = { ok: true; officerIds: string[] } | { ok: false; refusal: OfficerDrawRefusal };

/**
 * Draws `config.officersPerInspection` officers, in draw order, for the inspection of one entity. The order
 * in which the officers are given does not matter (they are sorted first). Refused, with a Chinese message,
 * when fewer remain once those with a conflict are left out.
 */
export function drawOfficers(
  entityId: string,
  officerIds: readonly string[],
  conflicts: readonly OfficerConflict[] | ConflictIndex,
  seed: number,
  config: RandomDrawConfig = DEFAULT_RANDOM_DRAW_CONFIG,
): OfficerDraw {
  return drawOfficersForEach([entityId], officerIds, conflicts, seed, config)[0] as OfficerDraw;
}

/**
 * `drawOfficers` for many inspections at once (one per entity id, in the order given), with the roster
 * sorted and the conflicts indexed once: the same answer per entity as `drawOfficers`, at a fraction of
 * the cost for the hundreds of thousands of inspections of a large draw.
 */
export function drawOfficersForEach(
  entityIds: readonly string[],
  officerIds: readonly string[],
  conflicts: readonly OfficerConflict[] | ConflictIndex,
  seed: number,
  config: RandomDrawConfig = DEFAULT_RANDOM_DRAW_CONFIG,
): OfficerDraw[] {
  assertSeed(seed);
  const required = config.officersPerInspection;
  // 行政处罚法 第四十二条第一款: 执法人员不得少于两人，法律另有规定的除外。
  if (!(Number.isInteger(required) && required >= 2)) {
    throw new RangeError('每次检查须随机抽取至少两名执法人员');
  }
  const roster = [...new Set(officerIds)].sort();
  const index: ConflictIndex = Array.isArray(conflicts)
    ? indexConflicts(conflicts as readonly OfficerConflict[])
    : (conflicts as ConflictIndex);
  // Positions into the roster, shuffled in place for an entity without conflicts and restored afterwards.
  const identity = Int32Array.from(roster.keys());
  const swaps = new Int32Array(required);
  const out: OfficerDraw[] = [];
  for (const entityId of entityIds) {
    const withdrawn = index.get(entityId);
    // 行政处罚法 第四十三条第一款: 执法人员与案件有直接利害关系或者有其他关系可能影响公正执法的，应当回避。
    const positions =
      withdrawn && withdrawn.size > 0 ? Int32Array.from(identity.filter((p) => !withdrawn.has(roster[p] as string))) : identity;
    const m = positions.length;
    if (m < required) {
      out.push({ ok: false, refusal: refusal(required, roster.length, m) });
      continue;
    }
    // A partial Fisher–Yates shuffle: the first `required` places hold a uniformly random ordered draw.
    const rng = stream(seed, (OFFICER_SALT ^ fnv1a(entityId)) >>> 0);
    const drawn: string[] = [];
    for (let j = 0; j < required; j++) {
      const r = j + uniformBelow(rng, m - j);
      swaps[j] = r;
      const p = positions[r];
      positions[r] = positions[j];
      positions[j] = p;
      drawn.push(roster[p] as string);
    }
    if (positions === identity) {
      for (let j = required - 1; j >= 0; j--) {
        const r = swaps[j];
        const p = positions[r];
        positions[r] = positions[j];
        positions[j] = p;
      }
    }
    out.push({ ok: true, officerIds: drawn });
  }
  return out;
}

function refusal(required: number, total: number, eligible: number): OfficerDrawRefusal {
  return {
    rule: 'officers_insufficient',
    code: 'DRAW.TOO_FEW_OFFICERS',
    message: `可抽取的执法人员不足${required}名：本部门${total}名执法人员中${total - eligible}名已申报回避，仅余${eligible}名（双随机一公开须随机抽取至少${required}名执法人员）`,
    remedy: '请增补本部门持证执法人员，或商请其他部门派员以联合检查方式实施',
    required,
    eligible,
  };
}
