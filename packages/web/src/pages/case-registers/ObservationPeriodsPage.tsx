import { PlusOutlined } from '@ant-design/icons';
import type { Me } from '@rouxing/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Modal, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ObservationPeriodRow, type ObservationStatus, registerApi, registerKeys } from '../../api/registers';
import { useCurrentUser } from '../../app/auth';
import { showError, showSuccess } from '../../app/feedback';
import { PageHeader } from '../../components/PageHeader';
import { can } from '../../lib/permissions';
import { ObservationPeriodForm } from './ObservationPeriodForm';

const STATUS_COLOR: Record<ObservationStatus, string> = { pending: 'gold', approved: 'green', refused: 'default' };
const STATUSES: readonly ObservationStatus[] = ['pending', 'approved', 'refused'];

export function ObservationStatusTag({ status }: { status: ObservationStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLOR[status]} data-testid="observation-status">
      {t(`observation.statuses.${status}`)}
    </Tag>
  );
}

/** 批准 / 不批准 a pending period: a reviewer of the proposing department (the server refuses the proposer's own). */
function DecideButtons({ row, me }: { row: ObservationPeriodRow; me: Me }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const decide = useMutation({
    mutationFn: (approve: boolean) => registerApi.decideObservationPeriod(row.id, approve),
    onSuccess: (_r, approve) => {
      qc.invalidateQueries({ queryKey: registerKeys.observationPeriods });
      showSuccess(t(approve ? 'observation.approvedDone' : 'observation.refusedDone'));
    },
    onError: (e) => showError(e),
  });
  if (row.status !== 'pending' || !can(me, 'case.approve') || row.departmentName !== me.departmentName) {
    return null;
  }
  return (
    <Space size={4} wrap>
      <Popconfirm title={t('observation.approveConfirm')} onConfirm={() => decide.mutate(true)}>
        <Button size="small" type="primary" loading={decide.isPending && decide.variables} data-testid="observation-approve">
          {t('observation.approve')}
        </Button>
      </Popconfirm>
      <Popconfirm title={t('observation.refuseConfirm')} onConfirm={() => decide.mutate(false)}>
        <Button size="small" danger loading={decide.isPending && !decide.variables} data-testid="observation-refuse">
          {t('observation.refuse')}
        </Button>
      </Popconfirm>
    </Space>
  );
}

/** 观察期名录 (常政办发〔2025〕5号 第十四项): the region's periods; officers propose, reviewers of the department decide. */
export default function ObservationPeriodsPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [proposing, setProposing] = useState(false);
  const q = useQuery({ queryKey: registerKeys.observationPeriods, queryFn: registerApi.observationPeriods, staleTime: 0 });
  const approver = can(me, 'case.approve');
  return (
    <>
      <PageHeader
        title={t('observation.title')}
        testId="page-observation-periods"
        extra={
          can(me, 'case.handle') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setProposing(true)} data-testid="observation-new">
              {t('observation.new')}
            </Button>
          )
        }
      />
      <Card>
        <Typography.Paragraph>{t('observation.intro')}</Typography.Paragraph>
        <Table<ObservationPeriodRow>
          rowKey="id"
          loading={q.isLoading}
          dataSource={q.data ?? []}
          scroll={{ x: 1440 }}
          pagination={{ pageSize: 20, showSizeChanger: false, showTotal: (total) => t('common.total', { total }) }}
          locale={{ emptyText: t('observation.empty') }}
          columns={[
            { title: t('observation.entity'), dataIndex: 'entityName', width: 220, fixed: 'left' },
            { title: t('case.uscc'), dataIndex: 'uscc', width: 190 },
            { title: t('observation.department'), dataIndex: 'departmentName', width: 170 },
            {
              title: t('observation.period'),
              width: 200,
              render: (_, r) => t('observation.periodValue', { start: r.startOn, end: r.endOn }),
            },
            {
              title: t('observation.reason'),
              dataIndex: 'reason',
              width: 280,
              render: (v: string) => (
                <Typography.Paragraph ellipsis={{ rows: 2, tooltip: v }} style={{ margin: 0 }}>
                  {v}
                </Typography.Paragraph>
              ),
            },
            {
              title: t('observation.status'),
              dataIndex: 'status',
              width: 100,
              filters: STATUSES.map((s) => ({ text: t(`observation.statuses.${s}`), value: s })),
              onFilter: (v, r) => r.status === v,
              render: (s: ObservationStatus) => <ObservationStatusTag status={s} />,
            },
            { title: t('observation.proposedBy'), dataIndex: 'proposedByName', width: 100 },
            { title: t('observation.approvedBy'), dataIndex: 'approvedByName', width: 100, render: (v: string | null) => v ?? '—' },
            ...(approver
              ? [
                  {
                    title: t('common.actions'),
                    key: 'actions',
                    width: 150,
                    fixed: 'right' as const,
                    render: (_: unknown, r: ObservationPeriodRow) => <DecideButtons row={r} me={me} />,
                  },
                ]
              : []),
          ]}
        />
      </Card>
      <Modal open={proposing} onCancel={() => setProposing(false)} footer={null} destroyOnHidden title={t('observation.new')} width={640}>
        <ObservationPeriodForm onDone={() => setProposing(false)} />
      </Modal>
    </>
  );
}
