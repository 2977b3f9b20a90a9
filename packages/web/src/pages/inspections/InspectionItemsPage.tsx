import { type InspectionItemInput, InspectionItemInputSchema, ITEM_CATEGORIES, SCHEDULE_EVERY_MONTHS } from '@rouxing/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Modal, Select, Space, Switch, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ManagedInspectionItem, setupApi, setupKeys } from '../../api/setup';
import { showError, showSuccess } from '../../app/feedback';
import { ErrorResult } from '../../components/ErrorResult';
import { PageHeader } from '../../components/PageHeader';
import { applyFieldErrors } from '../../lib/forms';

type Editing = { item: ManagedInspectionItem | null };
type FormValues = Omit<InspectionItemInput, 'checklist'> & { checklist: string };

/** 检查事项: the department's reviewer maintains its items — checklist, legal basis, key item and its fixed schedule — and publishes them. */
export default function InspectionItemsPage() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const q = useQuery({ queryKey: setupKeys.items, queryFn: setupApi.items });
  const [editing, setEditing] = useState<Editing | null>(null);
  const publish = useMutation({
    mutationFn: (id: string) => setupApi.publishItem(id),
    onSuccess: async () => {
      showSuccess(t('common.saved'));
      await qc.invalidateQueries({ queryKey: setupKeys.items });
    },
    onError: (e) => showError(e),
  });
  if (q.error) {
    return <ErrorResult error={q.error} onRetry={() => q.refetch()} />;
  }
  return (
    <>
      <PageHeader
        title={t('setup.menu.inspectionItems')}
        testId="page-inspection-items"
        extra={
          <Button type="primary" onClick={() => setEditing({ item: null })} data-testid="item-new">
            {t('setup.item.new')}
          </Button>
        }
      />
      <Alert type="info" showIcon style={{ marginBottom: 16 }} message={t('setup.item.onlyReviewer')} />
      <Card>
        <Table<ManagedInspectionItem>
          rowKey="id"
          loading={q.isLoading}
          dataSource={q.data ?? []}
          pagination={false}
          scroll={{ x: 900 }}
          columns={[
            { title: t('setup.item.code'), dataIndex: 'code', width: 120 },
            { title: t('setup.item.name'), dataIndex: 'name' },
            { title: t('setup.item.category'), dataIndex: 'category', width: 100, render: (c: string) => t(`setup.category.${c}`) },
            {
              title: t('setup.item.schedule'),
              width: 120,
              render: (_, i) => (i.key ? t(`setup.schedule.${i.scheduleEveryMonths}`) : t('setup.schedule.none')),
            },
            {
              title: t('setup.item.status'),
              width: 100,
              render: (_, i) => (i.published ? <Tag color="green">{t('setup.item.published')}</Tag> : <Tag>{t('setup.item.draft')}</Tag>),
            },
            {
              title: t('common.actions'),
              width: 160,
              render: (_, i) => (
                <Space>
                  <Button size="small" onClick={() => setEditing({ item: i })} data-testid={`item-edit-${i.code}`}>
                    {t('common.edit')}
                  </Button>
                  {!i.published && (
                    <Button size="small" type="primary" onClick={() => publish.mutate(i.id)} data-testid={`item-publish-${i.code}`}>
                      {t('setup.item.publish')}
                    </Button>
                  )}
                </Space>
              ),
            },
          ]}
        />
      </Card>
      {editing && <ItemModal item={editing.item} onClose={() => setEditing(null)} />}
    </>
  );
}

const NEW_ITEM: Partial<FormValues> = { key: false, category: 'general', mergeable: true, scheduleEveryMonths: null, checklist: '' };

function ItemModal({ item, onClose }: { item: ManagedInspectionItem | null; onClose: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [form] = Form.useForm<FormValues>();
  const key = Form.useWatch('key', form);
  const save = useMutation({
    mutationFn: (v: FormValues) => {
      const body: InspectionItemInput = {
        ...v,
        scheduleEveryMonths: v.key ? (v.scheduleEveryMonths ?? null) : null,
        checklist: v.checklist
          .split('\n')
          .map((s) => s.trim())
          .filter((s) => s !== ''),
      };
      return item ? setupApi.updateItem(item.id, item.version, body) : setupApi.createItem(body);
    },
    onSuccess: async () => {
      showSuccess(t('common.saved'));
      await qc.invalidateQueries({ queryKey: setupKeys.items });
      onClose();
    },
    onError: (e) => {
      const fields = Object.keys(InspectionItemInputSchema.shape);
      showError(e, applyFieldErrors(form, e, [...fields, ...fields.map((f) => `item.${f}`)]));
    },
  });
  return (
    <Modal
      open
      width={640}
      title={item ? t('setup.item.edit') : t('setup.item.new')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ id: 'item-save' }}
      destroyOnHidden
    >
      <Form<FormValues>
        form={form}
        layout="vertical"
        initialValues={item ? { ...item, checklist: item.checklist.join('\n') } : NEW_ITEM}
        onFinish={(v) => save.mutate(v)}
      >
        <Form.Item
          name="code"
          label={t('setup.item.code')}
          rules={[{ required: true, message: t('form.required', { field: t('setup.item.code') }) }]}
        >
          <Input data-testid="item-code" />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('setup.item.name')}
          rules={[{ required: true, message: t('form.required', { field: t('setup.item.name') }) }]}
        >
          <Input data-testid="item-name" />
        </Form.Item>
        <Form.Item
          name="legalBasis"
          label={t('setup.item.legalBasis')}
          rules={[{ required: true, message: t('form.required', { field: t('setup.item.legalBasis') }) }]}
        >
          <Input data-testid="item-legal-basis" />
        </Form.Item>
        <Form.Item name="checklist" label={t('setup.item.checklist')} extra={t('setup.item.checklistHelp')}>
          <Input.TextArea rows={4} data-testid="item-checklist" />
        </Form.Item>
        <Form.Item name="category" label={t('setup.item.category')}>
          <Select options={ITEM_CATEGORIES.map((c) => ({ value: c, label: t(`setup.category.${c}`) }))} data-testid="item-category" />
        </Form.Item>
        <Space size="large" wrap>
          <Form.Item name="mergeable" label={t('setup.item.mergeable')} valuePropName="checked">
            <Switch data-testid="item-mergeable" />
          </Form.Item>
          <Form.Item name="key" label={t('setup.item.key')} valuePropName="checked">
            <Switch data-testid="item-key" />
          </Form.Item>
        </Space>
        {key && (
          <Form.Item name="scheduleEveryMonths" label={t('setup.item.schedule')} extra={t('setup.item.scheduleHelp')}>
            <Select
              options={SCHEDULE_EVERY_MONTHS.map((m) => ({ value: m, label: t(`setup.schedule.${m}`) }))}
              data-testid="item-schedule"
            />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
