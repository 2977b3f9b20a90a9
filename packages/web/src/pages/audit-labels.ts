import type { TFunction } from 'i18next';

/**
 * An audit action in words (issue 14 defects 9, 10): the named actions (`auditAction.*`), a case step
 * (`case.eventTypes.*`), else the object and the verb of the event type (`random_draw.drawn` → 双随机抽取·抽取).
 * Never the raw code: an unknown part reads 业务记录 / 其他操作.
 */
export function auditActionLabel(t: TFunction, action: string): string {
  const key = action.replaceAll('.', '_');
  const named = t(`auditAction.${key}`, { defaultValue: '' });
  if (named) {
    return named;
  }
  const caseStep = action.startsWith('case.') ? t(`case.eventTypes.${key}`, { defaultValue: '' }) : '';
  if (caseStep) {
    return caseStep;
  }
  const dot = action.indexOf('.');
  const type = dot < 0 ? action : action.slice(0, dot);
  const verb = dot < 0 ? '' : action.slice(dot + 1);
  const object = t(`auditObject.${type}`, { defaultValue: t('audit.otherObject') });
  const done = t(`auditVerb.${verb.replaceAll('.', '_')}`, { defaultValue: t('audit.otherAction') });
  return `${object}·${done}`;
}

/** The audited object: its name or number resolved by the server, else the kind of object (its id in the tooltip). */
export function auditObjectLabel(t: TFunction, a: { objectType: string | null; objectLabel: string | null }): string | null {
  if (!a.objectType) {
    return null;
  }
  const kind = t(`auditObject.${a.objectType}`, { defaultValue: t('audit.otherObject') });
  return a.objectLabel ? `${kind}：${a.objectLabel}` : kind;
}
