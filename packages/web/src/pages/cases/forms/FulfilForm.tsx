import type { CaseDetail } from '@rouxing/contracts';
import { Button, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { caseApi } from '../../../api/cases';
import { DatePicker } from '../../../components/DateInput';
import { useCaseAction, ymd } from '../shared';

type Values = { fulfilledOn: Dayjs; note: string };

/** 核查承诺履行: the day the party corrected, as the officer found it; the case completes. */
export function FulfilForm({ kase, onDone }: { kase: CaseDetail; onDone: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const fulfil = useCaseAction(kase.id, (v: Values) => caseApi.fulfil(kase.id, { fulfilledOn: ymd(v.fulfilledOn), note: v.note }), {
    form,
    fields: ['fulfilledOn', 'note'],
    onDone,
  });
  return (
    <Form<Values> form={form} layout="vertical" initialValues={{ fulfilledOn: dayjs() }} onFinish={(v) => fulfil.mutate(v)}>
      <Form.Item name="fulfilledOn" label={t('case.fulfilForm.fulfilledOn')} rules={[{ required: true }]}>
        <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} data-testid="fulfil-date" />
      </Form.Item>
      <Form.Item name="note" label={t('case.fulfilForm.note')} rules={[{ required: true, message: t('case.fulfilForm.note') }]}>
        <Input.TextArea rows={3} maxLength={2000} placeholder={t('case.fulfilForm.notePlaceholder')} data-testid="fulfil-note" />
      </Form.Item>
      <Button type="primary" htmlType="submit" block size="large" loading={fulfil.isPending} data-testid="fulfil-submit">
        {t('case.fulfilForm.submit')}
      </Button>
    </Form>
  );
}
