import type { SupervisionSubjectKind } from '@rouxing/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { Form, Input, InputNumber, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useDepartments } from '../../api/hooks';
import { supervisionApi, supervisionKeys } from '../../api/supervision';
import { showError, showSuccess } from '../../app/feedback';

export type TaskPreset = { departmentId?: string; title?: string; subject?: { kind: SupervisionSubjectKind; id: string } };

/** 下发督导事项: by hand, or from a record (`preset.subject`, its department fixed); then the task's page. */
export function OpenTaskModal({ preset, onClose }: { preset: TaskPreset; onClose: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const departments = useDepartments();
  const [form] = Form.useForm();
  const submit = async () => {
    const v = await form.validateFields();
    try {
      const created = await supervisionApi.open({
        departmentId: v.departmentId,
        title: v.title,
        demand: v.demand,
        workingDays: v.workingDays,
        ...(preset.subject ? { subject: preset.subject } : {}),
      });
      showSuccess(t('supervision.opened'));
      onClose();
      await qc.invalidateQueries({ queryKey: supervisionKeys.tasks });
      navigate(`/supervision/tasks/${created.id}`);
    } catch (e) {
      showError(e);
    }
  };
  return (
    <Modal
      open
      title={t('supervision.open')}
      onCancel={onClose}
      onOk={submit}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'open-task-ok' }}
    >
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ workingDays: 10, departmentId: preset.departmentId, title: preset.title }}
      >
        <Form.Item
          name="departmentId"
          label={t('supervision.department')}
          rules={[{ required: true, message: t('supervision.departmentRule') }]}
        >
          <Select
            options={(departments.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
            data-testid="task-department"
            showSearch
            optionFilterProp="label"
            disabled={!!preset.subject}
          />
        </Form.Item>
        {preset.subject && <p>{`${t('supervision.subject')}：${t(`supervision.subjectKind.${preset.subject.kind}`)}`}</p>}
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
  );
}
