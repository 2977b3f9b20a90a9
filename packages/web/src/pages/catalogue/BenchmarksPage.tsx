import { PlusOutlined } from '@ant-design/icons';
import type { DiscretionBenchmark, RuleStatus } from '@rouxing/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { catalogueApi } from '../../api/catalogue';
import { usePagedList } from '../../api/paged-list';
import { useCurrentUser } from '../../app/auth';
import { PagedTable } from '../../components/PagedTable';
import { PageHeader } from '../../components/PageHeader';
import { can } from '../../lib/permissions';
import { BenchmarkForm } from './BenchmarkForm';
import { DepartmentFilter, SearchFilter, StatusFilter } from './CatalogueFilters';
import { fineRange, tierYuan } from './fine-range';
import { useBenchmarkStep } from './queries';
import { ReviewActions, StatusTag } from './ReviewActions';

type BenchmarkFilter = { violationCode?: string; departmentId?: string; status?: RuleStatus };

/** 行政裁量基准: per item and level, drafted and published like the lists (行政处罚法 第三十四条). */
export default function BenchmarksPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const qc = useQueryClient();
  const [editing, setEditing] = useState<DiscretionBenchmark | 'new' | null>(null);
  const list = usePagedList<DiscretionBenchmark, BenchmarkFilter>('benchmarks', catalogueApi.benchmarks);
  const { filters, refine } = list;
  const step = useBenchmarkStep();
  return (
    <>
      <PageHeader
        title={t('rules.benchmarks')}
        testId="page-benchmarks"
        extra={
          can(me, 'rules.draft') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="benchmark-new">
              {t('rules.newBenchmark')}
            </Button>
          )
        }
      />
      <PagedTable<DiscretionBenchmark>
        list={list}
        scroll={{ x: 1350 }}
        filters={
          <>
            <SearchFilter
              placeholder={t('rules.searchBenchmarks')}
              width={300}
              onSearch={(v) => refine({ violationCode: v?.trim() || undefined })}
              testId="benchmarks-code"
            />
            <DepartmentFilter
              value={filters.departmentId}
              onChange={(departmentId) => refine({ departmentId })}
              testId="benchmarks-department"
            />
            <StatusFilter value={filters.status} onChange={(status) => refine({ status })} testId="benchmarks-status" />
          </>
        }
        columns={[
          { title: t('rules.code'), width: 220, render: (_, b) => `${b.violationCode} ${b.violationName ?? ''}` },
          { title: t('rules.version'), dataIndex: 'version', width: 70 },
          {
            title: t('rules.statusTitle'),
            width: 110,
            render: (_, b) => (
              <>
                <StatusTag status={b.displayStatus} />
                {b.status === 'draft' && b.rejectionReason && (
                  <Typography.Text type="warning" style={{ display: 'block', fontSize: 12 }}>
                    {t('rules.returned', { reason: b.rejectionReason })}
                  </Typography.Text>
                )}
              </>
            ),
          },
          { title: t('rules.level'), width: 90, render: (_, b) => t(`assistant.levels.${b.level}`) },
          { title: t('rules.issuer'), dataIndex: 'issuer', width: 150 },
          { title: t('rules.department'), dataIndex: 'departmentName', width: 150 },
          { title: t('rules.fineRange'), width: 140, render: (_, b) => fineRange(b.fine.min, b.fine.max) },
          {
            title: t('rules.tiers'),
            width: 210,
            render: (_, b) =>
              (['lighter', 'ordinary', 'heavier'] as const).map((k) => {
                const [lo, hi] = tierYuan(b.fine.min, b.fine.max, b.tiers[k]);
                return <div key={k}>{`${t(`rules.tier.${k}`)} ${fineRange(lo, hi)}`}</div>;
              }),
          },
          {
            title: t('common.actions'),
            width: 200,
            fixed: 'right',
            render: (_, b) => (
              <ReviewActions
                version={b}
                size="small"
                busy={step.isPending && step.variables?.id === b.id}
                onStep={(s, body) => step.mutate({ id: b.id, s, body })}
                onEdit={() => setEditing(b)}
              />
            ),
          },
        ]}
      />
      {editing && (
        <BenchmarkForm
          benchmark={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={() => qc.invalidateQueries({ queryKey: ['benchmarks'] })}
        />
      )}
    </>
  );
}
