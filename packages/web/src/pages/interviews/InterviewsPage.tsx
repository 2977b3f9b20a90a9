import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Modal, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type InterviewSummary, interviewApi, interviewKeys } from '../../api/interviews';
import { useCurrentUser } from '../../app/auth';
import { PageHeader } from '../../components/PageHeader';
import { can } from '../../lib/permissions';
import { InterviewScheduleForm } from './InterviewScheduleForm';
import { formatTime, STATE_COLOR } from './shared';

/** 行政约谈: the interviews the department takes part in (the Judicial Bureau: the region's), and scheduling a new one. */
export default function InterviewsPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [creating, setCreating] = useState(false);
  const q = useQuery({ queryKey: interviewKeys.list(), queryFn: () => interviewApi.list(), staleTime: 0 });
  return (
    <>
      <PageHeader
        title={t('interview.title')}
        testId="page-interviews"
        extra={
          can(me, 'case.handle') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="interview-new">
              {t('interview.new')}
            </Button>
          )
        }
      />
      <Card>
        <Table<InterviewSummary>
          rowKey="id"
          loading={q.isLoading}
          dataSource={q.data ?? []}
          scroll={{ x: 900 }}
          pagination={{ pageSize: 20, showSizeChanger: false }}
          locale={{ emptyText: t('interview.empty') }}
          columns={[
            {
              title: t('interview.scheduledAt'),
              dataIndex: 'scheduledAt',
              width: 150,
              render: (v: string, r) => <Link to={`/interviews/${r.id}`}>{formatTime(v)}</Link>,
            },
            { title: t('interview.mode'), dataIndex: 'mode', width: 100, render: (m: string) => t(`interview.modes.${m}`) },
            { title: t('interview.parties'), dataIndex: 'partyNames', render: (v: string[]) => v.join('、') },
            { title: t('interview.departments'), dataIndex: 'departmentNames', render: (v: string[]) => v.join('、') },
            {
              title: t('interview.state'),
              dataIndex: 'state',
              width: 110,
              render: (s: string) => (
                <Tag color={STATE_COLOR[s]} data-testid="interview-state">
                  {t(`interview.states.${s}`)}
                </Tag>
              ),
            },
            { title: t('interview.openFollowUps'), dataIndex: 'openFollowUps', width: 110 },
          ]}
        />
      </Card>
      <Modal open={creating} onCancel={() => setCreating(false)} footer={null} destroyOnHidden title={t('interview.new')} width={680}>
        <InterviewScheduleForm onDone={() => setCreating(false)} />
      </Modal>
    </>
  );
}
