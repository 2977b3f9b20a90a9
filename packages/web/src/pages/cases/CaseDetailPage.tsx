import { useQuery } from '@tanstack/react-query';
import { Alert, Col, Row, Skeleton, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { caseApi, caseKeys, LIVE } from '../../api/cases';
import { CreditProfileBanner } from '../../components/CreditProfileBanner';
import { ErrorResult } from '../../components/ErrorResult';
import { PageHeader } from '../../components/PageHeader';
import { CaseInterviewsSection } from '../interviews/CaseInterviewsSection';
import { CaseActions } from './CaseActions';
import { CaseOverview } from './CaseOverview';
import { ProposalCard } from './ProposalCard';
import { DeliveriesSection } from './sections/DeliveriesSection';
import { DocumentsSection } from './sections/DocumentsSection';
import { EventTimeline } from './sections/EventTimeline';
import { FollowUpsSection } from './sections/FollowUpsSection';
import { MaterialsSection } from './sections/MaterialsSection';
import { MeasuresSection } from './sections/MeasuresSection';
import { PublicServiceSection } from './sections/PublicServiceSection';
import { StateTag } from './shared';

/** 案件详情: particulars and lifecycle, the action panel (first on a phone), and every record of the case. */
export default function CaseDetailPage() {
  const { id } = useParams() as { id: string };
  const { t } = useTranslation();
  const q = useQuery({ queryKey: caseKeys.detail(id), queryFn: () => caseApi.get(id), ...LIVE });
  if (q.isLoading) {
    return <Skeleton active />;
  }
  if (q.error || !q.data) {
    return <ErrorResult error={q.error} onRetry={() => q.refetch()} />;
  }
  const kase = q.data;
  return (
    <>
      <PageHeader
        title={
          <span data-testid="case-no">
            {kase.caseNo} · {kase.entityName}
          </span>
        }
        testId="page-case-detail"
        extra={<StateTag state={kase.state} testId="case-state" />}
      />
      {kase.entityId && <CreditProfileBanner entityId={kase.entityId} gap={16} />}
      {kase.observationPeriod && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('case.observationAlert', kase.observationPeriod)}
          data-testid="case-observation-alert"
        />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={{ span: 24, order: 2 }} xl={{ span: 16, order: 1 }}>
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <CaseOverview kase={kase} />
            <MeasuresSection kase={kase} />
            <PublicServiceSection kase={kase} />
            <FollowUpsSection kase={kase} />
            <CaseInterviewsSection kase={kase} />
            <DocumentsSection kase={kase} />
            <DeliveriesSection kase={kase} />
            <MaterialsSection kase={kase} />
            <EventTimeline kase={kase} />
          </Space>
        </Col>
        <Col xs={{ span: 24, order: 1 }} xl={{ span: 8, order: 2 }}>
          <Space orientation="vertical" size={16} style={{ width: '100%' }} className="rx-sticky-panel">
            <ProposalCard kase={kase} />
            <CaseActions kase={kase} />
          </Space>
        </Col>
      </Row>
    </>
  );
}
