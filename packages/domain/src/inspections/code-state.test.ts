import type { PlanStatus } from '@rouxing/contracts';
import { describe, expect, it } from 'vitest';
import { inspectionCodeState } from './code-state';

const plan = (status: PlanStatus, emergency = false) => ({
  status,
  emergency,
  windowFrom: '2026-11-28',
  windowTo: '2026-12-05',
  checkedInAt: null,
  checkedOutAt: null,
});

describe('[INSPECTION][CODE] what a scanned code says', () => {
  it.each([
    ['pending_approval', false, '2026-11-30', 'not_approved'],
    ['pending_approval', true, '2026-11-30', 'valid'],
    ['approved', false, '2026-11-27', 'not_yet_valid'],
    ['approved', false, '2026-11-28', 'valid'],
    ['approved', false, '2026-12-05', 'valid'],
    ['approved', false, '2026-12-06', 'expired'],
    ['checked_in', false, '2026-11-30', 'valid'],
    ['completed', false, '2026-11-30', 'completed'],
    ['completed', false, '2027-01-01', 'completed'],
    ['rejected', false, '2026-11-30', 'cancelled'],
    ['cancelled', true, '2026-11-30', 'cancelled'],
  ] as const)('%s (emergency %s) on %s → %s', (status, emergency, today, expected) => {
    expect(inspectionCodeState(plan(status, emergency), today).state).toBe(expected);
  });

  it('names the window when the code is not valid yet or any more', () => {
    expect(inspectionCodeState(plan('approved'), '2026-11-27').message).toBe('检查码尚未生效：批准的检查期限自2026-11-28起。');
    expect(inspectionCodeState(plan('approved'), '2026-12-06').message).toBe('检查码已过期：批准的检查期限至2026-12-05止。');
  });
});
