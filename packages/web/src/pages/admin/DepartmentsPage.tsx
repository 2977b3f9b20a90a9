import { DEPARTMENT_KINDS, type Department, type DepartmentInput, DepartmentInputSchema } from '@rouxing/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Form, Input, Modal, Select, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDepartments, useRegions } from '../../api/hooks';
import { setupApi, setupKeys } from '../../api/setup';
import { useCurrentUser } from '../../app/auth';
import { showError, showSuccess } from '../../app/feedback';
import { PageHeader } from '../../components/PageHeader';
import { applyFieldErrors, zodRule } from '../../lib/forms';

type Editing = { mode: 'create' } | { mode: 'edit'; department: Department };

/** 部门管理: the system administrator sets up the region's departments (name, kind, 机关代字 of their 文号). */
export default function DepartmentsPage() {
  const { t } = useTranslation();
  const q = useDepartments();
  const [editing, setEditing] = useState<Editing | null>(null);
  return (
    <>
      <PageHeader
        title={t('menu.departments')}
        testId="page-departments"
        extra={
          <Button type="primary" onClick={() => setEditing({ mode: 'create' })} data-testid="department-new">
            {t('setup.department.new')}
          </Button>
        }
      />
      <Card>
        <Table<Department>
          rowKey="id"
          loading={q.isLoading}
          dataSource={q.data ?? []}
          pagination={false}
          scroll={{ x: 640 }}
          columns={[
            { title: t('departments.code'), dataIndex: 'code', width: 100 },
            { title: t('departments.name'), dataIndex: 'name' },
            { title: t('setup.department.kind'), dataIndex: 'kind', width: 120, render: (k: string) => <Tag>{t(`setup.kind.${k}`)}</Tag> },
            { title: t('setup.department.docPrefix'), dataIndex: 'docPrefix', width: 110 },
            { title: t('setup.department.contactPhone'), dataIndex: 'contactPhone', width: 140, render: (p: string) => p || '—' },
            { title: t('profile.region'), dataIndex: 'regionCode', width: 110 },
            {
              title: t('common.actions'),
              width: 90,
              render: (_, d) => (
                <Button size="small" onClick={() => setEditing({ mode: 'edit', department: d })} data-testid={`department-edit-${d.code}`}>
                  {t('common.edit')}
                </Button>
              ),
            },
          ]}
        />
      </Card>
      {editing && <DepartmentModal editing={editing} onClose={() => setEditing(null)} />}
    </>
  );
}

function DepartmentModal({ editing, onClose }: { editing: Editing; onClose: () => void }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const regions = useRegions();
  const qc = useQueryClient();
  const [form] = Form.useForm<DepartmentInput>();
  const existing = editing.mode === 'edit' ? editing.department : null;
  const save = useMutation({
    mutationFn: (v: DepartmentInput) => (existing ? setupApi.updateDepartment(existing.id, v) : setupApi.createDepartment(v)),
    onSuccess: async () => {
      showSuccess(t('common.saved'));
      await qc.invalidateQueries({ queryKey: setupKeys.departments });
      await qc.invalidateQueries({ queryKey: setupKeys.status });
      onClose();
    },
    onError: (e) => showError(e, applyFieldErrors(form, e, Object.keys(DepartmentInputSchema.shape))),
  });
  const regionOptions = (regions.data ?? []).map((r) => ({ value: r.code, label: `${r.code} ${r.name}` }));
  return (
    <Modal
      open
      title={existing ? t('setup.department.edit') : t('setup.department.new')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ id: 'department-save' }}
      destroyOnHidden
    >
      <Form<DepartmentInput>
        form={form}
        layout="vertical"
        initialValues={existing ?? { regionCode: me.regionCode, kind: 'enforcement', docPrefix: '', contactPhone: '' }}
        onFinish={(v) => save.mutate({ ...v, docPrefix: v.docPrefix ?? '', contactPhone: v.contactPhone ?? '' })}
      >
        <Form.Item
          name="name"
          label={t('departments.name')}
          rules={[{ required: true, message: t('form.required', { field: t('departments.name') }) }]}
        >
          <Input data-testid="department-name" />
        </Form.Item>
        <Form.Item name="regionCode" label={t('profile.region')} rules={[{ required: true }]}>
          <Select showSearch optionFilterProp="label" options={regionOptions} disabled={!!existing} data-testid="department-region" />
        </Form.Item>
        <Form.Item name="kind" label={t('setup.department.kind')} rules={[{ required: true }]}>
          <Select options={DEPARTMENT_KINDS.map((k) => ({ value: k, label: t(`setup.kind.${k}`) }))} data-testid="department-kind" />
        </Form.Item>
        <Form.Item name="docPrefix" label={t('setup.department.docPrefix')} extra={t('setup.department.docPrefixHelp')}>
          <Input data-testid="department-doc-prefix" />
        </Form.Item>
        <Form.Item
          name="contactPhone"
          label={t('setup.department.contactPhone')}
          extra={t('setup.department.contactPhoneHelp')}
          rules={[zodRule(DepartmentInputSchema.shape.contactPhone)]}
        >
          <Input inputMode="tel" data-testid="department-contact-phone" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
