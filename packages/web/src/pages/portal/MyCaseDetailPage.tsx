import { useQuery } from '@tanstack/react-query';
import { Button, Card, Descriptions, Popconfirm, Skeleton, Space, Steps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { caseApi, caseKeys, LIVE } from '../../api/cases';
import { ErrorResult } from '../../components/ErrorResult';
import { PageHeader } from '../../components/PageHeader';
import { lifecycleSteps } from '../cases/CaseOverview';
import { StateTag, useCaseAction } from '../cases/shared';
import { ConsentCard } from './ConsentCard';
import { ChoiceCard, CommitmentCard, DocumentsCard, FollowUpCards, MeasuresCard } from './PortalCards';

/** 企业端案件详情, for a phone: what to receive, to choose, to sign and to answer first; then the record. */
export default function MyCaseDetailPage() {
  const { id } = useParams() as { id: string };
  const { t } = useTranslation();
  const q = useQuery({ queryKey: caseKeys.detail(id), queryFn: () => caseApi.get(id), ...LIVE });
  const withdraw = useCaseAction(id, () => caseApi.withdraw(id));
  if (q.isLoading) {
    return <Skeleton active />;
  }
  if (q.error || !q.data) {
    return <ErrorResult error={q.error} onRetry={() => q.refetch()} />;
  }
  const kase = q.data;
  const steps = lifecycleSteps(kase, t);
  const unsigned = kase.measures.find((m) => m.commitment && m.commitment.partySignedAt === null && m.commitment.fulfilledOn === null);
  return (
    <div style={{ maxWidth: 720 }}>
      <PageHeader
        title={<span data-testid="case-no">{kase.caseNo}</span>}
        testId="page-my-case"
        extra={<StateTag state={kase.state} testId="case-state" />}
      />
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        <DocumentsCard kase={kase} />
        <ChoiceCard kase={kase} />
        {unsigned && kase.state === 'commitment_pending' && <CommitmentCard kase={kase} measure={unsigned} />}
        <FollowUpCards kase={kase} />
        <MeasuresCard kase={kase} />
        <Card title={t('myCases.info')}>
          <Steps items={steps.items} current={steps.current} status={steps.status} size="small" orientation="vertical" />
          <Descriptions
            size="small"
            column={1}
            style={{ marginTop: 12 }}
            items={[
              { key: 'department', label: t('case.department'), children: kase.departmentName },
              { key: 'origin', label: t('case.origin'), children: t(`case.origins.${kase.origin}`) },
              ...(kase.notice ? [{ key: 'offered', label: t('case.noticeOffered'), children: kase.notice.offered }] : []),
              { key: 'facts', label: t('case.facts'), children: kase.facts },
              { key: 'basis', label: t('case.legalBasis'), children: kase.legalBasis },
            ]}
          />
        </Card>
        <ConsentCard />
        {kase.actions.includes('withdraw_application') && kase.applicationWithdrawnOn === null && (
          <Popconfirm title={t('myCases.withdrawConfirm')} onConfirm={() => withdraw.mutate(undefined)}>
            <Button size="large" block danger loading={withdraw.isPending} data-testid="portal-withdraw">
              {t('myCases.withdraw')}
            </Button>
          </Popconfirm>
        )}
      </Space>
    </div>
  );
}
