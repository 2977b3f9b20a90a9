import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Form, InputNumber, Select, Skeleton } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useDepartments } from '../../api/hooks';
import { type OffsetField, registerApi, registerKeys, type ServiceOffsetRuleBody } from '../../api/registers';
import { useCurrentUser } from '../../app/auth';
import { showError, showSuccess } from '../../app/feedback';
import { formatDateTime } from '../../lib/format';
import { applyFieldErrors } from '../../lib/forms';

const FIELDS: readonly OffsetField[] = ['public_security', 'transport'];
/** The departments that publish a rule (常政办发〔2025〕5号 第五项: 公益抵罚 only in public security and transport). */
const FIELD_OF_DEPARTMENT: Record<string, OffsetField> = { GA: 'public_security', JTYS: 'transport' };
const FORM_FIELDS = ['field', 'yuanPerHour', 'capYuan', 'capPercentOfFine'];

/** 公益抵罚折抵规则 of the department: shown to its staff, published by its reviewer (the server checks the department). */
export function OffsetRuleCard({ editable }: { editable: boolean }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const qc = useQueryClient();
  const [form] = Form.useForm<ServiceOffsetRuleBody>();
  const departments = useDepartments();
  const own = departments.data?.find((d) => d.id === me.departmentId);
  const ownField = own ? FIELD_OF_DEPARTMENT[own.code] : undefined;
  const q = useQuery({ queryKey: registerKeys.offsetRule, queryFn: registerApi.offsetRule, staleTime: 0 });
  useEffect(() => {
    if (q.data) {
      form.setFieldsValue(q.data);
    }
  }, [q.data, form]);
  const save = useMutation({
    mutationFn: (v: ServiceOffsetRuleBody) =>
      registerApi.setOffsetRule({ ...v, capYuan: v.capYuan ?? null, capPercentOfFine: v.capPercentOfFine ?? null }),
    onSuccess: (rule) => {
      qc.setQueryData(registerKeys.offsetRule, rule);
      showSuccess(t('caseSettings.offsetSaved'));
    },
    onError: (e) => showError(e, applyFieldErrors(form, e, FORM_FIELDS)),
  });
  if (q.isLoading) {
    return <Skeleton active />;
  }
  const rule = q.data;
  return (
    <Card title={t('caseSettings.offsetTitle')} data-testid="offset-rule">
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('caseSettings.offsetHelp')} />
      {own && !ownField && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('caseSettings.offsetOtherDepartment')}
          data-testid="offset-other"
        />
      )}
      {rule ? (
        <Descriptions
          size="small"
          bordered
          column={1}
          style={{ marginBottom: 16 }}
          data-testid="offset-current"
          items={[
            { key: 'field', label: t('caseSettings.field'), children: t(`caseSettings.fields.${rule.field}`) },
            { key: 'rate', label: t('caseSettings.yuanPerHour'), children: t('caseSettings.yuanPerHourValue', { yuan: rule.yuanPerHour }) },
            {
              key: 'cap',
              label: t('caseSettings.capYuan'),
              children: rule.capYuan === null ? '—' : t('caseSettings.yuan', { yuan: rule.capYuan }),
            },
            {
              key: 'pct',
              label: t('caseSettings.capPercent'),
              children: rule.capPercentOfFine === null ? '—' : `${rule.capPercentOfFine}%`,
            },
            { key: 'at', label: t('caseSettings.publishedAt'), children: formatDateTime(rule.publishedAt) },
          ]}
        />
      ) : (
        <p data-testid="offset-none">{t('caseSettings.offsetNone')}</p>
      )}
      {editable && (
        <Form<ServiceOffsetRuleBody>
          form={form}
          layout="vertical"
          initialValues={{ field: ownField ?? 'public_security', capYuan: null, capPercentOfFine: 50 }}
          onFinish={(v) => save.mutate(v)}
          style={{ maxWidth: 480 }}
        >
          <Form.Item name="field" label={t('caseSettings.field')} rules={[{ required: true }]}>
            <Select options={FIELDS.map((f) => ({ value: f, label: t(`caseSettings.fields.${f}`) }))} data-testid="offset-field" />
          </Form.Item>
          <Form.Item
            name="yuanPerHour"
            label={t('caseSettings.yuanPerHour')}
            rules={[{ required: true, message: t('caseSettings.yuanPerHour') }]}
          >
            <InputNumber
              min={1}
              precision={0}
              suffix={t('caseSettings.yuanPerHourUnit')}
              style={{ width: '100%' }}
              data-testid="offset-rate"
            />
          </Form.Item>
          <Form.Item name="capYuan" label={t('caseSettings.capYuan')} extra={t('caseSettings.optional')}>
            <InputNumber min={1} precision={0} suffix={t('caseSettings.yuanUnit')} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="capPercentOfFine" label={t('caseSettings.capPercent')} extra={t('caseSettings.optional')}>
            <InputNumber min={1} max={100} precision={0} suffix="%" style={{ width: '100%' }} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="offset-save">
            {t('caseSettings.offsetPublish')}
          </Button>
        </Form>
      )}
    </Card>
  );
}
