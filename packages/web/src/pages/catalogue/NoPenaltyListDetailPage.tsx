import type { NoPenaltyListEntry } from '@rouxing/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Card, Descriptions, Skeleton, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { catalogueApi, type ReviewStep } from '../../api/catalogue';
import { showError, showSuccess } from '../../app/feedback';
import { ErrorResult } from '../../components/ErrorResult';
import { PageHeader } from '../../components/PageHeader';
import { formatDateTime } from '../../lib/format';
import { ReviewActions, StatusTag } from './ReviewActions';

export function ConditionTags({ e }: { e: Pick<NoPenaltyListEntry, 'conditions'> }) {
  const { t } = useTranslation();
  const c = e.conditions;
  return (
    <Space size={[4, 4]} wrap>
      {c.firstOffense && <Tag>{t(c.firstOffenseScope === 'same_item' ? 'portal.firstSameItem' : 'portal.first')}</Tag>}
      {c.maxHarm && <Tag>{t('portal.maxHarm', { harm: t(`assistant.harms.${c.maxHarm}`) })}</Tag>}
      {c.correctedInTime && <Tag>{t('portal.corrected')}</Tag>}
      {c.correctionDays && <Tag>{t('portal.correctionDays', { days: c.correctionDays })}</Tag>}
    </Space>
  );
}

/** One version of a list: its fields, entries and the review workflow. */
export default function NoPenaltyListDetailPage() {
  const { id } = useParams() as { id: string };
  const { t } = useTranslation();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const q = useQuery({ queryKey: ['no-penalty-list', id], queryFn: () => catalogueApi.list(id) });
  const step = useMutation({
    mutationFn: ({ s, body }: { s: ReviewStep; body: object }) => catalogueApi.listStep(id, s, body),
    onSuccess: (d, { s }) => {
      qc.invalidateQueries({ queryKey: ['no-penalty-lists'] });
      showSuccess(t(`rules.done.${s}`));
      if (d.id !== id) {
        navigate(`/rules/no-penalty-lists/${d.id}`);
      } else {
        qc.setQueryData(['no-penalty-list', id], d);
      }
    },
    onError: (e) => showError(e),
  });
  if (q.isLoading) {
    return <Skeleton active />;
  }
  if (q.error || !q.data) {
    return <ErrorResult error={q.error} onRetry={() => q.refetch()} />;
  }
  const l = q.data;
  return (
    <>
      <PageHeader
        title={`${l.title}（${t('rules.versionN', { n: l.version })}）`}
        testId="page-no-penalty-list"
        extra={
          <Space>
            <StatusTag status={l.displayStatus} />
            <ReviewActions
              version={l}
              busy={step.isPending}
              onStep={(s, body) => step.mutate({ s, body })}
              onEdit={() => navigate(`/rules/no-penalty-lists/${l.id}/edit`)}
            />
          </Space>
        }
      />
      {l.status === 'draft' && l.rejectionReason && (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} message={t('rules.returned', { reason: l.rejectionReason })} />
      )}
      <Card style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered>
          <Descriptions.Item label={t('rules.level')}>{t(`assistant.levels.${l.level}`)}</Descriptions.Item>
          <Descriptions.Item label={t('rules.issuer')}>{l.issuer}</Descriptions.Item>
          <Descriptions.Item label={t('rules.department')}>{l.departmentName}</Descriptions.Item>
          <Descriptions.Item label={t('rules.domain')}>{l.domain}</Descriptions.Item>
          <Descriptions.Item label={t('rules.effective')}>
            {l.effectiveFrom} ~ {l.effectiveTo ?? t('portal.open')}
          </Descriptions.Item>
          <Descriptions.Item label={t('rules.documentNo')}>{l.documentNo || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('rules.drafter')}>{l.createdByName}</Descriptions.Item>
          <Descriptions.Item label={t('rules.approver')}>
            {l.approvedByName ? `${l.approvedByName} ${formatDateTime(l.publishedAt)}` : '—'}
          </Descriptions.Item>
          {l.source && (
            <Descriptions.Item label={t('rules.source')} span={2}>
              {l.sourceUrl ? (
                <a href={l.sourceUrl} target="_blank" rel="noreferrer">
                  {l.source}
                </a>
              ) : (
                l.source
              )}
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      <Card title={t('rules.entries')}>
        <Table<NoPenaltyListEntry>
          rowKey="id"
          dataSource={l.entries}
          pagination={false}
          scroll={{ x: 1000 }}
          columns={[
            { title: t('rules.itemCode'), dataIndex: 'itemCode', width: 60 },
            { title: t('rules.itemText'), dataIndex: 'itemText' },
            { title: t('rules.code'), width: 200, render: (_, e) => `${e.violationCode} ${e.violationName ?? ''}` },
            { title: t('rules.kind'), dataIndex: 'kind', width: 100, render: (k: string) => <Tag color="green">{k}</Tag> },
            {
              title: t('rules.conditions'),
              width: 260,
              render: (_, e) => (
                <>
                  <ConditionTags e={e} />
                  <div className="rx-muted">{e.conditionsText.join('；')}</div>
                </>
              ),
            },
            { title: t('rules.basisText'), dataIndex: 'legalBasisText', width: 220 },
          ]}
        />
      </Card>
    </>
  );
}
