import type { SelfInspection, SelfInspectionDrawResult } from '@rouxing/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, InputNumber, Modal, Radio, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { creditSupervisionApi, creditSupervisionKeys } from '../../api/credit-supervision';
import { inspectionApi } from '../../api/inspections';
import { useCurrentUser } from '../../app/auth';
import { showError, showSuccess } from '../../app/feedback';
import { CreditProfileBanner } from '../../components/CreditProfileBanner';
import { EntitySearchSelect } from '../../components/EntitySearchSelect';
import { ErrorResult } from '../../components/ErrorResult';
import { PageHeader } from '../../components/PageHeader';
import { can } from '../../lib/permissions';
import { SELF_INSPECTION_STATUS_COLOR } from '../portal/MySelfInspectionsPage';

function SendCard() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [entityId, setEntityId] = useState<string>();
  const [itemId, setItemId] = useState<string>();
  const items = useQuery({ queryKey: ['inspection-items'], queryFn: inspectionApi.items });
  const send = useMutation({
    mutationFn: () => creditSupervisionApi.create({ entityId: entityId ?? '', itemId: itemId ?? '' }),
    onSuccess: (s) => {
      showSuccess(t('selfInspection.sent', { no: s.documentNo }));
      qc.invalidateQueries({ queryKey: creditSupervisionKeys.list });
    },
    onError: (e) => showError(e),
  });
  return (
    <Card size="small" title={t('selfInspection.sendTitle')}>
      <Typography.Paragraph className="rx-muted">{t('selfInspection.sendIntro')}</Typography.Paragraph>
      <Form layout="vertical">
        <Form.Item label={t('selfInspection.entity')} htmlFor="si-entity" required>
          <EntitySearchSelect
            id="si-entity"
            value={entityId}
            onChange={setEntityId}
            testId="si-entity"
            placeholder={t('selfInspection.entityPlaceholder')}
          />
        </Form.Item>
        {entityId && (
          <div style={{ marginBottom: 12 }}>
            <CreditProfileBanner entityId={entityId} showCell />
          </div>
        )}
        <Form.Item label={t('selfInspection.item')} htmlFor="si-item" required>
          <Select
            id="si-item"
            value={itemId}
            onChange={setItemId}
            data-testid="si-item"
            options={(items.data ?? []).filter((i) => i.published).map((i) => ({ value: i.id, label: `${i.name}（${i.code}）` }))}
          />
        </Form.Item>
        <Button type="primary" disabled={!entityId || !itemId} loading={send.isPending} onClick={() => send.mutate()} data-testid="si-send">
          {t('selfInspection.send')}
        </Button>
      </Form>
    </Card>
  );
}

function DrawCard() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [percent, setPercent] = useState<number | null>(20);
  const [seed, setSeed] = useState<number | null>(null);
  const [result, setResult] = useState<SelfInspectionDrawResult | null>(null);
  const draw = useMutation({
    mutationFn: () => creditSupervisionApi.draw({ share: (percent ?? 0) / 100, ...(seed !== null ? { seed } : {}) }),
    onSuccess: (d) => {
      setResult(d);
      qc.invalidateQueries({ queryKey: creditSupervisionKeys.list });
    },
    onError: (e) => showError(e),
  });
  return (
    <Card size="small" title={t('selfInspection.drawTitle')}>
      <Typography.Paragraph className="rx-muted">{t('selfInspection.drawIntro')}</Typography.Paragraph>
      <Space wrap align="end">
        <Form.Item label={t('selfInspection.share')} htmlFor="si-share" style={{ marginBottom: 0 }}>
          <InputNumber id="si-share" min={1} max={100} value={percent} onChange={setPercent} suffix="%" data-testid="si-share" />
        </Form.Item>
        <Form.Item label={t('selfInspection.seed')} htmlFor="si-seed" style={{ marginBottom: 0 }}>
          <InputNumber
            id="si-seed"
            min={0}
            precision={0}
            value={seed}
            onChange={setSeed}
            placeholder={t('selfInspection.seedAuto')}
            style={{ width: 180 }}
          />
        </Form.Item>
        <Button onClick={() => draw.mutate()} loading={draw.isPending} disabled={!percent} data-testid="si-draw">
          {t('selfInspection.draw')}
        </Button>
      </Space>
      {result && (
        <Alert
          style={{ marginTop: 12 }}
          type="success"
          data-testid="si-draw-result"
          message={t('selfInspection.drawResult', {
            seed: result.seed,
            pool: result.pool.length,
            chosen: result.chosen.length,
            share: Math.round(result.share * 100),
          })}
        />
      )}
    </Card>
  );
}

