import type { Role } from '@rouxing/contracts';
import { describe, expect, it } from 'vitest';
import { type Actor, permissionsOf } from '../access/access';
import { applicableBenchmark, displayStatus, inForce, type Reviewable, reviewProblem } from './review';

const actor = (userId: string, roles: Role[], departmentId = 'd1'): Actor => ({
  userId,
  username: userId,
  displayName: userId,
  roles,
  permissions: new Set(permissionsOf(roles)),
  regionCode: '430482',
  departmentId,
  entityUscc: null,
});
const version = (status: Reviewable['status'], createdBy = 'author'): Reviewable => ({
  regionCode: '430482',
  departmentId: 'd1',
  status,
  createdBy,
});

describe('[RULES][REVIEW] who may take which step of a list or benchmark version', () => {
  const officer = actor('author', ['officer']);
  const reviewer = actor('rev', ['reviewer']);
  const authorReviewer = actor('author', ['reviewer']);
  it.each([
    ['edit', officer, version('draft'), null, null],
    ['edit', officer, version('published'), '只有草稿可以修改；已发布的版本不可更改，请新建版本', 'LIST.PUBLISHED_IMMUTABLE'],
    ['submit', officer, version('draft'), null, null],
    ['submit', officer, version('pending_review'), '只有草稿可以提交审核', 'LIST.NOT_DRAFT'],
    ['approve', officer, version('pending_review'), '无权审核发布', 'AUTH.FORBIDDEN'],
    ['approve', reviewer, version('draft'), '只有待审核的版本可以审核发布', 'LIST.NOT_PENDING_REVIEW'],
    ['approve', reviewer, version('pending_review'), null, null],
    ['approve', authorReviewer, version('pending_review'), '起草人不能审核发布自己起草的版本，请由其他审核人员审核', 'LIST.SELF_APPROVAL'],
    ['approve', actor('rev', ['reviewer'], 'd2'), version('pending_review'), '只能处理本部门的清单和裁量基准', 'AUTH.FORBIDDEN'],
    ['approve', actor('sup', ['supervisor']), version('pending_review'), '无权审核发布', 'AUTH.FORBIDDEN'],
    ['reject', reviewer, version('pending_review'), null, null],
    ['reject', reviewer, version('published'), '只有待审核的版本可以退回', 'LIST.NOT_PENDING_REVIEW'],
    ['new_version', officer, version('published'), null, null],
    ['new_version', officer, version('superseded'), null, null],
    ['new_version', officer, version('draft'), '只能在已发布的版本基础上新建版本', 'LIST.NOT_PUBLISHED'],
  ] as const)('%s by %o on %o → %s (%s)', (action, who, v, expected, code) => {
    const problem = reviewProblem(action, v, who, 'LIST');
    expect(problem?.message ?? null).toBe(expected);
    expect(problem?.code ?? null).toBe(code);
  });

  it('gives a benchmark version the BENCHMARK codes, and names the field a rule is about', () => {
    expect(reviewProblem('approve', version('pending_review'), authorReviewer, 'BENCHMARK')).toEqual({
      code: 'BENCHMARK.SELF_APPROVAL',
      message: '起草人不能审核发布自己起草的版本，请由其他审核人员审核',
      path: 'createdBy',
    });
    expect(reviewProblem('edit', version('pending_review'), officer, 'BENCHMARK')).toMatchObject({
      code: 'BENCHMARK.NOT_DRAFT',
      path: 'status',
    });
    expect(reviewProblem('submit', version('draft'), reviewer, 'BENCHMARK')).toBeNull();
  });

  it('shows a published version past its last day as expired, and counts both ends of the period', () => {
    expect(displayStatus('published', '2026-11-27', '2026-11-28')).toBe('expired');
    expect(displayStatus('published', '2026-11-28', '2026-11-28')).toBe('published');
    expect(displayStatus('draft', '2020-01-01', '2026-11-28')).toBe('draft');
    expect(inForce({ effectiveFrom: '2026-01-01', effectiveTo: '2026-12-31' }, '2026-12-31')).toBe(true);
    expect(inForce({ effectiveFrom: '2026-01-01', effectiveTo: null }, '2025-12-31')).toBe(false);
  });
});

describe('[RULES][BENCHMARK] 分级管理: the most specific published benchmark in force applies, with its chain', () => {
  const b = (level: 'provincial' | 'city' | 'department', effectiveFrom: string, version = 1) => ({
    level,
    effectiveFrom,
    version,
    id: `${level}-${version}`,
  });
  it('prefers department over city over province, the latest effective among equals, none before its date', () => {
    const all = [b('provincial', '2024-01-01'), b('city', '2025-01-01'), b('department', '2026-06-01'), b('city', '2025-07-01', 2)];
    expect(applicableBenchmark(all, '2026-11-28').applies?.id).toBe('department-1');
    expect(applicableBenchmark(all, '2026-11-28').chain.map((x) => x.id)).toEqual(['provincial-1', 'city-2', 'department-1']);
    expect(applicableBenchmark(all, '2025-03-01').applies?.id).toBe('city-1');
    expect(applicableBenchmark(all, '2023-03-01')).toEqual({ applies: null, chain: [] });
  });
});
