import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Empty, Input, Skeleton, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { type GuidingCase, registerApi, registerKeys } from '../../api/registers';
import { PublicPage } from '../../components/PublicPage';
import { formatDate } from '../../lib/format';

function GuidingCaseCard({ c }: { c: GuidingCase }) {
  const { t } = useTranslation();
  return (
    <Card data-testid="guiding-case" title={<span style={{ whiteSpace: 'normal' }}>{c.title}</span>}>
      <div className="rx-muted" style={{ marginBottom: 8 }}>
        {c.departmentName} · {t('guiding.industry', { code: c.industry || '—' })} ·{' '}
        {t('guiding.publishedOn', { date: formatDate(c.publishedAt) })}
      </div>
      <Typography.Paragraph strong style={{ whiteSpace: 'pre-wrap' }}>
        {t('guiding.summaryLabel')}
        {c.summary}
      </Typography.Paragraph>
      {c.keywords.length > 0 && (
        <Space size={[4, 4]} wrap style={{ marginBottom: 12 }} aria-label={t('guiding.keywords')}>
          {c.keywords.map((k) => (
            <Tag key={k} color="blue">
              {k}
            </Tag>
          ))}
        </Space>
      )}
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }} data-testid="guiding-body">
        {c.body}
      </Typography.Paragraph>
    </Card>
  );
}

/** 指导性案例 (常政办发〔2025〕5号 第十项): the region's published cases, anonymised, searchable; no login, fits a phone. */
export default function GuidingCasesPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const list = useQuery({ queryKey: registerKeys.guidingCases(q), queryFn: () => registerApi.publicGuidingCases(q) });
  return (
    <PublicPage title={t('guiding.publicTitle')} maxWidth={960}>
      <Alert type="info" showIcon title={t('guiding.intro')} style={{ marginBottom: 16 }} />
      <Space wrap style={{ marginBottom: 16 }}>
        <Link to="/public/no-penalty-lists">{t('portal.title')}</Link>
        <Link to="/public/complaints">{t('portal.complain')}</Link>
        <Link to="/public/random-draws">{t('portal.draws')}</Link>
      </Space>
      <search style={{ display: 'block', marginBottom: 16 }}>
        <Input.Search
          allowClear
          enterButton={t('common.search')}
          size="large"
          defaultValue={q}
          maxLength={50}
          placeholder={t('guiding.searchPlaceholder')}
          aria-label={t('guiding.searchPlaceholder')}
          onSearch={(v) => setParams(v.trim() ? { q: v.trim() } : {})}
          data-testid="guiding-search"
        />
      </search>
      {list.isLoading ? (
        <Skeleton active />
      ) : list.error ? (
        <Alert type="error" showIcon title={t('error.loadFailed')} />
      ) : (list.data ?? []).length === 0 ? (
        <Card>
          <Empty description={q ? t('guiding.noneFound', { q }) : t('guiding.none')} />
        </Card>
      ) : (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Typography.Text type="secondary" data-testid="guiding-count">
            {t('guiding.count', { count: list.data?.length ?? 0 })}
          </Typography.Text>
          {(list.data ?? []).map((c) => (
            <GuidingCaseCard key={c.id} c={c} />
          ))}
        </Space>
      )}
    </PublicPage>
  );
}
