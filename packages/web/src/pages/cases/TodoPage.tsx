import type { TodoItem } from '@rouxing/contracts';
import { useQuery } from '@tanstack/react-query';
import { Badge, Card, Col, Empty, Row, Skeleton, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { caseApi, caseKeys, LIVE } from '../../api/cases';
import { ErrorResult } from '../../components/ErrorResult';
import { PageHeader } from '../../components/PageHeader';
import { OverdueTag } from './shared';

/** The order in which the kinds are shown: what is late or blocks others first. */
const KINDS: readonly TodoItem['kind'][] = [
  'commitment_overdue',
  'follow_up_overdue',
  'interview_follow_up_overdue',
  'approval_awaited',
  'choice_awaited',
  'delivery_pending',
  'commitment_due',
  'follow_up_due',
  'interview_follow_up_due',
  'archive_due',
];

/** 待办事项: the department's deadlines and pending steps, grouped by kind, each linking to its case. */
export default function TodoPage() {
  const { t } = useTranslation();
  const q = useQuery({ queryKey: caseKeys.todo, queryFn: caseApi.todo, ...LIVE });
  // `?kind=approval_awaited`: one group only (the 工作台's 待审核 figure links here).
  const only = useSearchParams()[0].get('kind');
  const items = (q.data ?? []).filter((i) => !only || i.kind === only);
  const groups = KINDS.map((kind) => ({ kind, items: items.filter((i) => i.kind === kind) })).filter((g) => g.items.length > 0);
  return (
    <>
      <PageHeader title={t('case.todo.title')} testId="page-todo" />
      {q.isLoading ? (
        <Skeleton active />
      ) : q.error ? (
        <ErrorResult error={q.error} onRetry={() => q.refetch()} />
      ) : groups.length === 0 ? (
        <Card>
          <Empty description={t('case.todo.empty')} />
        </Card>
      ) : (
        <Row gutter={[16, 16]}>
          {groups.map((g) => (
            <Col key={g.kind} xs={24} lg={12}>
              <Card
                data-testid={`todo-${g.kind}`}
                title={
                  <Space>
                    {t(`case.todo.kinds.${g.kind}`)}
                    <Badge count={g.items.length} color={g.items.some((i) => i.overdue) ? '#cf1322' : '#0b4ea2'} />
                  </Space>
                }
              >
                <div className="rx-rows">
                  {g.items.map((i) => (
                    <div key={`${i.caseId}-${i.detail}`} data-testid="todo-item">
                      <Space wrap size={6}>
                        {i.caseId && <Link to={`/cases/${i.caseId}`}>{i.caseNo}</Link>}
                        {i.interviewId && <Link to={`/interviews/${i.interviewId}`}>{t('interview.title')}</Link>}
                        <Typography.Text>{i.entityName}</Typography.Text>
                        {i.overdue && <OverdueTag />}
                      </Space>
                      <div>
                        <Typography.Text type={i.overdue ? 'danger' : 'secondary'}>
                          {i.dueOn ? `${t('case.todo.dueOn', { date: i.dueOn })} · ` : ''}
                          {i.detail}
                        </Typography.Text>
                      </div>
                    </div>
                  ))}
                </div>
              </Card>
            </Col>
          ))}
        </Row>
      )}
    </>
  );
}
