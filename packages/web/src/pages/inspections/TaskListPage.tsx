import type { TaskListEntryInput } from '@rouxing/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Select, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { setupApi, setupKeys, type TaskListEntry } from '../../api/setup';
import { showError, showSuccess } from '../../app/feedback';
import { ErrorResult } from '../../components/ErrorResult';
import { PageHeader } from '../../components/PageHeader';
import { applyFieldErrors } from '../../lib/forms';

/** 综合查一次任务清单: the Judicial Bureau lists, per GB/T 4754 industry, the items inspected together, and publishes the list. */
export default function TaskListPage() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [form] = Form.useForm<TaskListEntryInput>();
  const q = useQuery({ queryKey: setupKeys.taskList, queryFn: setupApi.taskList });
  const items = useQuery({ queryKey: setupKeys.items, queryFn: setupApi.items });
  const done = (data: TaskListEntry[]) => {
    qc.setQueryData(setupKeys.taskList, data);
    showSuccess(t('common.saved'));
  };
  const add = useMutation({
    mutationFn: setupApi.addTaskListEntry,
    onSuccess: (d) => {
      done(d);
      form.resetFields();
    },
    onError: (e) => showError(e, applyFieldErrors(form, e, ['industryCode', 'itemId'])),
  });
  const remove = useMutation({ mutationFn: setupApi.removeTaskListEntry, onSuccess: done, onError: (e) => showError(e) });
  const publish = useMutation({ mutationFn: setupApi.publishTaskList, onSuccess: done, onError: (e) => showError(e) });
  if (q.error) {
    return <ErrorResult error={q.error} onRetry={() => q.refetch()} />;
  }
  const options = (items.data ?? [])
    .filter((i) => i.published)
    .map((i) => ({ value: i.id, label: `${i.code} ${i.name}（${i.departmentName}）` }));
  return (
    <>
      <PageHeader
        title={t('setup.menu.taskList')}
        testId="page-task-list"
        extra={
          <Button type="primary" loading={publish.isPending} onClick={() => publish.mutate()} data-testid="task-list-publish">
            {t('setup.taskList.publish')}
          </Button>
        }
      />
      <Alert type="info" showIcon style={{ marginBottom: 16 }} message={t('setup.taskList.help')} />
      <Card style={{ marginBottom: 16 }}>
        <Form<TaskListEntryInput> form={form} layout="inline" onFinish={(v) => add.mutate(v)}>
          <Form.Item name="industryCode" label={t('setup.taskList.industry')} rules={[{ required: true }]}>
            <Input placeholder="H62" style={{ width: 120 }} data-testid="task-list-industry" />
          </Form.Item>
          <Form.Item name="itemId" label={t('setup.taskList.item')} rules={[{ required: true }]}>
            <Select showSearch optionFilterProp="label" options={options} style={{ minWidth: 280 }} data-testid="task-list-item" />
          </Form.Item>
          <Button htmlType="submit" loading={add.isPending} data-testid="task-list-add">
            {t('setup.taskList.add')}
          </Button>
        </Form>
      </Card>
      <Card>
        <Table<TaskListEntry>
          rowKey={(e) => `${e.industryCode}|${e.itemId}`}
          loading={q.isLoading}
          dataSource={q.data ?? []}
          pagination={false}
          scroll={{ x: 720 }}
          columns={[
            { title: t('setup.taskList.industry'), width: 220, render: (_, e) => `${e.industryCode} ${e.industryName ?? ''}` },
            { title: t('setup.taskList.item'), render: (_, e) => `${e.itemName}（${e.departmentName}）` },
            {
              title: t('setup.taskList.status'),
              width: 100,
              render: (_, e) => <Tag color={e.status === 'published' ? 'green' : undefined}>{t(`setup.taskList.${e.status}`)}</Tag>,
            },
            {
              title: t('common.actions'),
              width: 90,
              render: (_, e) => (
                <Space>
                  <Button size="small" danger onClick={() => remove.mutate({ industryCode: e.industryCode, itemId: e.itemId })}>
                    {t('setup.taskList.remove')}
                  </Button>
                </Space>
              ),
            },
          ]}
        />
      </Card>
    </>
  );
}
