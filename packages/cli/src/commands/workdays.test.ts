import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../paths';

const workdays = (...args: string[]) =>
  spawnSync(process.execPath, [join(REPO_ROOT, 'packages/cli/bin/rouxing.mjs'), 'workdays', ...args], { cwd: REPO_ROOT, encoding: 'utf8' });

describe('[WORKDAYS][CLI] npx rouxing workdays (docs/contracts/workdays-api.md)', () => {
  it('prints the due date of the contract example, JSON only, exit 0', () => {
    const r = workdays('--from', '2026-09-28', '--add', '10');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ from: '2026-09-28', add: 10, due: '2026-10-16' });
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
  });

  it.each([
    ['2026-10-10', { date: '2026-10-10', workday: true, holiday: null }],
    ['2026-10-03', { date: '2026-10-03', workday: false, holiday: '国庆节' }],
    ['2026-02-14', { date: '2026-02-14', workday: true, holiday: null }],
    ['2026-02-16', { date: '2026-02-16', workday: false, holiday: '春节' }],
    ['2026-02-28', { date: '2026-02-28', workday: true, holiday: null }],
  ])('--check %s', (date, expected) => {
    const r = workdays('--check', date);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(expected);
  });

  it('counts across the Spring Festival of 2026 and its adjusted working Saturdays', () => {
    expect(JSON.parse(workdays('--from', '2026-02-13', '--add', '2').stdout).due).toBe('2026-02-24');
    expect(JSON.parse(workdays('--from', '2026-02-13', '--add', '6').stdout).due).toBe('2026-02-28');
  });

  it.each([
    [['--check', '2026-02-30'], 'check', null],
    [['--check', '2026/10/10'], 'check', null],
    [['--from', '2026-13-01', '--add', '3'], 'from', null],
    [['--from', '2026-09-28', '--add', '0'], 'add', null],
    [['--from', '2026-09-28', '--add', '367'], 'add', null],
    [['--from', '2026-09-28', '--add', '2.5'], 'add', null],
    [['--from', '2026-09-28', '--add', 'ten'], 'add', null],
    [['--from', '2026-09-28', '--add', '-3'], 'add', null],
    [['--from', '2026-09-28'], 'add', null],
    [['--add', '3'], 'from', null],
    [['--check', '2027-03-01'], 'check', '2027'],
    [['--from', '2024-12-30', '--add', '1'], 'from', '2024'],
    [['--from', '2026-12-24', '--add', '10'], 'add', '2027'],
  ])('exits 2 naming the option for %j', (args, option, year) => {
    const r = workdays(...args);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`${option}：`);
    expect(r.stderr).toMatch(/[\u4e00-\u9fa5]/);
    if (year) {
      expect(r.stderr).toContain(year);
    }
  });
});
