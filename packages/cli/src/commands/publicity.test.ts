import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../paths';

const publicity = (input: unknown) =>
  spawnSync(process.execPath, [join(REPO_ROOT, 'packages/cli/bin/rouxing.mjs'), 'publicity', '--input', '-'], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    input: JSON.stringify(input),
  });

describe('[CREDIT][CLI] npx rouxing publicity', () => {
  it('prints the contract example', () => {
    const r = publicity({ decidedOn: '2026-05-31', severity: 'general' });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      publicized: true,
      minEnd: '2026-08-31',
      repairEligibleFrom: '2026-09-01',
      maxEnd: '2027-05-31',
    });
  });
  it.each([
    [{ decidedOn: '2026-03-01', severity: 'general' }, 'decidedOn'],
    [{ decidedOn: '2026-05-31', severity: 'general', system: 'nowhere' }, 'system'],
    [{ decidedOn: '2026-05-31', severity: 'grave' }, 'severity'],
    [{ decidedOn: '2026-02-30', severity: 'general' }, 'decidedOn'],
  ])('exits 2 naming the field for %j', (input, field) => {
    const r = publicity(input);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(field);
    expect(r.stderr).toMatch(/[\u4e00-\u9fa5]/);
  });
});
