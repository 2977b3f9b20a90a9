import { PlusOutlined } from '@ant-design/icons';
import type { InspectionPlan } from '@rouxing/contracts';
import { PLAN_STATUSES } from '@rouxing/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Card, Col, Row, Select, Space, Statistic, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { inspectionApi } from '../../api/inspections';
import { useCurrentUser } from '../../app/auth';
import { PageHeader } from '../../components/PageHeader';
import { formatDateTime } from '../../lib/format';
import { can, isEnterpriseAccount } from '../../lib/permissions';

/** The year's indicators (常政办发〔2025〕5号 第四项, 保障措施): the Judicial Bureau sees the region, a department its own. */
function MetricsCard() {
  const { t } = useTranslation();
  const year = new Date().getFullYear();
  const m = useQuery({ queryKey: ['inspection-metrics', year], queryFn: () => inspectionApi.metrics(year) });
  if (!m.data) {
    return null;
  }
  const d = m.data;
  return (
    <Card style={{ marginBottom: 16 }} title={t('inspection.metricsTitle', { year })}>
      <Row gutter={16}>
        <Col xs={12} md={6}>
          <Statistic
            title={t('inspection.jointRate')}
            value={(d.foodDrugCatering.jointRate * 100).toFixed(1)}
            suffix={`% / ${t('inspection.target')} ${d.foodDrugCatering.target * 100}%`}
            valueStyle={{ color: d.foodDrugCatering.jointRate >= d.foodDrugCatering.target ? '#237804' : '#ad4e00' }}
          />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t('inspection.visitsPerEntity')} value={d.visitsPerEntity.toFixed(2)} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t('inspection.prevented')} value={d.repeatedInspectionsPrevented} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t('inspection.exemptionsUsed')} value={d.exemptionsUsed} />
        </Col>
      </Row>
    </Card>
  );
}

/** 触发式检查任务: complaints or alerts that met a rule, waiting for an inspection plan. */
function TriggeredTasksCard() {
  const { t } = useTranslation();
  const q = useQuery({ queryKey: ['triggered-tasks'], queryFn: inspectionApi.triggeredTasks });
  const open = (q.data ?? []).filter((x) => x.status === 'open');
  if (open.length === 0) {
    return null;
  }
  return (
    <Card style={{ marginBottom: 16 }} title={t('inspection.triggeredTitle')} data-testid="triggered-tasks">
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={open}
        columns={[
          { title: t('inspection.entity'), dataIndex: 'entityName' },
          { title: t('inspection.items'), dataIndex: 'itemName' },
          { title: t('inspection.signals'), dataIndex: 'signals', width: 120 },
          { title: t('inspection.triggeredAt'), dataIndex: 'createdAt', width: 180, render: (v: string) => formatDateTime(v) },
        ]}
      />
    </Card>
  );
}

export const STATUS_COLOR: Record<string, string> = {
  pending_approval: 'gold',
  approved: 'green',
  rejected: 'red',
  checked_in: 'blue',
  completed: 'default',
  cancelled: 'default',
};

/** 入企检查: the department's plans (the Judicial Bureau: all; an enterprise: its own). */
export default function InspectionListPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const page = Number(params.get('page') ?? 1) || 1;
  const status = params.get('status') ?? undefined;
  const q = useQuery({
    queryKey: ['inspections', status, page],
    queryFn: () => inspectionApi.list({ status, page, pageSize: 20 }),
    placeholderData: keepPreviousData,
  });
  const set = (k: string, v: string | undefined) => {
    const next = new URLSearchParams(params);
    if (v) {
      next.set(k, v);
    } else {
      next.delete(k);
    }
    if (k !== 'page') {
      next.delete('page');
    }
    setParams(next);
  };
  const enterprise = isEnterpriseAccount(me);
  return (
    <>
      <PageHeader
        title={t(enterprise ? 'inspection.myTitle' : 'inspection.title')}
        testId="page-inspections"
        extra={
          can(me, 'inspection.plan') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/inspections/new')} data-testid="inspection-new">
              {t('inspection.new')}
            </Button>
          )
        }
      />
      {!enterprise && <MetricsCard />}
      {!enterprise && <TriggeredTasksCard />}
      <Card>
        <Space style={{ marginBottom: 16 }}>
          <Select
            allowClear
            aria-label={t('inspection.status')}
            placeholder={t('inspection.status')}
            style={{ width: 160 }}
            value={status}
            onChange={(v) => set('status', v)}
            options={PLAN_STATUSES.map((s) => ({ value: s, label: t(`inspection.statuses.${s}`) }))}
          />
        </Space>
        <Table<InspectionPlan>
          rowKey="id"
          loading={q.isLoading}
          dataSource={q.data?.items ?? []}
          // The enterprise's few columns wrap on a phone; a scrolled region would need its own keyboard focus (axe).
          scroll={enterprise ? undefined : { x: 900 }}
          data-testid="inspection-plans"
          pagination={{
            current: page,
            pageSize: 20,
            total: q.data?.total ?? 0,
            onChange: (p) => set('page', String(p)),
            showSizeChanger: false,
            showTotal: (total) => t('common.total', { total }),
          }}
          columns={[
            {
              title: t('inspection.entity'),
              dataIndex: 'entityName',
              render: (v: string, r) => (
                <Link to={`/inspections/${r.id}`} data-testid="inspection-row-link">
                  {v}
                </Link>
              ),
            },
            { title: t('inspection.department'), dataIndex: 'departmentName' },
            { title: t('inspection.type'), dataIndex: 'type', width: 100, render: (v: string) => t(`inspection.types.${v}`) },
            { title: t('inspection.window'), width: 210, render: (_, r) => `${r.windowFrom} ~ ${r.windowTo}` },
            { title: t('inspection.officers'), render: (_, r) => r.officers.map((o) => o.displayName).join('、') },
            {
              title: t('inspection.status'),
              dataIndex: 'status',
              width: 110,
              render: (s: string) => <Tag color={STATUS_COLOR[s]}>{t(`inspection.statuses.${s}`)}</Tag>,
            },
            {
              title: t('inspection.rating'),
              width: 90,
              render: (_, r) =>
                r.rated ? <Tag color="blue">{t('inspection.rated')}</Tag> : r.status === 'completed' ? t('inspection.notRated') : '—',
            },
          ]}
        />
      </Card>
    </>
  );
}
