/**
 * The review workflow of no-penalty list versions and discretion benchmark versions (常政办发〔2025〕5号 第1项、第2项、第11项):
 * draft → pending_review → published (immutable) → superseded; a published version past its
 * `effectiveTo` is shown as expired. Four eyes: the author of a version cannot approve it.
 * 行政处罚法 第三十四条: 行政机关可以依法制定行政处罚裁量基准…行政处罚裁量基准应当向社会公布 — hence
 * benchmarks follow the same publication workflow as lists.
 */
import type { ErrorCode, RuleDisplayStatus, RuleLevel, RuleStatus } from '@rouxing/contracts';
import { type Actor, can } from '../access/access';

export type ReviewAction = 'edit' | 'submit' | 'approve' | 'reject' | 'new_version';
/** Which versioned record: a no-penalty list version (LIST.*) or a benchmark version (BENCHMARK.*). */
export type ReviewSubject = 'LIST' | 'BENCHMARK';

export interface Reviewable {
  regionCode: string;
  departmentId: string;
  status: RuleStatus;
  createdBy: string;
}

/**
 * Why a step is refused: `AUTH.FORBIDDEN` when the role or the department does not allow it (403), a
 * rule's code otherwise (422, `errors/rules.ts`); the Chinese sentence; the field the rule is about.
 */
export interface ReviewRefusal {
  code: ErrorCode;
  message: string;
  path: 'status' | 'createdBy' | null;
}

const forbidden = (message: string): ReviewRefusal => ({ code: 'AUTH.FORBIDDEN', message, path: null });
const wrongStatus = (code: ErrorCode, message: string): ReviewRefusal => ({ code, message, path: 'status' });

/** Why `actor` may not take `action` on `record` of `subject`, or null when it may. */
export function reviewProblem(action: ReviewAction, record: Reviewable, actor: Actor, subject: ReviewSubject): ReviewRefusal | null {
  if (actor.regionCode !== record.regionCode || actor.departmentId !== record.departmentId) {
    return forbidden('只能处理本部门的清单和裁量基准');
  }
  switch (action) {
    case 'edit':
      if (!can(actor, 'rules.draft')) {
        return forbidden('无权起草清单和裁量基准');
      }
      if (record.status === 'draft') {
        return null;
      }
      return wrongStatus(
        record.status === 'pending_review' ? `${subject}.NOT_DRAFT` : `${subject}.PUBLISHED_IMMUTABLE`,
        '只有草稿可以修改；已发布的版本不可更改，请新建版本',
      );
    case 'submit':
      if (!can(actor, 'rules.draft')) {
        return forbidden('无权提交审核');
      }
      return record.status === 'draft' ? null : wrongStatus(`${subject}.NOT_DRAFT`, '只有草稿可以提交审核');
    case 'approve':
      if (!can(actor, 'rules.approve')) {
        return forbidden('无权审核发布');
      }
      if (record.status !== 'pending_review') {
        return wrongStatus(`${subject}.NOT_PENDING_REVIEW`, '只有待审核的版本可以审核发布');
      }
      // Four eyes: the author of a version cannot publish it.
      return record.createdBy === actor.userId
        ? { code: `${subject}.SELF_APPROVAL`, message: '起草人不能审核发布自己起草的版本，请由其他审核人员审核', path: 'createdBy' }
        : null;
    case 'reject':
      if (!can(actor, 'rules.approve')) {
        return forbidden('无权退回');
      }
      return record.status === 'pending_review' ? null : wrongStatus(`${subject}.NOT_PENDING_REVIEW`, '只有待审核的版本可以退回');
    case 'new_version':
      if (!can(actor, 'rules.draft')) {
        return forbidden('无权起草新版本');
      }
      return record.status === 'published' || record.status === 'superseded'
        ? null
        : wrongStatus(`${subject}.NOT_PUBLISHED`, '只能在已发布的版本基础上新建版本');
  }
}

/** The status shown: a published version whose last day has passed is expired. */
export function displayStatus(status: RuleStatus, effectiveTo: string | null, today: string): RuleDisplayStatus {
  return status === 'published' && effectiveTo !== null && effectiveTo < today ? 'expired' : status;
}

/** In force on `day`: both ends inclusive, an open end never ends. */
export function inForce(v: { effectiveFrom: string; effectiveTo?: string | null }, day: string): boolean {
  return v.effectiveFrom <= day && (v.effectiveTo == null || day <= v.effectiveTo);
}

/** 分级管理: the more specific the level, the higher (a department refines the city, which adopts the province). */
export const LEVEL_RANK: Readonly<Record<RuleLevel, number>> = { national: 0, provincial: 1, city: 2, county: 3, department: 4 };

/**
 * The benchmark that applies on `day` among published ones for one item: the most specific level in
 * force, the latest effective among equals; `chain` lists every applicable one, most general first,
 * so that the screen can show what the applied one refines (常政办发〔2025〕5号 第11项: 分级管理).
 */
export function applicableBenchmark<T extends { level: RuleLevel; effectiveFrom: string; version: number }>(
  published: readonly T[],
  day: string,
): { applies: T | null; chain: T[] } {
  const candidates = published.filter((b) => b.effectiveFrom <= day);
  // One per level: the latest effective version.
  const byLevel = new Map<RuleLevel, T>();
  for (const b of candidates) {
    const cur = byLevel.get(b.level);
    if (!cur || b.effectiveFrom > cur.effectiveFrom || (b.effectiveFrom === cur.effectiveFrom && b.version > cur.version)) {
      byLevel.set(b.level, b);
    }
  }
  const chain = [...byLevel.values()].sort((a, b) => LEVEL_RANK[a.level] - LEVEL_RANK[b.level]);
  return { applies: chain.at(-1) ?? null, chain };
}
