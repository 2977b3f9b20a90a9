import { PERMISSIONS } from '@rouxing/contracts';
import { describe, expect, it } from 'vitest';
import enUS from '../locales/en-US.json';
import zhCN from '../locales/zh-CN.json';
import { codeKey } from './permissions';

describe('[WEB][I18N] permission labels (issue 14 defect 9: no `permission.case_handle` on 角色权限)', () => {
  it('labels every permission the server knows in both languages', () => {
    for (const p of PERMISSIONS) {
      expect((zhCN.permission as Record<string, string>)[codeKey(p)], p).toMatch(/[\u4e00-\u9fff]/);
      expect((enUS.permission as Record<string, string>)[codeKey(p)], p).toBeTruthy();
    }
  });
});
