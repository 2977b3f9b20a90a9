import type { PublicOffsetRule } from '@rouxing/contracts';
import { useQuery } from '@tanstack/react-query';
import { Empty, Skeleton, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { publicServiceApi, publicServiceKeys } from '../../api/parties';
import { PublicPage } from '../../components/PublicPage';

/** 公益抵罚折抵规则公示 (常政办发〔2025〕5号 第五项): each department's published rule — yuan per hour and the caps — without login. */
export default function PublicOffsetRulesPage() {
  const { t } = useTranslation();
  const q = useQuery({ queryKey: publicServiceKeys.publicRules, queryFn: publicServiceApi.publicRules });
  const rows = q.data ?? [];
  return (
    <PublicPage title={t('parties.publicRules.title')}>
      <Typography.Paragraph>{t('parties.publicRules.intro')}</Typography.Paragraph>
      {q.isLoading ? (
        <Skeleton active />
      ) : rows.length === 0 ? (
        <Empty description={t('parties.publicRules.none')} />
      ) : (
        <Table<PublicOffsetRule>
          rowKey="departmentName"
          pagination={false}
          dataSource={rows}
          size="small"
          data-testid="public-offset-rules"
          columns={[
            { title: t('parties.publicRules.department'), dataIndex: 'departmentName' },
            { title: t('parties.publicRules.contactPhone'), render: (_, r) => r.contactPhone || '—' },
            {
              title: t('parties.publicRules.field'),
              render: (_, r) => t(`parties.publicRules.fields.${r.field}`, { defaultValue: r.field }),
            },
            { title: t('parties.publicRules.yuanPerHour'), render: (_, r) => t('parties.publicRules.yuan', { n: r.yuanPerHour }) },
            {
              title: t('parties.publicRules.cap'),
              render: (_, r) =>
                [
                  r.capYuan !== null ? t('parties.publicRules.capYuan', { n: r.capYuan }) : null,
                  r.capPercentOfFine !== null ? t('parties.publicRules.capPercent', { n: r.capPercentOfFine }) : null,
                ]
                  .filter(Boolean)
                  .join('；'),
            },
            { title: t('parties.publicRules.publishedAt'), render: (_, r) => r.publishedAt.slice(0, 10) },
          ]}
        />
      )}
    </PublicPage>
  );
}
