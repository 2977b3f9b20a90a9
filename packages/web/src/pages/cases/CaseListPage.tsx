import { PlusOutlined } from '@ant-design/icons';
import type { CaseState, CaseSummary } from '@rouxing/contracts';
import { CASE_STATES } from '@rouxing/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Card, Input, Select, Space, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { caseApi, caseKeys, LIVE } from '../../api/cases';
import { useCurrentUser } from '../../app/auth';
import { PageHeader } from '../../components/PageHeader';
import { can } from '../../lib/permissions';
import { OverdueTag, StateTag } from './shared';

const PAGE_SIZE = 20;

/** 柔性执法案件: the department's cases (the Judicial Bureau: all), filtered by state and searched. */
export default function CaseListPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const page = Number(params.get('page') ?? 1) || 1;
  const state = (params.get('state') ?? undefined) as CaseState | undefined;
  const q = params.get('q') ?? undefined;
  const query = { state, q, page, pageSize: PAGE_SIZE };
  const list = useQuery({ queryKey: caseKeys.list(query), queryFn: () => caseApi.list(query), placeholderData: keepPreviousData, ...LIVE });
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
  return (
    <>
      <PageHeader
        title={t('case.title')}
        testId="page-cases"
        extra={
          can(me, 'case.handle') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/cases/new')} data-testid="case-new">
              {t('case.new')}
            </Button>
          )
        }
      />
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          <Select
            allowClear
            placeholder={t('case.state')}
            aria-label={t('case.state')}
            style={{ width: 180 }}
            value={state}
            onChange={(v) => set('state', v)}
            options={CASE_STATES.map((s) => ({ value: s, label: t(`case.states.${s}`) }))}
            data-testid="case-filter-state"
          />
          <Input.Search
            allowClear
            defaultValue={q}
            placeholder={t('case.searchPlaceholder')}
            aria-label={t('case.searchPlaceholder')}
            style={{ width: 340 }}
            onSearch={(v) => set('q', v.trim() || undefined)}
            data-testid="case-search"
          />
        </Space>
        <Table<CaseSummary>
          rowKey="id"
          loading={list.isLoading}
          dataSource={list.data?.items ?? []}
          scroll={{ x: 960 }}
          pagination={{
            current: page,
            pageSize: PAGE_SIZE,
            total: list.data?.total ?? 0,
            onChange: (p) => set('page', String(p)),
            showSizeChanger: false,
            showTotal: (total) => t('common.total', { total }),
          }}
          columns={[
            {
              title: t('case.caseNo'),
              dataIndex: 'caseNo',
              width: 200,
              render: (v: string, r) => (
                <Link to={`/cases/${r.id}`} data-testid="case-row-link">
                  {v}
                </Link>
              ),
            },
            { title: t('case.party'), dataIndex: 'entityName' },
            ...(can(me, 'case.handle') ? [] : [{ title: t('case.department'), dataIndex: 'departmentName' }]),
            {
              title: t('case.state'),
              dataIndex: 'state',
              width: 150,
              render: (s: CaseState) => <StateTag state={s} />,
            },
            { title: t('case.origin'), dataIndex: 'origin', width: 100, render: (v: string) => t(`case.origins.${v}`) },
            { title: t('case.startedOn'), dataIndex: 'startedOn', width: 120 },
            {
              title: t('case.commitmentDeadline'),
              dataIndex: 'commitmentDeadline',
              width: 170,
              render: (v: string | null, r) => (
                <Space size={4}>
                  {v ?? '—'}
                  {r.commitmentOverdue && <OverdueTag />}
                </Space>
              ),
            },
          ]}
        />
      </Card>
    </>
  );
}
