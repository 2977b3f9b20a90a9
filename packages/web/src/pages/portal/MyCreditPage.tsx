import { FileWordOutlined, UploadOutlined } from '@ant-design/icons';
import type { CreditRecord, StoredFile } from '@rouxing/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Checkbox, Empty, Form, Input, Modal, Skeleton, Space, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { creditRecordApi, creditRecordKeys } from '../../api/credit';
import { fetchDownload } from '../../api/registers';
import { showError, showSuccess } from '../../app/feedback';
import { ErrorResult } from '../../components/ErrorResult';
import { PageHeader } from '../../components/PageHeader';
import { formatDate } from '../../lib/format';

const STATUS_COLOR: Record<string, string> = {
  publicized: 'red',
  not_publicized: 'default',
  repaired: 'green',
  expired: 'default',
  withdrawn: 'default',
};

function RepairModal({ record, onClose }: { record: CreditRecord; onClose: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [signed, setSigned] = useState(false);
  const [statement, setStatement] = useState('');
  const [materials, setMaterials] = useState<StoredFile[]>([]);
  const download = useMutation({
    mutationFn: () => fetchDownload(creditRecordApi.commitmentUrl(record.id), `信用承诺书（${record.documentNo}）.docx`),
    onError: (e) => showError(e),
  });
  const apply = useMutation({
    mutationFn: () => creditRecordApi.repair(record.id, { commitmentSigned: signed as true, statement, materials }),
    onSuccess: () => {
      showSuccess(t('creditRecords.repairApplied'));
      qc.invalidateQueries({ queryKey: creditRecordKeys.mine });
      onClose();
    },
    onError: (e) => showError(e),
  });
  return (
    <Modal
      open
      title={t('creditRecords.repairTitle', { no: record.documentNo })}
      onCancel={onClose}
      okText={t('creditRecords.submitRepair')}
      okButtonProps={{ disabled: !signed, loading: apply.isPending, 'data-testid': 'repair-submit' }}
      onOk={() => apply.mutate()}
    >
      <Typography.Paragraph>{t('creditRecords.repairConditions')}</Typography.Paragraph>
      <Button icon={<FileWordOutlined />} onClick={() => download.mutate()} loading={download.isPending} data-testid="commitment-download">
        {t('creditRecords.readCommitment')}
      </Button>
      <Form layout="vertical" style={{ marginTop: 12 }}>
        <Form.Item label={t('creditRecords.statement')} required>
          <Input.TextArea rows={3} value={statement} onChange={(e) => setStatement(e.target.value)} data-testid="repair-statement" />
        </Form.Item>
        <Form.Item label={t('creditRecords.materials')}>
          <Upload
            customRequest={async ({ file, onSuccess, onError }) => {
              try {
                const stored = await creditRecordApi.uploadMaterial(file as File);
                setMaterials((m) => [...m, stored]);
                onSuccess?.(stored);
              } catch (e) {
                showError(e);
                onError?.(e as Error);
              }
            }}
          >
            <Button icon={<UploadOutlined />}>{t('creditRecords.upload')}</Button>
          </Upload>
        </Form.Item>
        <Checkbox checked={signed} onChange={(e) => setSigned(e.target.checked)} data-testid="commitment-sign">
          {t('creditRecords.signCommitment')}
        </Checkbox>
      </Form>
    </Modal>
  );
}

function ObjectionModal({ record, onClose }: { record: CreditRecord; onClose: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [grounds, setGrounds] = useState('');
  const file = useMutation({
    mutationFn: () => creditRecordApi.object(record.id, { grounds }),
    onSuccess: () => {
      showSuccess(t('creditRecords.objectionFiled'));
      qc.invalidateQueries({ queryKey: creditRecordKeys.mine });
      onClose();
    },
    onError: (e) => showError(e),
  });
  return (
    <Modal
      open
      title={t('creditRecords.objectionTitle', { no: record.documentNo })}
      onCancel={onClose}
      onOk={() => file.mutate()}
      okButtonProps={{ loading: file.isPending }}
    >
      <Form layout="vertical">
        <Form.Item label={t('creditRecords.grounds')} required>
          <Input.TextArea rows={4} value={grounds} onChange={(e) => setGrounds(e.target.value)} data-testid="objection-grounds" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function RecordCard({ r }: { r: CreditRecord }) {
  const { t } = useTranslation();
  const [modal, setModal] = useState<'repair' | 'objection' | null>(null);
  const pendingRepair = r.repairs.find((x) => x.status === 'applied');
  const pendingObjection = r.objections.find((x) => x.status === 'filed');
  const tooEarly = r.severity !== 'minor' && r.repairEligibleFrom !== null && r.today < r.repairEligibleFrom;
  const canRepair = r.status === 'publicized' && !pendingRepair;
  return (
    <Card size="small" data-testid="credit-record" data-document-no={r.documentNo}>
      <Space wrap size={6} style={{ marginBottom: 4 }}>
        <Typography.Text strong>{r.documentNo}</Typography.Text>
        <Tag color={r.severity === 'serious' ? 'red' : r.severity === 'general' ? 'orange' : 'default'}>
          {t(`creditRecords.severity.${r.severity}`)}
        </Tag>
        <Tag color={STATUS_COLOR[r.status]} data-testid="credit-record-status">
          {t(`creditRecords.status.${r.status}`)}
        </Tag>
        {pendingObjection && <Tag color="purple">{t('creditRecords.underObjection')}</Tag>}
      </Space>
      <div className="rx-muted">
        {r.department} · {r.violationName ?? ''} · {t('creditRecords.decidedOn', { date: formatDate(r.decidedOn) })}
      </div>
      {r.minEnd && (
        <div className="rx-muted">{t('creditRecords.period', { min: formatDate(r.minEnd), max: formatDate(r.maxEnd ?? '') })}</div>
      )}
      {pendingRepair && (
        <Alert
          style={{ marginTop: 8 }}
          type={pendingRepair.overdue ? 'warning' : 'info'}
          message={t('creditRecords.repairPending', { due: formatDate(pendingRepair.dueOn) })}
          data-testid="repair-pending"
        />
      )}
      {r.repairs
        .filter((x) => x.status === 'refused')
        .map((x) => (
          <Alert key={x.id} style={{ marginTop: 8 }} type="error" message={t('creditRecords.repairRefused', { reason: x.reason ?? '' })} />
        ))}
      <Space wrap style={{ marginTop: 8 }}>
        {canRepair && (
          <Button type="primary" disabled={tooEarly} onClick={() => setModal('repair')} data-testid="repair-apply">
            {tooEarly ? t('creditRecords.repairFrom', { date: formatDate(r.repairEligibleFrom ?? '') }) : t('creditRecords.applyRepair')}
          </Button>
        )}
        {!pendingObjection && (r.status === 'publicized' || r.status === 'not_publicized') && (
          <Button onClick={() => setModal('objection')} data-testid="objection-file">
            {t('creditRecords.fileObjection')}
          </Button>
        )}
      </Space>
      {modal === 'repair' && <RepairModal record={r} onClose={() => setModal(null)} />}
      {modal === 'objection' && <ObjectionModal record={r} onClose={() => setModal(null)} />}
    </Card>
  );
}

/** 我的信用 (企业端, built for a phone): the entity's 失信信息 with 信用修复 and 异议申诉 per record. */
export default function MyCreditPage() {
  const { t } = useTranslation();
  const q = useQuery({ queryKey: creditRecordKeys.mine, queryFn: creditRecordApi.mine });
  const rows = q.data?.items ?? [];
  return (
    <div style={{ maxWidth: 720 }}>
      <PageHeader title={t('creditRecords.myTitle')} testId="page-my-credit" />
      <Typography.Paragraph>{t('creditRecords.myIntro')}</Typography.Paragraph>
      {q.isLoading ? (
        <Skeleton active />
      ) : q.error ? (
        <ErrorResult error={q.error} onRetry={() => q.refetch()} />
      ) : rows.length === 0 ? (
        <Card>
          <Empty description={t('creditRecords.none')} />
        </Card>
      ) : (
        <Space orientation="vertical" size={12} style={{ width: '100%' }}>
          {rows.map((r) => (
            <RecordCard key={r.id} r={r} />
          ))}
        </Space>
      )}
    </div>
  );
}
