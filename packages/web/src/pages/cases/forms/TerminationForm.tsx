import type { CaseDetail, DeliveryMethod, ObservationExceptionGround, TerminationGround } from '@rouxing/contracts';
import { TERMINATION_GROUNDS } from '@rouxing/contracts';
import { Alert, Button, Form, Input, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { caseApi } from '../../../api/cases';
import { deliveryOptions, useCaseAction } from '../shared';
import { ObservationExceptionFields } from './ObservationExceptionFields';

type Values = {
  ground: TerminationGround;
  reason?: string;
  handOverToGeneralProcedure: boolean;
  delivery: DeliveryMethod;
  observationException?: { ground: ObservationExceptionGround; reason: string };
};
const FIELDS = ['ground', 'reason', 'handOverToGeneralProcedure', 'delivery', 'observationException.ground', 'observationException.reason'];

/** 提出终止 (常政办发〔2025〕5号 第八项): one of the four grounds, a reason (required for (4)); a reviewer approves. */
export function TerminationForm({ kase, onDone }: { kase: CaseDetail; onDone: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const ground = Form.useWatch('ground', form);
  const handOver = Form.useWatch('handOverToGeneralProcedure', form);
  // 常政办发〔2025〕5号 第十四项: handing over to the ordinary procedure during an observation period needs a stated exception.
  const needsException = !!kase.observationPeriod && !!handOver;
  const propose = useCaseAction(
    kase.id,
    (v: Values) =>
      caseApi.proposeTermination(kase.id, {
        ground: v.ground,
        delivery: v.delivery,
        reason: v.reason ?? '',
        handOverToGeneralProcedure: !!v.handOverToGeneralProcedure,
        observationException: needsException && v.observationException ? v.observationException : null,
      }),
    { form, fields: FIELDS, onDone },
  );
  // (1) applies only to a case the party applied for and then withdrew.
  const withdrawnAllowed = kase.origin === 'on_application' && kase.applicationWithdrawnOn !== null;
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      initialValues={{
        ground: withdrawnAllowed ? 'withdrawn' : 'general_procedure',
        handOverToGeneralProcedure: !withdrawnAllowed,
        delivery: kase.electronicConsent ? 'electronic' : 'direct',
      }}
      onFinish={(v) => propose.mutate(v)}
    >
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('case.terminationForm.help')} />
      <Form.Item name="ground" label={t('case.terminationForm.ground')} rules={[{ required: true }]}>
        <Select
          data-testid="termination-ground"
          options={TERMINATION_GROUNDS.map((g) => ({
            value: g,
            label: t(`case.terminationGrounds.${g}`),
            disabled: g === 'withdrawn' && !withdrawnAllowed,
          }))}
        />
      </Form.Item>
      <Form.Item
        name="reason"
        label={t('case.terminationForm.reason')}
        extra={t('case.terminationForm.reasonHelp')}
        rules={[{ required: ground === 'other', message: t('case.terminationForm.reasonHelp') }]}
      >
        <Input.TextArea rows={3} maxLength={2000} data-testid="termination-reason" />
      </Form.Item>
      <Form.Item name="handOverToGeneralProcedure" label={t('case.terminationForm.handOver')} valuePropName="checked">
        <Switch data-testid="termination-hand-over" />
      </Form.Item>
      {needsException && <ObservationExceptionFields note={t('case.terminationForm.observationNote', kase.observationPeriod ?? {})} />}
      <Form.Item name="delivery" label={t('case.terminationForm.delivery')}>
        <Select options={deliveryOptions(t, kase.electronicConsent)} />
      </Form.Item>
      <Button type="primary" danger htmlType="submit" block size="large" loading={propose.isPending} data-testid="termination-submit">
        {t('case.terminationForm.submit')}
      </Button>
    </Form>
  );
}
