import { describe, expect, it } from 'vitest';
import { maskIdNo, maskPhone } from './mask';

describe('[PRIVACY] masking', () => {
  it('masks ID numbers as SECURITY.md shows', () => {
    expect(maskIdNo('430482199001011234')).toBe('4304**********1234');
  });
  it('masks mobile numbers as SECURITY.md shows', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('0734-7222222')).toBe('073*****2222');
  });
});
