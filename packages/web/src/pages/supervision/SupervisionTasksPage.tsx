import { SUPERVISION_TASK_ORIGINS, SUPERVISION_TASK_STATUSES, type SupervisionTask } from '@rouxing/contracts';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Select, Space, Switch, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDepartments } from '../../api/hooks';
import { supervisionApi, supervisionKeys } from '../../api/supervision';
import { useCurrentUser } from '../../app/auth';
import { PageHeader } from '../../components/PageHeader';
import { can } from '../../lib/permissions';
import { OpenTaskModal } from './OpenTaskModal';

export const STATUS_COLORS: Record<SupervisionTask['status'], string> = {
  open: 'blue',
  answered: 'gold',
  returned: 'orange',
  closed: 'green',
};

/** 督导事项: the Judicial Bureau's tasks to the departments (all of them), or a department's own; overdue ones flagged. */
export default function SupervisionTasksPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const manage = can(me, 'supervision.manage');
  const departments = useDepartments(manage);
  const [page, setPage] = useState(1);
  const [status, setStatus] = useState('');
  const [origin, setOrigin] = useState('');
  const [departmentId, setDepartmentId] = useState('');
  const [overdueOnly, setOverdueOnly] = useState(false);
  const [opening, setOpening] = useState(false);
  const list = useQuery({
    queryKey: [...supervisionKeys.tasks, page, status, origin, departmentId, overdueOnly],
    queryFn: () =>
      supervisionApi.tasks({
        page,
        pageSize: 20,
        ...(status ? { status } : {}),
        ...(origin ? { origin } : {}),
        ...(departmentId ? { departmentId } : {}),
        ...(overdueOnly ? { overdue: 'true' } : {}),
      }),
  });
  const departmentOptions = (departments.data ?? []).map((d) => ({ value: d.id, label: d.name }));
  return (
    <>
      <PageHeader
        title={t('supervision.tasksTitle')}
        testId="page-supervision-tasks"
        extra={
          manage && (
            <Button type="primary" onClick={() => setOpening(true)} data-testid="open-task">
              {t('supervision.open')}
            </Button>
          )
        }
      />
      <Card>
        <Space style={{ marginBottom: 16 }} wrap>
          <Select
            value={status}
            style={{ width: 150 }}
            onChange={setStatus}
            options={[
              { value: '', label: t('supervision.allStatuses') },
              ...SUPERVISION_TASK_STATUSES.map((s) => ({ value: s, label: t(`supervision.status.${s}`) })),
            ]}
          />
          <Select
            value={origin}
            style={{ width: 170 }}
            onChange={setOrigin}
            options={[
              { value: '', label: t('supervision.allOrigins') },
              ...SUPERVISION_TASK_ORIGINS.map((o) => ({ value: o, label: t(`supervision.origin.${o}`) })),
            ]}
          />
          {manage && (
            <Select
              value={departmentId}
              style={{ width: 180 }}
              onChange={setDepartmentId}
              options={[{ value: '', label: t('supervision.allDepartments') }, ...departmentOptions]}
            />
          )}
          <Space>
            <Switch checked={overdueOnly} onChange={setOverdueOnly} data-testid="overdue-only" />
            {t('supervision.overdueOnly')}
          </Space>
        </Space>
        <Table<SupervisionTask>
          size="small"
          rowKey="id"
          loading={list.isLoading}
          dataSource={list.data?.items ?? []}
          scroll={{ x: 800 }}
          data-testid="supervision-tasks"
          pagination={{
            current: page,
            pageSize: 20,
            total: list.data?.total ?? 0,
            onChange: setPage,
            showSizeChanger: false,
            showTotal: (n) => t('common.total', { total: n }),
          }}
          columns={[
            {
              title: t('supervision.title'),
              dataIndex: 'title',
              render: (v: string, r) => <Link to={`/supervision/tasks/${r.id}`}>{v}</Link>,
            },
            { title: t('supervision.department'), dataIndex: 'departmentName' },
            { title: t('supervision.originLabel'), dataIndex: 'origin', render: (o: string) => t(`supervision.origin.${o}`) },
            { title: t('supervision.openedOn'), dataIndex: 'openedOn' },
            {
              title: t('supervision.dueOn'),
              dataIndex: 'dueOn',
              render: (d: string, r) =>
                r.overdue ? <Tag color="red" data-testid="overdue-tag">{`${d} ${t('supervision.overdue')}`}</Tag> : d,
            },
            {
              title: t('supervision.statusLabel'),
              dataIndex: 'status',
              render: (s: SupervisionTask['status']) => <Tag color={STATUS_COLORS[s]}>{t(`supervision.status.${s}`)}</Tag>,
            },
          ]}
        />
      </Card>
      {opening && <OpenTaskModal preset={{}} onClose={() => setOpening(false)} />}
    </>
  );
}
