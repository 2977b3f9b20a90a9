import type { CreditCase } from '@rouxing/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Input, Modal, Radio, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { creditRecordApi, creditRecordKeys } from '../../api/credit';
import { useCurrentUser } from '../../app/auth';
import { showError, showSuccess } from '../../app/feedback';
import { ErrorResult } from '../../components/ErrorResult';
import { PageHeader } from '../../components/PageHeader';
import { formatDate, formatDateTime } from '../../lib/format';
import { can } from '../../lib/permissions';

type Outcome = 'approve' | 'refuse' | 'corrected' | 'withdrawn' | 'confirmed';

function DecideModal({ c, onClose }: { c: CreditCase; onClose: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [outcome, setOutcome] = useState<Outcome>(c.kind === 'repair' ? 'approve' : 'confirmed');
  const [reason, setReason] = useState('');
  const decide = useMutation({
    mutationFn: () =>
      c.kind === 'repair'
        ? creditRecordApi.decideRepair(c.id, { approve: outcome === 'approve', reason })
        : creditRecordApi.decideObjection(c.id, { outcome: outcome as 'corrected' | 'withdrawn' | 'confirmed', reason }),
    onSuccess: () => {
      showSuccess(t('creditCases.decided'));
      qc.invalidateQueries({ queryKey: creditRecordKeys.cases });
      onClose();
    },
    onError: (e) => showError(e),
  });
  const options: Outcome[] = c.kind === 'repair' ? ['approve', 'refuse'] : ['corrected', 'withdrawn', 'confirmed'];
  return (
    <Modal
      open
      title={t(`creditCases.decide.${c.kind}`, { no: c.record.documentNo })}
      onCancel={onClose}
      onOk={() => decide.mutate()}
      okButtonProps={{ loading: decide.isPending, 'data-testid': 'credit-case-confirm' }}
    >
      <Typography.Paragraph>{c.statement}</Typography.Paragraph>
      <Radio.Group value={outcome} onChange={(e) => setOutcome(e.target.value)} data-testid="credit-case-outcome">
        {options.map((o) => (
          <Radio key={o} value={o}>
            {t(`creditCases.outcomes.${o}`)}
          </Radio>
        ))}
      </Radio.Group>
      <Input.TextArea
        style={{ marginTop: 12 }}
        rows={3}
        placeholder={t('creditCases.reason')}
        aria-label={t('creditCases.reason')}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
      />
    </Modal>
  );
}

/** 信用修复与异议审核: the department's queue (decided within 10 working days; objections within the set period), overdue flagged. */
export default function CreditCasesPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [open, setOpen] = useState(true);
  const [deciding, setDeciding] = useState<CreditCase | null>(null);
  const q = useQuery({ queryKey: [...creditRecordKeys.cases, open], queryFn: () => creditRecordApi.cases(open) });
  return (
    <div>
      <PageHeader title={t('creditCases.title')} testId="page-credit-cases" />
      <Radio.Group value={open} onChange={(e) => setOpen(e.target.value)} style={{ marginBottom: 12 }}>
        <Radio.Button value={true}>{t('creditCases.open')}</Radio.Button>
        <Radio.Button value={false}>{t('creditCases.closed')}</Radio.Button>
      </Radio.Group>
      {q.error ? (
        <ErrorResult error={q.error} onRetry={() => q.refetch()} />
      ) : (
        <Table<CreditCase>
          rowKey="id"
          loading={q.isLoading}
          dataSource={q.data?.items ?? []}
          scroll={{ x: true }}
          data-testid="credit-cases"
          columns={[
            {
              title: t('creditCases.kind'),
              render: (_, c) => <Tag color={c.kind === 'repair' ? 'blue' : 'purple'}>{t(`creditCases.kinds.${c.kind}`)}</Tag>,
            },
            { title: t('creditCases.documentNo'), render: (_, c) => c.record.documentNo },
            { title: t('creditCases.entity'), render: (_, c) => c.record.entityName },
            { title: t('creditCases.appliedAt'), render: (_, c) => formatDateTime(c.appliedAt) },
            {
              title: t('creditCases.dueOn'),
              render: (_, c) => (
                <Space size={4}>
                  {formatDate(c.dueOn)}
                  {c.overdue && <Tag color="red">{t('creditCases.overdue')}</Tag>}
                </Space>
              ),
            },
            { title: t('creditCases.status'), render: (_, c) => t(`creditCases.statuses.${c.status}`) },
            { title: t('creditCases.reason'), render: (_, c) => c.reason ?? '' },
            {
              title: t('creditCases.actions'),
              render: (_, c) =>
                (c.status === 'applied' || c.status === 'filed') && can(me, 'credit.review') ? (
                  <Button size="small" type="primary" onClick={() => setDeciding(c)} data-testid="credit-case-decide">
                    {t('creditCases.decideButton')}
                  </Button>
                ) : null,
            },
          ]}
        />
      )}
      {deciding && <DecideModal c={deciding} onClose={() => setDeciding(null)} />}
    </div>
  );
}
