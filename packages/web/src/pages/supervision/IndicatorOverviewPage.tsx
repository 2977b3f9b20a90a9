import type { IndicatorOverview, IndicatorSourceRecord, JointRateVisit } from '@rouxing/contracts';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Drawer, InputNumber, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { indicatorApi, indicatorKeys } from '../../api/indicators';
import { PageHeader } from '../../components/PageHeader';
import { IndicatorChart } from './IndicatorChart';

type Item = IndicatorOverview['indicators'][number];
type Row = Item['departments'][number];

const shown = (unit: string, v: number | null) => (v === null ? '—' : unit === 'rate' ? `${(v * 100).toFixed(1)}%` : String(v));

/**
 * 督导考评 · 总览 (issue 12 items 1–2): each maintained indicator city-wide and per department, as a table and a bar
 * chart with the target line; a department's figure opens the records behind it. The figures are kept current by the
 * server as records are written; the page polls them.
 */
export default function IndicatorOverviewPage() {
  const { t } = useTranslation();
  const [year, setYear] = useState(new Date().getFullYear());
  const [month, setMonth] = useState<number | null>(null);
  const period = month ? `${year}-${String(month).padStart(2, '0')}` : String(year);
  const [drill, setDrill] = useState<{ item: Item; departmentId: string | null; name: string } | null>(null);
  const overview = useQuery({
    queryKey: indicatorKeys.overview(period),
    queryFn: () => indicatorApi.overview(period),
    refetchInterval: 3000,
  });
  return (
    <>
      <PageHeader
        title={t('indicators.title')}
        testId="page-indicators"
        extra={
          <Space wrap>
            <InputNumber value={year} min={2000} max={2100} onChange={(v) => v && setYear(v)} aria-label={t('indicators.year')} />
            <Select
              value={month ?? 0}
              style={{ width: 110 }}
              aria-label={t('indicators.month')}
              onChange={(v) => setMonth(v || null)}
              options={[
                { value: 0, label: t('indicators.wholeYear') },
                ...Array.from({ length: 12 }, (_, i) => ({ value: i + 1, label: t('indicators.monthN', { n: i + 1 }) })),
              ]}
            />
            <Button href={indicatorApi.xlsxUrl(period)} download data-testid="indicators-export">
              {t('indicators.export')}
            </Button>
          </Space>
        }
      />
      {(overview.data?.indicators ?? []).map((item) => (
        <Card
          key={item.key}
          title={item.name}
          style={{ marginBottom: 16 }}
          data-testid={`indicator-${item.key}`}
          extra={
            item.target !== null && (
              <Typography.Text type="secondary">{t('indicators.targetIs', { target: shown(item.unit, item.target) })}</Typography.Text>
            )
          }
        >
          <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
            {item.definition}
          </Typography.Paragraph>
          <Space wrap style={{ marginBottom: 8 }}>
            <span>{t('indicators.cityWide')}</span>
            <Button
              type="link"
              style={{ padding: 0 }}
              data-testid={`figure-${item.key}-city`}
              onClick={() => setDrill({ item, departmentId: null, name: t('indicators.cityWide') })}
            >
              {shown(item.unit, item.cityWide.value)}（{item.cityWide.numerator}/{item.cityWide.denominator}）
            </Button>
          </Space>
          <IndicatorChart
            bars={item.departments.map((d) => ({ name: d.departmentName, value: d.value }))}
            target={item.target}
            rate={item.unit === 'rate'}
            targetLabel={t('indicators.target')}
          />
          <Table<Row>
            size="small"
            rowKey="departmentId"
            pagination={false}
            scroll={{ x: 480 }}
            dataSource={item.departments}
            data-testid={`indicator-table-${item.key}`}
            columns={[
              { title: t('indicators.department'), dataIndex: 'departmentName' },
              {
                title: item.name,
                dataIndex: 'value',
                render: (_: unknown, d: Row) => (
                  <Button
                    type="link"
                    style={{ padding: 0 }}
                    data-testid={`figure-${item.key}-${d.departmentId}`}
                    onClick={() => setDrill({ item, departmentId: d.departmentId, name: d.departmentName })}
                  >
                    {shown(item.unit, d.value)}
                  </Button>
                ),
              },
              { title: t('indicators.numerator'), dataIndex: 'numerator' },
              { title: t('indicators.denominator'), dataIndex: 'denominator' },
              {
                title: t('indicators.reached'),
                render: (_: unknown, d: Row) =>
                  item.target === null || d.value === null ? (
                    '—'
                  ) : (item.direction === 'higher_is_better' ? d.value >= item.target : d.value <= item.target) ? (
                    <Tag color="green">{t('indicators.yes')}</Tag>
                  ) : (
                    <Tag color="red">{t('indicators.no')}</Tag>
                  ),
              },
            ]}
          />
        </Card>
      ))}
      <Drawer
        open={drill !== null}
        onClose={() => setDrill(null)}
        size="large"
        title={drill ? `${drill.item.name} · ${drill.name} · ${period}` : ''}
        destroyOnHidden
      >
        {drill && <DrillDown indicator={drill.item.key} period={period} departmentId={drill.departmentId} />}
      </Drawer>
    </>
  );
}

function DrillDown({ indicator, period, departmentId }: { indicator: string; period: string; departmentId: string | null }) {
  const { t } = useTranslation();
  const records = useQuery({
    queryKey: indicatorKeys.records(indicator, period, departmentId),
    queryFn: () => indicatorApi.records(indicator, period, departmentId),
  });
  if (indicator !== 'joint-rate') {
    return (
      <Table<IndicatorSourceRecord>
        size="small"
        rowKey="id"
        loading={records.isLoading}
        dataSource={(records.data ?? []) as IndicatorSourceRecord[]}
        pagination={false}
        scroll={{ x: 560 }}
        data-testid="indicator-records"
        columns={[
          { title: t('indicators.recordDate'), dataIndex: 'date' },
          { title: t('indicators.departments'), dataIndex: 'departmentNames', render: (d: string[]) => d.join('、') },
          { title: t('indicators.recordTitle'), dataIndex: 'title' },
          { title: t('indicators.recordDetail'), dataIndex: 'detail' },
          { title: t('indicators.recordAmount'), dataIndex: 'amount' },
        ]}
      />
    );
  }
  return (
    <Table<JointRateVisit>
      size="small"
      rowKey="visitId"
      loading={records.isLoading}
      dataSource={(records.data ?? []) as JointRateVisit[]}
      pagination={false}
      scroll={{ x: 560 }}
      data-testid="indicator-records"
      columns={[
        { title: t('indicators.entity'), dataIndex: 'entityName' },
        { title: t('indicators.checkedInOn'), dataIndex: 'checkedInOn' },
        { title: t('indicators.departments'), dataIndex: 'departmentNames', render: (d: string[]) => d.join('、') },
        {
          title: t('indicators.joint'),
          dataIndex: 'joint',
          render: (j: boolean) => (j ? <Tag color="blue">{t('indicators.jointVisit')}</Tag> : t('indicators.singleVisit')),
        },
      ]}
    />
  );
}
