import { DownloadOutlined } from '@ant-design/icons';
import type { PublicEntry } from '@rouxing/contracts';
import { LIST_KINDS } from '@rouxing/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Form, Grid, Input, List, Pagination, Row, Select, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { type PublicFilters, publicApi } from '../../api/decisions';
import { PublicPage } from '../../components/PublicPage';

const FILTER_KEYS = ['q', 'department', 'domain', 'kind'] as const;
const KIND_COLOR: Record<string, string> = { 不予处罚: 'green', 首违不罚: 'blue', 可以不予处罚: 'cyan' };

/** 清单公示: the published no-penalty lists, for anyone, on any screen (常政办发〔2025〕5号 第二项; no login). */
export default function PublicListsPage() {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const [params, setParams] = useSearchParams();
  const page = Number(params.get('page') ?? 1) || 1;
  const pageSize = Number(params.get('pageSize') ?? 20) || 20;
  const filters: PublicFilters = {};
  for (const k of FILTER_KEYS) {
    const v = params.get(k);
    if (v) {
      filters[k] = v;
    }
  }
  const q = useQuery({
    queryKey: ['public', 'lists', filters, page, pageSize],
    queryFn: () => publicApi.entries({ ...filters, page, pageSize }),
    placeholderData: keepPreviousData,
  });
  const [form] = Form.useForm<PublicFilters>();
  const search = (v: PublicFilters) => {
    const next = new URLSearchParams();
    for (const k of FILTER_KEYS) {
      const value = v[k]?.trim();
      if (value) {
        next.set(k, value);
      }
    }
    setParams(next);
  };
  const turn = (p: number, size: number) => {
    const next = new URLSearchParams(params);
    next.set('page', String(p));
    next.set('pageSize', String(size));
    setParams(next);
  };
  const conditions = (e: PublicEntry) => (
    <Space size={[4, 4]} wrap>
      {e.conditions.firstOffense && (
        <Tag>{t(e.conditions.firstOffenseScope === 'same_item' ? 'portal.firstSameItem' : 'portal.first')}</Tag>
      )}
      {e.conditions.maxHarm && <Tag>{t('portal.maxHarm', { harm: t(`assistant.harms.${e.conditions.maxHarm}`) })}</Tag>}
      {e.conditions.correctedInTime && <Tag>{t('portal.corrected')}</Tag>}
      {e.conditions.correctionDays && <Tag>{t('portal.correctionDays', { days: e.conditions.correctionDays })}</Tag>}
    </Space>
  );

  return (
    <PublicPage title={t('portal.title')} fullMark>
      <Alert type="info" showIcon message={t('portal.intro')} style={{ marginBottom: 16 }} />
      <Space wrap style={{ marginBottom: 16 }}>
        <Link to="/public/complaints">{t('portal.complain')}</Link>
        <Link to="/public/random-draws">{t('portal.draws')}</Link>
        <Link to="/public/guiding-cases">{t('portal.guidingCases')}</Link>
        <Link to="/public/credit">{t('publicCredit.title')}</Link>
      </Space>
      <Card style={{ marginBottom: 16 }}>
        <Form form={form} layout={screens.md ? 'inline' : 'vertical'} initialValues={filters} onFinish={search} role="search">
          <Form.Item name="q" label={t('portal.keyword')}>
            <Input allowClear placeholder={t('portal.keywordPlaceholder')} data-testid="portal-q" />
          </Form.Item>
          <Form.Item name="department" label={t('portal.department')}>
            <Input allowClear placeholder={t('portal.departmentPlaceholder')} data-testid="portal-department" />
          </Form.Item>
          <Form.Item name="domain" label={t('portal.domain')}>
            <Input allowClear placeholder={t('portal.domainPlaceholder')} data-testid="portal-domain" />
          </Form.Item>
          <Form.Item name="kind" label={t('portal.kind')}>
            <Select
              allowClear
              style={{ minWidth: 140 }}
              options={LIST_KINDS.map((k) => ({ value: k, label: k }))}
              aria-label={t('portal.kind')}
            />
          </Form.Item>
          <Form.Item>
            <Space wrap>
              <Button type="primary" htmlType="submit" data-testid="portal-search">
                {t('portal.search')}
              </Button>
              <Button icon={<DownloadOutlined />} href={publicApi.downloadUrl('xlsx', filters)}>
                .xlsx
              </Button>
              <Button icon={<DownloadOutlined />} href={publicApi.downloadUrl('csv', filters)}>
                .csv
              </Button>
            </Space>
          </Form.Item>
        </Form>
      </Card>
      <Typography.Paragraph data-testid="portal-total">{t('portal.total', { total: q.data?.total ?? 0 })}</Typography.Paragraph>
      {screens.md ? (
        <Table<PublicEntry>
          rowKey={(e) => `${e.listId}-${e.itemCode}`}
          loading={q.isLoading}
          dataSource={q.data?.items ?? []}
          pagination={false}
          data-testid="portal-table"
          columns={[
            {
              title: t('portal.item'),
              dataIndex: 'item',
              render: (v: string, e) => (
                <>
                  <div>{v}</div>
                  <span className="rx-muted">{e.legalBasis.text}</span>
                </>
              ),
            },
            { title: t('portal.kind'), dataIndex: 'kind', width: 110, render: (k: string) => <Tag color={KIND_COLOR[k]}>{k}</Tag> },
            {
              title: t('portal.conditions'),
              width: 260,
              render: (_, e) => (
                <>
                  {conditions(e)}
                  <div className="rx-muted">{e.conditionsText.join('；')}</div>
                </>
              ),
            },
            {
              title: t('portal.list'),
              width: 260,
              render: (_, e) => (
                <>
                  {e.listTitle}
                  <div className="rx-muted">{t('portal.versionOf', { issuer: e.issuer, version: e.version })}</div>
                </>
              ),
            },
            {
              title: t('portal.issuer'),
              width: 180,
              render: (_, e) => (
                <>
                  {e.issuer}
                  <div className="rx-muted">{t(`assistant.levels.${e.level}`)}</div>
                </>
              ),
            },
            {
              title: t('portal.effective'),
              width: 120,
              render: (_, e) => `${e.effectiveFrom} ${e.effectiveTo ? `~ ${e.effectiveTo}` : t('portal.open')}`,
            },
          ]}
        />
      ) : (
        <List<PublicEntry>
          loading={q.isLoading}
          dataSource={q.data?.items ?? []}
          data-testid="portal-cards"
          renderItem={(e) => (
            <List.Item style={{ display: 'block', padding: 0, border: 'none' }}>
              <Card size="small" style={{ marginBottom: 12 }}>
                <Space direction="vertical" size={4} style={{ width: '100%' }}>
                  <Tag color={KIND_COLOR[e.kind]}>{e.kind}</Tag>
                  <Typography.Text strong>{e.item}</Typography.Text>
                  <span className="rx-muted">{e.legalBasis.text}</span>
                  {conditions(e)}
                  <Typography.Text className="rx-muted">{e.conditionsText.join('；')}</Typography.Text>
                  <Typography.Text className="rx-muted">
                    {e.listTitle} · {e.issuer}（{t(`assistant.levels.${e.level}`)}） · {e.effectiveFrom}
                  </Typography.Text>
                </Space>
              </Card>
            </List.Item>
          )}
        />
      )}
      <Row justify="end" style={{ marginTop: 16 }}>
        <Col>
          <Pagination
            current={page}
            pageSize={pageSize}
            total={q.data?.total ?? 0}
            onChange={turn}
            showSizeChanger={!!screens.md}
            size={screens.md ? undefined : 'small'}
          />
        </Col>
      </Row>
      <Typography.Paragraph className="rx-muted" style={{ marginTop: 24 }}>
        {t('portal.feedNote')}
        <Typography.Text code>GET /api/v1/public/no-penalty-lists?page=1&amp;pageSize=20&amp;since=</Typography.Text>
        {t('portal.feedNoteDownloads')}
      </Typography.Paragraph>
    </PublicPage>
  );
}
