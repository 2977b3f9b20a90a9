import type { InspectionPlan } from '@rouxing/contracts';
import { useQuery } from '@tanstack/react-query';
import { Card, Image, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { inspectionApi } from '../../../api/inspections';

/** 入企检查码: the signed code the officers show at the door (staff only; the enterprise scans it). */
export function InspectionCodeCard({ plan }: { plan: InspectionPlan }) {
  const { t } = useTranslation();
  const code = useQuery({ queryKey: ['inspection-code', plan.id], queryFn: () => inspectionApi.code(plan.id) });
  if (!code.data) {
    return null;
  }
  return (
    <Card title={t('inspection.code')}>
      <Space direction="vertical" align="center" style={{ width: '100%' }}>
        <Image src={inspectionApi.codePng(plan.id)} width={220} preview={false} alt={t('inspection.codeAlt')} data-testid="inspection-qr" />
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('inspection.codeHelp')}
        </Typography.Text>
        <a href={code.data.url} target="_blank" rel="noreferrer" data-testid="inspection-code-link">
          {t('inspection.openCode')}
        </a>
      </Space>
    </Card>
  );
}
