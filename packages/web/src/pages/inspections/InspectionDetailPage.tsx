import { useQuery } from '@tanstack/react-query';
import { Col, Row, Skeleton, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { inspectionApi } from '../../api/inspections';
import { CreditProfileBanner } from '../../components/CreditProfileBanner';
import { ErrorResult } from '../../components/ErrorResult';
import { PageHeader } from '../../components/PageHeader';
import { PlanActions } from './detail/PlanActions';
import { PlanCard } from './detail/PlanCard';
import { STATUS_COLOR } from './InspectionListPage';

/** One inspection: approval, the code, check-in/out on a phone, the result, and the enterprise's rating. */
export default function InspectionDetailPage() {
  const { id } = useParams() as { id: string };
  const { t } = useTranslation();
  const q = useQuery({ queryKey: ['inspection', id], queryFn: () => inspectionApi.get(id) });
  if (q.isLoading) {
    return <Skeleton active />;
  }
  if (q.error || !q.data) {
    return <ErrorResult error={q.error} onRetry={() => q.refetch()} />;
  }
  const plan = q.data;
  return (
    <>
      <PageHeader
        title={`${t('inspection.detail')} · ${plan.entityName}`}
        testId="page-inspection-detail"
        extra={
          <Tag color={STATUS_COLOR[plan.status]} data-testid="inspection-status">
            {t(`inspection.statuses.${plan.status}`)}
          </Tag>
        }
      />
      <CreditProfileBanner entityId={plan.entityId} gap={16} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <PlanCard plan={plan} />
        </Col>
        <Col xs={24} lg={10}>
          <PlanActions plan={plan} />
        </Col>
      </Row>
    </>
  );
}
