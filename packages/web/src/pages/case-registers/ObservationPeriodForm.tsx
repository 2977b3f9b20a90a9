import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Checkbox, Col, Form, Input, Row } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { registerApi, registerKeys } from '../../api/registers';
import { showError, showSuccess } from '../../app/feedback';
import { DatePicker } from '../../components/DateInput';
import { EntitySearchSelect } from '../../components/EntitySearchSelect';
import { applyFieldErrors } from '../../lib/forms';
import { ymd } from '../cases/shared';

type Values = { entityId: string; startOn: Dayjs; endOn: Dayjs; reason: string; noExclusion: boolean };
const FIELDS = ['entityId', 'startOn', 'endOn', 'reason', 'noExclusion'];

/** 提出观察期 (常政办发〔2025〕5号 第十四项): a new-business-form entity, the period, the reason and the exclusion statement. */
export function ObservationPeriodForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [form] = Form.useForm<Values>();
  const startOn = Form.useWatch('startOn', form);
  const propose = useMutation({
    mutationFn: (v: Values) =>
      registerApi.proposeObservationPeriod({
        entityId: v.entityId,
        startOn: ymd(v.startOn),
        endOn: ymd(v.endOn),
        reason: v.reason,
        noExclusion: true,
      }),
    onSuccess: () => {
      qc.invalidateQueries({ queryKey: registerKeys.observationPeriods });
      showSuccess(t('observation.proposed'));
      onDone();
    },
    onError: (e) => showError(e, applyFieldErrors(form, e, FIELDS)),
  });
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      initialValues={{ startOn: dayjs(), endOn: dayjs().add(1, 'year').subtract(1, 'day'), noExclusion: false }}
      onFinish={(v) => propose.mutate(v)}
    >
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('observation.formHelp')} />
      <Form.Item name="entityId" label={t('observation.entity')} rules={[{ required: true, message: t('case.partyRequired') }]}>
        <EntitySearchSelect placeholder={t('case.partyPlaceholder')} testId="observation-entity" />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Form.Item name="startOn" label={t('observation.startOn')} rules={[{ required: true, message: t('observation.startOn') }]}>
            <DatePicker style={{ width: '100%' }} data-testid="observation-start" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="endOn" label={t('observation.endOn')} rules={[{ required: true, message: t('observation.endOn') }]}>
            <DatePicker
              style={{ width: '100%' }}
              disabledDate={(d) => !!startOn && d.isBefore(startOn, 'day')}
              data-testid="observation-end"
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="reason"
        label={t('observation.reason')}
        extra={t('observation.reasonHelp')}
        rules={[{ required: true, min: 10, whitespace: true, message: t('observation.reasonMin') }]}
      >
        <Input.TextArea rows={3} maxLength={1000} showCount data-testid="observation-reason" />
      </Form.Item>
      <Form.Item
        name="noExclusion"
        valuePropName="checked"
        rules={[{ validator: (_r, v) => (v ? Promise.resolve() : Promise.reject(new Error(t('observation.noExclusionRequired')))) }]}
      >
        <Checkbox data-testid="observation-no-exclusion">{t('observation.noExclusion')}</Checkbox>
      </Form.Item>
      <Button type="primary" htmlType="submit" block size="large" loading={propose.isPending} data-testid="observation-submit">
        {t('observation.submit')}
      </Button>
    </Form>
  );
}
