import { describe, expect, it } from 'vitest';
import i18n from '../i18n';
import { auditActionLabel, auditObjectLabel } from './audit-labels';

// Actions and event types the server writes to the audit log (records/record-change.ts: every event type).
const ACTIONS = [
  'auth.login',
  'entity.personal_data.read',
  'person.personal_data.read',
  'random_draw.drawn',
  'case.start',
  'case.record_measure',
  'inspection.checked_in',
  'no_penalty_list.published',
  'whitelist.proposed',
  'supervision_task.overdue',
  'issued_decision.push',
  'violation_item.created',
];

describe('[WEB][AUDIT] the audit log in words (issue 14 defects 9, 10)', () => {
  it('labels every action in Chinese, without the raw code', async () => {
    await i18n.changeLanguage('zh-CN');
    const t = i18n.t.bind(i18n);
    expect(auditActionLabel(t, 'random_draw.drawn')).toBe('双随机抽取·抽取');
    expect(auditActionLabel(t, 'entity.personal_data.read')).toBe('查看个人信息');
    for (const a of ACTIONS) {
      expect(auditActionLabel(t, a), a).not.toMatch(/[A-Za-z_]/);
    }
    expect(auditActionLabel(t, 'unknown_thing.happened')).toBe('业务记录·其他操作');
  });
  it('names the object, never its id', async () => {
    await i18n.changeLanguage('zh-CN');
    const t = i18n.t.bind(i18n);
    expect(auditObjectLabel(t, { objectType: 'entity', objectLabel: '常宁市测试餐饮店' })).toBe('市场主体：常宁市测试餐饮店');
    expect(auditObjectLabel(t, { objectType: 'case', objectLabel: null })).toBe('柔性执法案件');
    expect(auditObjectLabel(t, { objectType: null, objectLabel: null })).toBeNull();
  });
});
