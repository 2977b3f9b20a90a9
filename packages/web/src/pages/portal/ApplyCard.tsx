import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { caseKeys, portalApi } from '../../api/cases';
import { useDepartments } from '../../api/hooks';
import { showError, showSuccess } from '../../app/feedback';
import { applyFieldErrors } from '../../lib/forms';

type Values = { departmentId: string; facts: string };

/** 申请柔性执法 (依申请, 常政办发〔2025〕5号 第六项): the department and what the party asks for. */
export function ApplyCard() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Values>();
  const departments = useDepartments(open);
  const apply = useMutation({
    mutationFn: portalApi.apply,
    onSuccess: (c) => {
      qc.invalidateQueries({ queryKey: caseKeys.all });
      showSuccess(t('myCases.applied'));
      navigate(`/portal/cases/${c.id}`);
    },
    onError: (e) => showError(e, applyFieldErrors(form, e, ['departmentId', 'facts'])),
  });
  if (!open) {
    return (
      <Button size="large" block onClick={() => setOpen(true)} data-testid="apply-open">
        {t('myCases.apply')}
      </Button>
    );
  }
  return (
    <Card title={t('myCases.apply')} data-testid="apply-card">
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('myCases.applyHelp')} />
      <Form<Values> form={form} layout="vertical" onFinish={(v) => apply.mutate(v)}>
        <Form.Item
          name="departmentId"
          label={t('myCases.applyDepartment')}
          rules={[{ required: true, message: t('myCases.applyDepartment') }]}
        >
          <Select options={(departments.data ?? []).map((d) => ({ value: d.id, label: d.name }))} loading={departments.isLoading} />
        </Form.Item>
        <Form.Item name="facts" label={t('myCases.applyFacts')} rules={[{ required: true, message: t('myCases.applyFacts') }]}>
          <Input.TextArea rows={4} maxLength={2000} placeholder={t('myCases.applyFactsPlaceholder')} />
        </Form.Item>
        <Button type="primary" htmlType="submit" size="large" block loading={apply.isPending}>
          {t('myCases.applySubmit')}
        </Button>
        <Button type="link" block onClick={() => setOpen(false)}>
          {t('common.cancel')}
        </Button>
      </Form>
    </Card>
  );
}