function VerifyModal({ s, onClose }: { s: SelfInspection; onClose: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [findings, setFindings] = useState(s.checklist.map(() => ({ compliant: true, note: '' })));
  const verify = useMutation({
    mutationFn: () => creditSupervisionApi.verify(s.id, findings),
    onSuccess: (v) => {
      showSuccess(v.creditRecordId ? t('selfInspection.verifiedFalse') : t('selfInspection.verifiedTrue'));
      qc.invalidateQueries({ queryKey: creditSupervisionKeys.list });
      onClose();
    },
    onError: (e) => showError(e),
  });
  return (
    <Modal
      open
      title={t('selfInspection.verifyTitle', { no: s.documentNo })}
      onCancel={onClose}
      onOk={() => verify.mutate()}
      okText={t('selfInspection.verifySubmit')}
      okButtonProps={{ loading: verify.isPending, 'data-testid': 'si-verify-submit' }}
    >
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        {s.checklist.map((point, i) => (
          <div key={point} data-testid="si-verify-point">
            <div>
              {i + 1}. {point}
            </div>
            <div className="rx-muted">
              {t('selfInspection.committed', {
                answer: s.answers?.[i]?.compliant ? t('selfInspection.compliant') : t('selfInspection.notCompliant'),
              })}
            </div>
            <Radio.Group
              value={findings[i]?.compliant ? 'yes' : 'no'}
              onChange={(e) => setFindings((f) => f.map((x, j) => (j === i ? { ...x, compliant: e.target.value === 'yes' } : x)))}
              options={[
                { value: 'yes', label: t('selfInspection.foundCompliant') },
                { value: 'no', label: t('selfInspection.foundNotCompliant') },
              ]}
              data-testid={`si-found-${i}`}
            />
            <Input
              style={{ marginTop: 4 }}
              aria-label={t('selfInspection.noteFor', { n: i + 1 })}
              value={findings[i]?.note}
              onChange={(e) => setFindings((f) => f.map((x, j) => (j === i ? { ...x, note: e.target.value } : x)))}
            />
          </div>
        ))}
      </Space>
    </Modal>
  );
}

/** 承诺式检查 (常政办发〔2025〕5号 第十三项): send self-inspections, draw those verified on site (seed shown), record the findings. */
export default function SelfInspectionsPage() {
  const { t } = useTranslation();
  const canPlan = can(useCurrentUser(), 'inspection.plan');
  const q = useQuery({ queryKey: creditSupervisionKeys.list, queryFn: creditSupervisionApi.list });
  const [verifying, setVerifying] = useState<SelfInspection | null>(null);
  return (
    <div>
      <PageHeader title={t('selfInspection.title')} testId="page-self-inspections" />
      {canPlan && (
        <Space orientation="vertical" size={12} style={{ width: '100%', marginBottom: 12 }}>
          <SendCard />
          <DrawCard />
        </Space>
      )}
      {q.error ? (
        <ErrorResult error={q.error} onRetry={() => q.refetch()} />
      ) : (
        <Table<SelfInspection>
          rowKey="id"
          size="small"
          loading={q.isLoading}
          dataSource={q.data?.items ?? []}
          pagination={{ pageSize: 20 }}
          onRow={(r) => ({ 'data-testid': 'si-row', 'data-document-no': r.documentNo }) as React.HTMLAttributes<HTMLElement>}
          columns={[
            { title: t('selfInspection.documentNo'), dataIndex: 'documentNo' },
            { title: t('selfInspection.entity'), render: (_, r) => `${r.entityName}（${r.uscc}）` },
            { title: t('selfInspection.itemColumn'), dataIndex: 'itemName' },
            {
              title: t('selfInspection.gradeRisk'),
              render: (_, r) => `${r.grade ?? t('creditProfile.ungraded')} / ${t(`creditProfile.riskLevel.${r.risk}`)}`,
            },
            {
              title: t('selfInspection.statusTitle'),
              render: (_, r) => (
                <Space size={4} wrap>
                  <Tag color={SELF_INSPECTION_STATUS_COLOR[r.status]} data-testid="si-status">
                    {t(`selfInspection.status.${r.status}`)}
                  </Tag>
                  {r.drawSeed !== null && <span className="rx-muted">{t('selfInspection.seedShown', { seed: r.drawSeed })}</span>}
                  {r.creditRecordId && <Tag color="red">{t('selfInspection.falseTag')}</Tag>}
                </Space>
              ),
            },
            {
              title: t('selfInspection.actions'),
              render: (_, r) =>
                canPlan && r.status === 'on_site' ? (
                  <Button size="small" onClick={() => setVerifying(r)} data-testid="si-verify">
                    {t('selfInspection.verify')}
                  </Button>
                ) : null,
            },
          ]}
        />
      )}
      {verifying && <VerifyModal s={verifying} onClose={() => setVerifying(null)} />}
    </div>
  );
}
