import type { CaseDetail, PublicServiceInput, PublicServiceView } from '@rouxing/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Form, Input, InputNumber, Modal, Select, Space, Table, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { caseKeys } from '../../../api/cases';
import { publicServiceApi, publicServiceKeys } from '../../../api/parties';
import { registerApi, registerKeys } from '../../../api/registers';
import { useCurrentUser } from '../../../app/auth';
import { showError, showSuccess } from '../../../app/feedback';
import { DatePicker } from '../../../components/DateInput';
import { applyFieldErrors } from '../../../lib/forms';
import { can } from '../../../lib/permissions';

type RecordValues = Omit<PublicServiceInput, 'serviceOn'> & { serviceOn: Dayjs };

/**
 * 公益抵罚 carried out (常政办发〔2025〕5号 第五项): the party's public service, recorded with its evidence and verified by
 * someone other than the recorder; only verified hours can be offset. Shown where the department published a rule.
 */
export function PublicServiceSection({ kase }: { kase: CaseDetail }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const qc = useQueryClient();
  const staff = can(me, 'case.handle') && me.departmentId === kase.departmentId;
  const rule = useQuery({ queryKey: registerKeys.offsetRule, queryFn: registerApi.offsetRule, enabled: staff });
  const list = useQuery({ queryKey: publicServiceKeys.list(kase.id), queryFn: () => publicServiceApi.list(kase.id) });
  const [recording, setRecording] = useState(false);
  const [verifying, setVerifying] = useState<PublicServiceView | null>(null);
  const rows = list.data ?? [];
  const open = staff && !!rule.data && kase.state !== 'archived';
  if (!open && rows.length === 0) {
    return null;
  }
  const refresh = (data: PublicServiceView[]) => {
    qc.setQueryData(publicServiceKeys.list(kase.id), data);
    qc.invalidateQueries({ queryKey: caseKeys.detail(kase.id) });
  };
  const verifiedHours = rows.filter((r) => r.verifiedAt).reduce((n, r) => n + r.hours, 0);
  return (
    <Card
      title={t('parties.service.title')}
      data-testid="case-public-service"
      extra={
        open && (
          <Button onClick={() => setRecording(true)} data-testid="public-service-record">
            {t('parties.service.record')}
          </Button>
        )
      }
    >
      <Table<PublicServiceView>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={rows}
        scroll={{ x: 720 }}
        footer={() => (
          <span data-testid="public-service-verified-hours">{t('parties.service.verifiedHours', { hours: verifiedHours })}</span>
        )}
        columns={[
          { title: t('parties.service.serviceOn'), dataIndex: 'serviceOn', width: 110 },
          { title: t('parties.service.work'), render: (_, r) => `${r.place}：${r.description}` },
          { title: t('parties.service.hours'), dataIndex: 'hours', width: 80 },
          { title: t('parties.service.evidence'), render: (_, r) => r.evidenceFileName ?? '—' },
          { title: t('parties.service.recordedBy'), dataIndex: 'recordedByName', width: 100 },
          {
            title: t('parties.service.verification'),
            render: (_, r) =>
              r.verifiedAt ? (
                <Space direction="vertical" size={0}>
                  <Tag color="green">{t('parties.service.verifiedBy', { name: r.verifiedByName })}</Tag>
                  <span>{r.verificationNote}</span>
                </Space>
              ) : open ? (
                <Button size="small" onClick={() => setVerifying(r)} data-testid="public-service-verify">
                  {t('parties.service.verify')}
                </Button>
              ) : (
                <Tag>{t('parties.service.unverified')}</Tag>
              ),
          },
        ]}
      />
      <RecordModal kase={kase} open={recording} onClose={() => setRecording(false)} onDone={refresh} />
      <VerifyModal kase={kase} service={verifying} onClose={() => setVerifying(null)} onDone={refresh} />
    </Card>
  );
}

function RecordModal({
  kase,
  open,
  onClose,
  onDone,
}: {
  kase: CaseDetail;
  open: boolean;
  onClose: () => void;
  onDone: (d: PublicServiceView[]) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<RecordValues>();
  const save = useMutation({
    mutationFn: (v: RecordValues) => publicServiceApi.record(kase.id, { ...v, serviceOn: v.serviceOn.format('YYYY-MM-DD') }),
    onSuccess: (d) => {
      onDone(d);
      showSuccess(t('parties.service.recorded'));
      form.resetFields();
      onClose();
    },
    onError: (e) => showError(e, applyFieldErrors(form, e, ['serviceOn', 'place', 'description', 'hours', 'evidenceMaterialId'])),
  });
  const files = kase.materials.filter((m) => m.fileName);
  return (
    <Modal
      open={open}
      title={t('parties.service.record')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      okButtonProps={{ 'data-testid': 'public-service-save' }}
      destroyOnHidden
    >
      <Form<RecordValues> form={form} layout="vertical" onFinish={(v) => save.mutate(v)}>
        <Form.Item
          name="serviceOn"
          label={t('parties.service.serviceOn')}
          rules={[{ required: true, message: t('parties.service.serviceOn') }]}
        >
          <DatePicker style={{ width: '100%' }} data-testid="public-service-on" />
        </Form.Item>
        <Form.Item name="place" label={t('parties.service.place')} rules={[{ required: true, message: t('parties.service.place') }]}>
          <Input maxLength={100} data-testid="public-service-place" />
        </Form.Item>
        <Form.Item
          name="description"
          label={t('parties.service.description')}
          rules={[{ required: true, message: t('parties.service.description') }]}
        >
          <Input.TextArea rows={2} maxLength={500} data-testid="public-service-description" />
        </Form.Item>
        <Form.Item name="hours" label={t('parties.service.hours')} rules={[{ required: true, message: t('parties.service.hours') }]}>
          <InputNumber min={1} max={1000} precision={0} style={{ width: '100%' }} data-testid="public-service-hours" />
        </Form.Item>
        <Form.Item
          name="evidenceMaterialId"
          label={t('parties.service.evidence')}
          extra={t('parties.service.evidenceHelp')}
          rules={[{ required: true, message: t('parties.service.evidence') }]}
        >
          <Select
            data-testid="public-service-evidence"
            options={files.map((m) => ({ value: m.id, label: `${m.fileName}（${m.note || m.item}）` }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function VerifyModal({
  kase,
  service,
  onClose,
  onDone,
}: {
  kase: CaseDetail;
  service: PublicServiceView | null;
  onClose: () => void;
  onDone: (d: PublicServiceView[]) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ note: string }>();
  const verify = useMutation({
    mutationFn: (v: { note: string }) => publicServiceApi.verify(kase.id, (service as PublicServiceView).id, v),
    onSuccess: (d) => {
      onDone(d);
      showSuccess(t('parties.service.verifiedDone'));
      onClose();
    },
    onError: (e) => showError(e, applyFieldErrors(form, e, ['note'])),
  });
  return (
    <Modal
      open={!!service}
      title={t('parties.service.verify')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={verify.isPending}
      okButtonProps={{ 'data-testid': 'public-service-verify-save' }}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={(v) => verify.mutate(v)}>
        <Form.Item name="note" label={t('parties.service.note')} rules={[{ required: true, message: t('parties.service.note') }]}>
          <Input.TextArea rows={3} maxLength={500} data-testid="public-service-note" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
