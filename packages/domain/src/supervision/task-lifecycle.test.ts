import { describe, expect, it } from 'vitest';
import { isSupervisionOverdue, supervisionStep } from './task-lifecycle';

describe('supervision task lifecycle', () => {
  it('answer → return → answer → close; nothing else', () => {
    expect(supervisionStep('open', 'answer')).toEqual({ ok: true, to: 'answered' });
    expect(supervisionStep('answered', 'return')).toEqual({ ok: true, to: 'returned' });
    expect(supervisionStep('returned', 'answer')).toEqual({ ok: true, to: 'answered' });
    expect(supervisionStep('answered', 'close')).toEqual({ ok: true, to: 'closed' });
    expect(supervisionStep('open', 'close')).toMatchObject({ ok: false, code: 'SUPERVISION.STEP_REFUSED' });
    expect(supervisionStep('closed', 'answer')).toMatchObject({ ok: false });
    expect(supervisionStep('returned', 'return')).toMatchObject({ ok: false });
  });
  it('overdue only while waiting for the department, from the day after the last working day', () => {
    expect(isSupervisionOverdue('open', '2026-10-09', '2026-10-09')).toBe(false);
    expect(isSupervisionOverdue('open', '2026-10-09', '2026-10-10')).toBe(true);
    expect(isSupervisionOverdue('returned', '2026-10-09', '2026-10-10')).toBe(true);
    expect(isSupervisionOverdue('answered', '2026-10-09', '2026-10-10')).toBe(false);
  });
});
