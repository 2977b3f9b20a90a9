import { describe, expect, it } from 'vitest';
import i18n from '../i18n';
import { errorDescription, fieldLine, titleFor } from './feedback';

describe('[WEB][FEEDBACK] refusals in words (issue 14 defect 9)', () => {
  it('names a field by its Chinese label, never by its raw path', async () => {
    await i18n.changeLanguage('zh-CN');
    expect(fieldLine({ path: 'findings', message: '请填写检查发现' })).toBe('请填写检查发现');
    expect(fieldLine({ path: 'ratios', message: '比例应在0到1之间' })).toBe('抽取比例：比例应在0到1之间');
    expect(fieldLine({ path: 'frequency.whitelist_annual_cap', message: '已达上限' })).toBe('白名单主体年度检查次数上限：已达上限');
    expect(fieldLine({ path: 'entries.3.departmentId', message: '不存在' })).toBe('部门：不存在');
    expect(fieldLine({ path: 'someUnknownField', message: '格式不正确' })).toBe('格式不正确');
  });
  it('titles a business rule’s refusal 无法办理, not 输入有误 or 数据已变化', async () => {
    await i18n.changeLanguage('zh-CN');
    expect(titleFor(422, 'VALIDATION')).toBe('输入有误');
    expect(titleFor(409, 'CONFLICT.VERSION')).toBe('数据已变化');
    expect(titleFor(422, 'LIST.NOT_PENDING_REVIEW')).toBe('无法办理');
    expect(titleFor(409, 'CASE.WRONG_STATE')).toBe('无法办理');
    expect(titleFor(409, 'CONFLICT.DUPLICATE')).toBe('记录已存在');
  });
  it('never prints a message twice', async () => {
    await i18n.changeLanguage('zh-CN');
    const message = '白名单主体年度检查次数已达上限（2次）';
    expect(errorDescription(message, [{ path: 'frequency.whitelist_annual_cap', message }])).toBe(message);
    expect(errorDescription('输入有误', [{ path: 'ratios', message: '比例应在0到1之间' }])).toBe('输入有误\n抽取比例：比例应在0到1之间');
  });
});
