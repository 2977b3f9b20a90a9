import { type TriggerRuleInput, TriggerRuleInputSchema } from '@rouxing/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Form, InputNumber, Modal, Select, Switch, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { setupApi, setupKeys, type TriggerRule } from '../../api/setup';
import { showError, showSuccess } from '../../app/feedback';
import { ErrorResult } from '../../components/ErrorResult';
import { PageHeader } from '../../components/PageHeader';
import { applyFieldErrors } from '../../lib/forms';

/** 触发规则: the Judicial Bureau sets, per non-key item, how many signals of a source within how many days trigger an inspection. */
export default function TriggerRulesPage() {
  const { t } = useTranslation();
  const q = useQuery({ queryKey: setupKeys.triggerRules, queryFn: setupApi.triggerRules });
  const [editing, setEditing] = useState<{ rule: TriggerRule | null } | null>(null);
  if (q.error) {
    return <ErrorResult error={q.error} onRetry={() => q.refetch()} />;
  }
  return (
    <>
      <PageHeader
        title={t('setup.menu.triggerRules')}
        testId="page-trigger-rules"
        extra={
          <Button type="primary" onClick={() => setEditing({ rule: null })} data-testid="trigger-rule-new">
            {t('setup.trigger.new')}
          </Button>
        }
      />
      <Alert type="info" showIcon style={{ marginBottom: 16 }} message={t('setup.trigger.help')} />
      <Card>
        <Table<TriggerRule>
          rowKey="id"
          loading={q.isLoading}
          dataSource={q.data ?? []}
          pagination={false}
          scroll={{ x: 720 }}
          columns={[
            { title: t('setup.trigger.item'), render: (_, r) => `${r.itemName}（${r.departmentName}）` },
            { title: t('setup.trigger.source'), dataIndex: 'source', width: 110, render: (s: string) => t(`setup.trigger.${s}`) },
            { title: t('setup.trigger.threshold'), dataIndex: 'threshold', width: 110 },
            { title: t('setup.trigger.windowDays'), dataIndex: 'windowDays', width: 110 },
            { title: t('setup.trigger.active'), width: 80, render: (_, r) => (r.active ? <Tag color="green">✓</Tag> : <Tag>—</Tag>) },
            {
              title: t('common.actions'),
              width: 90,
              render: (_, r) => (
                <Button size="small" onClick={() => setEditing({ rule: r })}>
                  {t('common.edit')}
                </Button>
              ),
            },
          ]}
        />
      </Card>
      {editing && <RuleModal rule={editing.rule} onClose={() => setEditing(null)} />}
    </>
  );
}

function RuleModal({ rule, onClose }: { rule: TriggerRule | null; onClose: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [form] = Form.useForm<TriggerRuleInput>();
  const items = useQuery({ queryKey: setupKeys.items, queryFn: setupApi.items });
  const save = useMutation({
    mutationFn: (v: TriggerRuleInput) => (rule ? setupApi.updateTriggerRule(rule.id, v) : setupApi.createTriggerRule(v)),
    onSuccess: async () => {
      showSuccess(t('common.saved'));
      await qc.invalidateQueries({ queryKey: setupKeys.triggerRules });
      onClose();
    },
    onError: (e) => showError(e, applyFieldErrors(form, e, Object.keys(TriggerRuleInputSchema.shape))),
  });
  const options = (items.data ?? [])
    .filter((i) => i.published && !i.key)
    .map((i) => ({ value: i.id, label: `${i.code} ${i.name}（${i.departmentName}）` }));
  return (
    <Modal
      open
      title={rule ? t('setup.trigger.edit') : t('setup.trigger.new')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ id: 'trigger-rule-save' }}
      destroyOnHidden
    >
      <Form<TriggerRuleInput>
        form={form}
        layout="vertical"
        initialValues={rule ?? { source: 'complaint', threshold: 3, windowDays: 30, active: true }}
        onFinish={(v) => save.mutate(v)}
      >
        <Form.Item name="itemId" label={t('setup.trigger.item')} rules={[{ required: true }]}>
          <Select showSearch optionFilterProp="label" options={options} data-testid="trigger-rule-item" />
        </Form.Item>
        <Form.Item name="source" label={t('setup.trigger.source')}>
          <Select
            options={(['complaint', 'monitoring'] as const).map((s) => ({ value: s, label: t(`setup.trigger.${s}`) }))}
            data-testid="trigger-rule-source"
          />
        </Form.Item>
        <Form.Item name="threshold" label={t('setup.trigger.threshold')}>
          <InputNumber min={1} max={100} data-testid="trigger-rule-threshold" />
        </Form.Item>
        <Form.Item name="windowDays" label={t('setup.trigger.windowDays')}>
          <InputNumber min={1} max={366} data-testid="trigger-rule-window" />
        </Form.Item>
        <Form.Item name="active" label={t('setup.trigger.active')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
    </Modal>
  );
}
