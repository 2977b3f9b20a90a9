import { SUPERVISION_TASK_ORIGINS, SUPERVISION_TASK_STATUSES, type SupervisionTask } from '@rouxing/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Form, Input, InputNumber, Modal, Select, Space, Switch, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useDepartments } from '../../api/hooks';
import { supervisionApi, supervisionKeys } from '../../api/supervision';
import { useCurrentUser } from '../../app/auth';
import { showError, showSuccess } from '../../app/feedback';
import { PageHeader } from '../../components/PageHeader';
import { can } from '../../lib/permissions';

export const STATUS_COLORS: Record<SupervisionTask['status'], string> = {
  open: 'blue',
  answered: 'gold',
  returned: 'orange',
  closed: 'green',
};

/** 督导事项: the Judicial Bureau's tasks to the departments (all of them), or a department's own; overdue ones flagged. */
export default function SupervisionTasksPage() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const manage = can(me, 'supervision.manage');
  const departments = useDepartments(manage);
  const [page, setPage] = useState(1);
  const [status, setStatus] = useState('');
  const [origin, setOrigin] = useState('');
  const [departmentId, setDepartmentId] = useState('');
  const [overdueOnly, setOverdueOnly] = useState(false);
  const [opening, setOpening] = useState(false);
  const [form] = Form.useForm();
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
  const submit = async () => {
    const v = await form.validateFields();
    try {
      const created = await supervisionApi.open({
        departmentId: v.departmentId,
        title: v.title,
        demand: v.demand,
        workingDays: v.workingDays,
      });
      showSuccess(t('supervision.opened'));
      setOpening(false);
      await qc.invalidateQueries({ queryKey: supervisionKeys.tasks });
      navigate(`/supervision/tasks/${created.id}`);
    } catch (e) {
      showError(e);
    }
  };
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
          pagination={{ current: page, pageSize: 20, total: list.data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
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
      <Modal
        open={opening}
        title={t('supervision.open')}
        onCancel={() => setOpening(false)}
        onOk={submit}
        destroyOnHidden
        okButtonProps={{ 'data-testid': 'open-task-ok' }}
      >
        <Form form={form} layout="vertical" preserve={false} initialValues={{ workingDays: 10 }}>
          <Form.Item
            name="departmentId"
            label={t('supervision.department')}
            rules={[{ required: true, message: t('supervision.departmentRule') }]}
          >
            <Select options={departmentOptions} data-testid="task-department" showSearch optionFilterProp="label" />
          </Form.Item>
          <Form.Item name="title" label={t('supervision.title')} rules={[{ required: true, message: t('supervision.titleRule') }]}>
            <Input maxLength={200} data-testid="task-title" />
          </Form.Item>
          <Form.Item name="demand" label={t('supervision.demand')} rules={[{ required: true, message: t('supervision.demandRule') }]}>
            <Input.TextArea rows={4} maxLength={4000} data-testid="task-demand" />
          </Form.Item>
          <Form.Item
            name="workingDays"
            label={t('supervision.workingDays')}
            extra={t('supervision.workingDaysHelp')}
            rules={[{ required: true }]}
          >
            <InputNumber min={1} max={60} style={{ width: '100%' }} data-testid="task-days" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
