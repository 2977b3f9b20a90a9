import { describe, expect, it } from 'vitest';
import { PasswordSchema } from './users';

const problem = (p: string) => {
  const r = PasswordSchema.safeParse(p);
  return r.success ? null : r.error.issues.map((i) => i.message).join('；');
};

describe('[AUTH] the password policy of SECURITY.md: at least 10 characters of at least 3 kinds', () => {
  it('refuses 9 characters, even of four kinds', () => {
    expect(problem('Ab1!Ab1!A')).toBe('密码至少10位');
  });
  it('refuses 10 or more characters of two kinds', () => {
    expect(problem('abcdefghij12')).toContain('至少3类');
    expect(problem('ABCDEFGHIJ!!')).toContain('至少3类');
  });
  it('takes 10 characters of three kinds, any three', () => {
    expect(problem('abcdefgh1!')).toBeNull();
    expect(problem('ABCDEFGh12')).toBeNull();
    expect(problem('Rouxing@2026')).toBeNull();
  });
  it('refuses more than 128 characters', () => {
    expect(problem(`Aa1!${'x'.repeat(125)}`)).toBe('密码最多128位');
  });
});
