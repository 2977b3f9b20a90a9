import { describe, expect, it } from 'vitest';
import { invalidDateText } from './DateInput';

describe('invalidDateText: a typed date that does not exist is never taken silently', () => {
  it('names an impossible or malformed date and accepts a real one', () => {
    expect(invalidDateText('2026-02-30', undefined)).toBe('2026-02-30');
    expect(invalidDateText(' 2026-13-01 ', 'YYYY-MM-DD')).toBe('2026-13-01');
    expect(invalidDateText('2026-2-3', 'YYYY-MM-DD')).toBe('2026-2-3');
    expect(invalidDateText('2028-02-29', undefined)).toBeNull();
    expect(invalidDateText('', undefined)).toBeNull();
    expect(invalidDateText('2026-12-05 09:30', ['YYYY-MM-DD HH:mm'])).toBeNull();
  });
});
