import type { LIST_KINDS, NoPenaltyList, NoPenaltyListDetail, NoPenaltyListEntry } from '@rouxing/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Card, Descriptions, Skeleton, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
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
          {l.source ? (
            <Descriptions.Item label={t('rules.source')} span={2}>
              {l.sourceUrl ? (
                <a href={l.sourceUrl} target="_blank" rel="noreferrer">
                  {l.source}
                </a>
              ) : (
                l.source
              )}
            </Descriptions.Item>
          ) : null}
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
            { title: t('rules.kind'), dataIndex: 'kind', width: 110, render: (k: ListKind) => <KindTag kind={k} /> },
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
      <VersionHistory list={l} />
    </>
  );
}

export type ListKind = (typeof LIST_KINDS)[number];
export const KIND_KEYS: Record<ListKind, string> = { 不予处罚: 'none', 首违不罚: 'first', 可以不予处罚: 'may' };

/** The kind of a list entry (不予处罚 / 首违不罚 / 可以不予处罚), in the reader's language. */
export function KindTag({ kind }: { kind: ListKind }) {
  const { t } = useTranslation();
  return <Tag color={kind === '可以不予处罚' ? 'blue' : 'green'}>{t(`rules.kinds.${KIND_KEYS[kind]}`)}</Tag>;
}

/** The versions of the same list (same series), newest first, found by the list's title. */
function VersionHistory({ list }: { list: NoPenaltyListDetail }) {
  const { t } = useTranslation();
  const versions = useQuery({
    queryKey: ['no-penalty-lists', 'series', list.seriesId, list.title],
    queryFn: () => catalogueApi.lists({ q: list.title, pageSize: 100 }),
    select: (p) => p.items.filter((v) => v.seriesId === list.seriesId).sort((a, b) => b.version - a.version),
  });
  return (
    <Card title={t('rules.history')} style={{ marginTop: 16 }} data-testid="list-history">
      <Table<NoPenaltyList>
        rowKey="id"
        size="small"
        loading={versions.isLoading}
        dataSource={versions.data ?? []}
        pagination={false}
        columns={[
          {
            title: t('rules.version'),
            width: 110,
            render: (_, v) =>
              v.id === list.id ? (
                <strong>{t('rules.versionN', { n: v.version })}</strong>
              ) : (
                <Link to={`/rules/no-penalty-lists/${v.id}`}>{t('rules.versionN', { n: v.version })}</Link>
              ),
          },
          { title: t('rules.statusTitle'), width: 100, render: (_, v) => <StatusTag status={v.displayStatus} testId={null} /> },
          { title: t('rules.entries'), dataIndex: 'entryCount', width: 90 },
          { title: t('rules.effectiveDates'), render: (_, v) => `${v.effectiveFrom} ~ ${v.effectiveTo ?? t('portal.open')}` },
          { title: t('rules.drafter'), dataIndex: 'createdByName', width: 120 },
          {
            title: t('rules.approver'),
            render: (_, v) => (v.approvedByName ? `${v.approvedByName} ${formatDateTime(v.publishedAt)}` : '—'),
          },
          { title: t('rules.supersededAt'), width: 170, render: (_, v) => formatDateTime(v.supersededAt) },
        ]}
      />
    </Card>
  );
}
