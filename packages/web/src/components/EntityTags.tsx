import type { Entity } from '@rouxing/contracts';
import { Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const GRADE_COLOR: Record<string, string> = { A: 'green', B: 'blue', C: 'orange', D: 'red' };
const RISK_COLOR: Record<string, string> = { high: 'red', medium: 'orange', low: 'green' };

/** The tags later procedures read: whitelist (常政办发〔2025〕5号 第十二项), observation period (常政办发〔2025〕5号 第十四项), credit (常政办发〔2025〕5号 第十三项), new business form. */
export function EntityTags({ entity, withGrade = false }: { entity: Entity; withGrade?: boolean }) {
  const { t } = useTranslation();
  return (
    <Space size={[4, 4]} wrap data-testid="entity-tags">
      {withGrade && entity.creditGrade && (
        <Tag color={GRADE_COLOR[entity.creditGrade]}>{t('entity.creditGradeTag', { grade: entity.creditGrade })}</Tag>
      )}
      {withGrade && entity.riskLevel && <Tag color={RISK_COLOR[entity.riskLevel]}>{t(`riskLevel.${entity.riskLevel}`)}</Tag>}
      {entity.whitelisted && <Tag color="green">{t('entity.tag.whitelisted')}</Tag>}
      {entity.inObservationPeriod && <Tag color="purple">{t('entity.tag.observation')}</Tag>}
      {entity.newBusinessForm && <Tag color="cyan">{t('entity.tag.newBusinessForm')}</Tag>}
      {entity.status === 'deregistered' && <Tag>{t('entity.status.deregistered')}</Tag>}
    </Space>
  );
}

export function CreditGradeTag({ grade }: { grade: string | null }) {
  if (!grade) {
    return <span>—</span>;
  }
  return <Tag color={GRADE_COLOR[grade]}>{grade}</Tag>;
}
