import type { CaseDetail, DeliveryView } from '@rouxing/contracts';
import { Button, Card, Form, Input, Modal, Table, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { caseApi } from '../../../api/cases';
import { useCurrentUser } from '../../../app/auth';
import { DatePicker } from '../../../components/DateInput';
import { can } from '../../../lib/permissions';
import { FilePicker } from '../FilePicker';
import { useCaseAction, ymd } from '../shared';

type Values = { deliveredOn: Dayjs; recipient: string; note?: string; file?: File | null };

/** 记录送达: the day, who signed, and the signed 送达回证 (a photo or a scan) when there is one. */
function ProofForm({ kase, delivery, onDone }: { kase: CaseDetail; delivery: DeliveryView; onDone: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const save = useCaseAction(
    kase.id,
    (v: Values) =>
      caseApi.recordDelivery(delivery.id, { deliveredOn: ymd(v.deliveredOn), recipient: v.recipient, note: v.note ?? '' }, v.file),
    { form, fields: ['deliveredOn', 'recipient', 'note', 'file'], onDone },
  );
  return (
    <Form<Values> form={form} layout="vertical" initialValues={{ deliveredOn: dayjs() }} onFinish={(v) => save.mutate(v)}>
      <Form.Item label={t('case.deliveries.document')}>
        {delivery.title}（{delivery.documentNo}）
      </Form.Item>
      <Form.Item name="deliveredOn" label={t('case.deliveries.deliveredOn')} rules={[{ required: true }]}>
        <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
      </Form.Item>
      <Form.Item
        name="recipient"
        label={t('case.deliveries.recipient')}
        rules={[{ required: true, message: t('case.deliveries.recipient') }]}
      >
        <Input maxLength={100} data-testid="delivery-recipient" />
      </Form.Item>
      <Form.Item name="note" label={t('case.deliveries.note')}>
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
      <Form.Item name="file" label={t('case.deliveries.proofFile')}>
        <FilePicker accept="image/*,.pdf" camera testId="delivery-file" />
      </Form.Item>
      <Button type="primary" htmlType="submit" block size="large" loading={save.isPending} data-testid="delivery-submit">
        {t('case.deliveries.submit')}
      </Button>
    </Form>
  );
}

/** 送达: each served document, its method and status; officers record the non-electronic ones. */
export function DeliveriesSection({ kase }: { kase: CaseDetail }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [recording, setRecording] = useState<DeliveryView | null>(null);
  const staff = can(me, 'case.handle') && me.departmentId === kase.departmentId && kase.state !== 'archived';
  return (
    <Card title={t('case.deliveries.title')} data-testid="case-deliveries">
      <Table<DeliveryView>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={kase.deliveries}
        locale={{ emptyText: t('case.deliveries.empty') }}
        scroll={{ x: 720 }}
        columns={[
          { title: t('case.deliveries.document'), render: (_, d) => `${d.title}（${d.documentNo}）` },
          { title: t('case.deliveries.method'), dataIndex: 'method', width: 100, render: (m: string) => t(`case.deliveryMethods.${m}`) },
          { title: t('case.deliveries.sentOn'), dataIndex: 'sentOn', width: 110 },
          {
            title: t('case.deliveries.status'),
            width: 200,
            render: (_, d) =>
              d.status === 'delivered' ? (
                <Tag color="green" data-testid="delivery-status">
                  {t('case.deliveries.statuses.delivered')} {d.deliveredOn} {d.recipient}
                </Tag>
              ) : d.method === 'electronic' ? (
                <Tag color="gold" data-testid="delivery-status">
                  {t('case.deliveries.awaitingParty')}
                </Tag>
              ) : staff ? (
                <Button size="small" onClick={() => setRecording(d)} data-testid="delivery-record">
                  {t('case.deliveries.record')}
                </Button>
              ) : (
                <Tag color="gold" data-testid="delivery-status">
                  {t('case.deliveries.statuses.pending')}
                </Tag>
              ),
          },
        ]}
      />
      <Modal
        open={recording !== null}
        title={t('case.deliveries.record')}
        footer={null}
        destroyOnHidden
        onCancel={() => setRecording(null)}
      >
        {recording && <ProofForm kase={kase} delivery={recording} onDone={() => setRecording(null)} />}
      </Modal>
    </Card>
  );
}
