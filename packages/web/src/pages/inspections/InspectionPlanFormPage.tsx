import { EXEMPTION_GROUNDS, INSPECTION_TYPES, type InspectionPlanInput } from '@rouxing/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Checkbox, Form, Input, Select, Space, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { inspectionApi } from '../../api/inspections';
import { showError, showSuccess } from '../../app/feedback';
import { DatePicker } from '../../components/DateInput';
import { PageHeader } from '../../components/PageHeader';
import { applyFieldErrors } from '../../lib/forms';

type Values = Omit<InspectionPlanInput, 'windowFrom' | 'windowTo'> & { window: [Dayjs, Dayjs] };
const FIELDS = [
  'entityId',
  'type',
  'itemIds',
  'officerIds',
  'windowFrom',
  'windowTo',
  'window',
  'emergency',
  'exemptionGround',
  'exemptionReason',
  'note',
];

/** 制定检查计划: entity, published items of the department, two or more certified officers, the window. */
export default function InspectionPlanFormPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [entityQuery, setEntityQuery] = useState('');
  const items = useQuery({ queryKey: ['inspection-items'], queryFn: inspectionApi.items });
  const officers = useQuery({ queryKey: ['inspection-officers'], queryFn: inspectionApi.officers });
  const entities = useQuery({
    queryKey: ['inspection-entities', entityQuery],
    queryFn: () => inspectionApi.searchEntities(entityQuery),
    enabled: entityQuery.length > 0,
  });
  const exemption = Form.useWatch('exemptionGround', form);
  const save = useMutation({
    mutationFn: (v: Values) => {
      const { window, ...rest } = v;
      return inspectionApi.create({
        ...rest,
        windowFrom: window[0].format('YYYY-MM-DD'),
        windowTo: window[1].format('YYYY-MM-DD'),
        exemptionGround: rest.exemptionGround ?? null,
        exemptionReason: rest.exemptionReason ?? '',
        note: rest.note ?? '',
        emergency: !!rest.emergency,
      });
    },
    onSuccess: (plan) => {
      qc.invalidateQueries({ queryKey: ['inspections'] });
      showSuccess(t('inspection.submitted'));
      navigate(`/inspections/${plan.id}`);
    },
    onError: (e) => {
      const rest = applyFieldErrors(form, e, FIELDS);
      showError(e, rest);
    },
  });
  return (
    <>
      <PageHeader title={t('inspection.new')} testId="page-inspection-new" />
      <Card>
        <Alert type="info" showIcon style={{ marginBottom: 16 }} message={t('inspection.planHelp')} />
        <Form<Values>
          form={form}
          layout="vertical"
          style={{ maxWidth: 760 }}
          initialValues={{ type: 'routine', emergency: false, window: [dayjs(), dayjs().add(7, 'day')] }}
          onFinish={(v) => save.mutate(v)}
        >
          <Form.Item name="entityId" label={t('inspection.entity')} rules={[{ required: true, message: t('inspection.entityRequired') }]}>
            <Select
              showSearch
              filterOption={false}
              onSearch={setEntityQuery}
              data-testid="plan-entity"
              placeholder={t('assistant.partyPlaceholder')}
              options={(entities.data?.items ?? []).map((e) => ({ value: e.id, label: `${e.name}（${e.uscc}）` }))}
            />
          </Form.Item>
          <Form.Item name="type" label={t('inspection.type')}>
            <Select options={INSPECTION_TYPES.filter((x) => x !== 'joint').map((x) => ({ value: x, label: t(`inspection.types.${x}`) }))} />
          </Form.Item>
          <Form.Item name="itemIds" label={t('inspection.items')} rules={[{ required: true, message: t('inspection.itemsRequired') }]}>
            <Checkbox.Group
              data-testid="plan-items"
              style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
              options={(items.data ?? [])
                .filter((i) => i.published)
                .map((i) => ({ value: i.id, label: `${i.name}（${i.legalBasis}）${i.key ? ` · ${t('inspection.key')}` : ''}` }))}
            />
          </Form.Item>
          <Form.Item
            name="officerIds"
            label={t('inspection.officers')}
            rules={[{ required: true, message: t('inspection.officersRequired') }]}
          >
            <Select
              mode="multiple"
              data-testid="plan-officers"
              options={(officers.data ?? []).map((o) => ({
                value: o.id,
                label: `${o.displayName}（${t('inspection.certificate')} ${o.certificateNo}）`,
              }))}
            />
          </Form.Item>
          <Form.Item name="window" label={t('inspection.window')} rules={[{ required: true }]}>
            <DatePicker.RangePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="emergency" label={t('inspection.emergency')} valuePropName="checked" extra={t('inspection.emergencyHelp')}>
            <Switch />
          </Form.Item>
          <Form.Item name="exemptionGround" label={t('inspection.exemptionGround')} extra={t('inspection.exemptionHelp')}>
            <Select allowClear options={EXEMPTION_GROUNDS.map((g) => ({ value: g, label: t(`inspection.grounds.${g}`) }))} />
          </Form.Item>
          {exemption && (
            <Form.Item
              name="exemptionReason"
              label={t('inspection.exemptionReason')}
              rules={[{ required: true, message: t('inspection.exemptionReasonRequired') }]}
            >
              <Input.TextArea rows={2} maxLength={500} />
            </Form.Item>
          )}
          <Form.Item name="note" label={t('inspection.note')}>
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="plan-submit">
              {t('inspection.submit')}
            </Button>
            <Button onClick={() => navigate(-1)}>{t('common.cancel')}</Button>
          </Space>
        </Form>
      </Card>
    </>
  );
}
