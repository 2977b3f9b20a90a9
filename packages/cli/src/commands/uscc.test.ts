import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../paths';

const rouxing = (...args: string[]) =>
  spawnSync(process.execPath, [join(REPO_ROOT, 'packages/cli/bin/rouxing.mjs'), ...args], { cwd: REPO_ROOT, encoding: 'utf8' });

describe('[USCC][CLI] npx rouxing uscc', () => {
  it('prints { valid, reason } and exits 0 for a valid code', () => {
    const r = rouxing('uscc', '91350100M000100Y43');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ valid: true, reason: expect.any(String) });
  });
  it('exits 1 with the Chinese reason for a wrong check character or a forbidden letter', () => {
    const bad = rouxing('uscc', '91350100M000100Y44');
    expect(bad.status).toBe(1);
    expect(JSON.parse(bad.stdout)).toEqual({ valid: false, reason: '校验码错误：第18位应为“3”，实际为“4”' });
    const letter = rouxing('uscc', '91350100M000100I43');
    expect(letter.status).toBe(1);
    expect(JSON.parse(letter.stdout).reason).toContain('第16位字符“I”');
  });
  it('lists the commands with --help', () => {
    const r = rouxing('--help');
    expect(r.status).toBe(0);
    for (const c of ['start', 'migrate', 'seed', 'verify', 'import', 'uscc', 'decide', 'publicity']) {
      expect(r.stdout).toContain(c);
    }
  });
});
