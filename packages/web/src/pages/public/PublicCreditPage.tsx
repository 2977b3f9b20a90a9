import type { PublicCreditRecord } from '@rouxing/contracts';
import { PENALTY_KIND_LABELS } from '@rouxing/contracts';
import { useQuery } from '@tanstack/react-query';
import { Input, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { creditRecordApi, creditRecordKeys } from '../../api/credit';
import { ErrorResult } from '../../components/ErrorResult';
import { PublicPage } from '../../components/PublicPage';
import { formatDate } from '../../lib/format';

/**
 * 信用信息公示 (no login; 常政办发〔2025〕5号 第十三项): entities' 失信信息 in publicity and those under objection
 * (异议处理中); `/public/credit/:uscc` is one entity's page. Never a natural person's record.
 */
export default function PublicCreditPage() {
  const { t } = useTranslation();
  const { uscc } = useParams();
  const navigate = useNavigate();
  const [page, setPage] = useState(1);
  const [search, setSearch] = useState('');
  const feed = useQuery({
    queryKey: creditRecordKeys.publicFeed({ page, search }),
    queryFn: () => creditRecordApi.publicFeed({ page, pageSize: 20, q: search || undefined }),
    enabled: !uscc,
  });
  const entity = useQuery({
    queryKey: creditRecordKeys.publicEntity(uscc ?? ''),
    queryFn: () => creditRecordApi.publicEntity(uscc ?? ''),
    enabled: !!uscc,
  });
  const rows = uscc ? (entity.data?.records ?? []) : (feed.data?.items ?? []);
  const error = uscc ? entity.error : feed.error;
  return (
    <PublicPage title={uscc && entity.data ? t('publicCredit.entityTitle', { name: entity.data.entityName }) : t('publicCredit.title')}>
      <Typography.Paragraph>{t('publicCredit.intro')}</Typography.Paragraph>
      {uscc && (
        <Typography.Paragraph>
          <Link to="/public/credit">{t('publicCredit.all')}</Link>
        </Typography.Paragraph>
      )}
      {!uscc && (
        <Input.Search
          allowClear
          enterButton={t('publicCredit.search')}
          placeholder={t('publicCredit.searchPlaceholder')}
          aria-label={t('publicCredit.searchPlaceholder')}
          onSearch={(v) => {
            setPage(1);
            setSearch(v.trim());
          }}
          style={{ maxWidth: 480, marginBottom: 12 }}
        />
      )}
      {error ? (
        <ErrorResult error={error} />
      ) : (
        <Table<PublicCreditRecord>
          rowKey="id"
          size="small"
          loading={uscc ? entity.isLoading : feed.isLoading}
          dataSource={rows}
          scroll={{ x: true }}
          data-testid="public-credit"
          locale={{ emptyText: t('publicCredit.none') }}
          pagination={
            uscc
              ? false
              : {
                  current: page,
                  pageSize: 20,
                  total: feed.data?.total ?? 0,
                  onChange: setPage,
                  showSizeChanger: false,
                  showTotal: (n) => t('common.total', { total: n }),
                }
          }
          columns={[
            {
              title: t('publicCredit.entity'),
              render: (_, r) => (
                <Typography.Link onClick={() => navigate(`/public/credit/${r.uscc}`)}>
                  {r.entityName}
                  <div className="rx-muted">{r.uscc}</div>
                </Typography.Link>
              ),
            },
            { title: t('publicCredit.documentNo'), dataIndex: 'documentNo' },
            { title: t('publicCredit.department'), dataIndex: 'department' },
            {
              title: t('publicCredit.penalty'),
              render: (_, r) =>
                `${r.penalties.map((k) => PENALTY_KIND_LABELS[k]).join('、')}${r.fineYuan > 0 ? t('publicCredit.fine', { n: r.fineYuan }) : ''}`,
            },
            { title: t('publicCredit.decidedOn'), render: (_, r) => formatDate(r.decidedOn) },
            { title: t('publicCredit.severity'), render: (_, r) => t(`creditRecords.severity.${r.severity}`) },
            { title: t('publicCredit.until'), render: (_, r) => (r.maxEnd ? formatDate(r.maxEnd) : '') },
            {
              title: t('publicCredit.state'),
              render: (_, r) =>
                r.underObjection ? (
                  <Tag color="purple">{t('creditRecords.underObjection')}</Tag>
                ) : (
                  <Tag color="red">{t('publicCredit.inPublicity')}</Tag>
                ),
            },
          ]}
        />
      )}
    </PublicPage>
  );
}
