import type { InspectionPlan } from '@rouxing/contracts';
import { Card, Descriptions, List, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format';

/** The plan as recorded: entity, department, officers and items, approval, check-in/out, the result and the rating. */
export function PlanCard({ plan }: { plan: InspectionPlan }) {
  const { t } = useTranslation();
  return (
    <Card>
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label={t('inspection.entity')}>
          {plan.entityName}（{plan.entityUscc}）
        </Descriptions.Item>
        <Descriptions.Item label={t('inspection.department')}>{plan.departmentName}</Descriptions.Item>
        <Descriptions.Item label={t('inspection.type')}>{t(`inspection.types.${plan.type}`)}</Descriptions.Item>
        <Descriptions.Item label={t('inspection.window')}>
          {plan.windowFrom} ~ {plan.windowTo}
        </Descriptions.Item>
        <Descriptions.Item label={t('inspection.officers')}>
          <span data-testid="inspection-officers">
            {plan.officers.map((o) => `${o.displayName}（${t('inspection.certificate')} ${o.certificateNo}）`).join('、')}
          </span>
        </Descriptions.Item>
        <Descriptions.Item label={t('inspection.items')}>
          <List size="small" dataSource={plan.items} renderItem={(i) => <List.Item>{`${i.name}（${i.legalBasis}）`}</List.Item>} />
        </Descriptions.Item>
        {plan.exemptionGround && (
          <Descriptions.Item label={t('inspection.exemptionGround')}>
            {t(`inspection.grounds.${plan.exemptionGround}`)}：{plan.exemptionReason}
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t('inspection.plannedBy')}>
          {plan.createdByName} {formatDateTime(plan.createdAt)}
        </Descriptions.Item>
        {plan.approvedByName && (
          <Descriptions.Item label={t('inspection.approvedBy')}>
            {plan.approvedByName} {formatDateTime(plan.approvedAt)}
          </Descriptions.Item>
        )}
        {plan.rejectionReason && <Descriptions.Item label={t('inspection.rejectionReason')}>{plan.rejectionReason}</Descriptions.Item>}
        {plan.checkedInAt && <Descriptions.Item label={t('inspection.checkedInAt')}>{formatDateTime(plan.checkedInAt)}</Descriptions.Item>}
        {plan.checkedOutAt && (
          <Descriptions.Item label={t('inspection.checkedOutAt')}>{formatDateTime(plan.checkedOutAt)}</Descriptions.Item>
        )}
        {plan.result && (
          <Descriptions.Item label={t('inspection.result')}>
            {t(`inspection.results.${plan.result}`)}
            {plan.findings ? `：${plan.findings}` : ''}
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t('inspection.rating')}>
          <span data-testid="inspection-rating">
            {plan.rating ? (
              <Space direction="vertical" size={0}>
                <span>
                  {t('inspection.conduct')} {plan.rating.conduct} · {t('inspection.etiquette')} {plan.rating.etiquette} ·{' '}
                  {t('inspection.disruption')} {plan.rating.disruption}
                </span>
                {plan.rating.comment && <Typography.Text>{plan.rating.comment}</Typography.Text>}
              </Space>
            ) : plan.rated ? (
              t('inspection.ratedHidden')
            ) : (
              t('inspection.notRated')
            )}
          </span>
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
