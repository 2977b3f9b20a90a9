import type { CaseSummary } from '@rouxing/contracts';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Empty, Skeleton, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { caseApi, caseKeys, LIVE } from '../../api/cases';
import { useMyGuidance } from '../../api/hooks';
import { ErrorResult } from '../../components/ErrorResult';
import { PageHeader } from '../../components/PageHeader';
import { OverdueTag, StateTag } from '../cases/shared';
import { ApplyCard } from './ApplyCard';
import { ConsentCard } from './ConsentCard';

const QUERY = { page: 1, pageSize: 100 };

function CaseCard({ c }: { c: CaseSummary }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Card size="small" data-testid="my-case">
      <Space wrap size={6}>
        <Typography.Text strong>{c.caseNo}</Typography.Text>
        <StateTag state={c.state} />
        {c.commitmentOverdue && <OverdueTag />}
      </Space>
      <div className="rx-muted" style={{ margin: '4px 0' }}>
        {c.departmentName} · {t('case.startedOn')} {c.startedOn}
        {c.commitmentDeadline && ` · ${t('case.commitmentDeadline')} ${c.commitmentDeadline}`}
      </div>
      <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ marginBottom: 8 }}>
        {c.facts}
      </Typography.Paragraph>
      <Button type="primary" size="large" block onClick={() => navigate(`/portal/cases/${c.id}`)} data-testid="my-case-open">
        {t('myCases.open')}
      </Button>
    </Card>
  );
}

/** 我的案件 (企业端, built for a phone): the party's cases, its consent to electronic delivery, applying. */
export default function MyCasesPage() {
  const { t } = useTranslation();
  const list = useQuery({ queryKey: caseKeys.list(QUERY), queryFn: () => caseApi.list(QUERY), ...LIVE });
  const guidance = useMyGuidance();
  const unread = (guidance.data ?? []).filter((g) => g.readAt === null).length;
  return (
    <div style={{ maxWidth: 720 }}>
      <PageHeader title={t('myCases.title')} testId="page-my-cases" />
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        {unread > 0 && (
          <Alert
            type="warning"
            showIcon
            data-testid="my-guidance-unread"
            title={t('myGuidance.unreadAlert', { count: unread })}
            action={
              <Link to="/portal/guidance">
                <Button size="small" type="primary" data-testid="my-guidance-view">
                  {t('myGuidance.view')}
                </Button>
              </Link>
            }
          />
        )}
        {list.isLoading ? (
          <Skeleton active />
        ) : list.error ? (
          <ErrorResult error={list.error} onRetry={() => list.refetch()} />
        ) : (list.data?.items ?? []).length === 0 ? (
          <Card>
            <Empty description={t('myCases.empty')} />
          </Card>
        ) : (
          list.data?.items.map((c) => <CaseCard key={c.id} c={c} />)
        )}
        <ConsentCard />
        <ApplyCard />
      </Space>
    </div>
  );
}
