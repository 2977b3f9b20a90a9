import type { CaseDetail, DeliveryMethod } from '@rouxing/contracts';
import { Button, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { caseApi } from '../../../api/cases';
import { DatePicker } from '../../../components/DateInput';
import { deliveryOptions, useCaseAction, ymd } from '../shared';

type Values = { delivery: DeliveryMethod; choiceDeadline: Dayjs; offered: string };
const FIELDS = ['delivery', 'choiceDeadline', 'offered'];

/** 制作并送达柔性执法告知书: how it is served, by when the party chooses, what is offered (常政办发〔2025〕5号 第六项). */
export function NoticeForm({ kase, onDone }: { kase: CaseDetail; onDone: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const serve = useCaseAction(
    kase.id,
    (v: Values) => caseApi.serveNotice(kase.id, { delivery: v.delivery, choiceDeadline: ymd(v.choiceDeadline), offered: v.offered }),
    { form, fields: FIELDS, onDone },
  );
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      initialValues={{
        delivery: kase.electronicConsent ? 'electronic' : 'direct',
        choiceDeadline: dayjs().add(7, 'day'),
        offered: t('case.noticeForm.offeredDefault'),
      }}
      onFinish={(v) => serve.mutate(v)}
    >
      <Form.Item
        name="delivery"
        label={t('case.noticeForm.delivery')}
        rules={[{ required: true }]}
        extra={kase.electronicConsent ? undefined : t('case.noticeForm.electronicHint')}
      >
        <Select options={deliveryOptions(t, kase.electronicConsent)} data-testid="notice-delivery" />
      </Form.Item>
      <Form.Item
        name="choiceDeadline"
        label={t('case.noticeForm.choiceDeadline')}
        rules={[{ required: true }]}
        extra={t('case.noticeForm.choiceDeadlineHelp')}
      >
        <DatePicker
          style={{ width: '100%' }}
          disabledDate={(d) => d.isBefore(dayjs().add(1, 'day'), 'day')}
          data-testid="notice-deadline"
        />
      </Form.Item>
      <Form.Item name="offered" label={t('case.noticeForm.offered')} rules={[{ required: true, message: t('case.noticeForm.offered') }]}>
        <Input.TextArea rows={3} maxLength={500} showCount data-testid="notice-offered" />
      </Form.Item>
      <Button type="primary" htmlType="submit" block size="large" loading={serve.isPending} data-testid="notice-submit">
        {t('case.noticeForm.submit')}
      </Button>
    </Form>
  );
}
