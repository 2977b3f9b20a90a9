import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import type { NoPenaltyList, RuleStatus } from '@rouxing/contracts';
import { Button, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { catalogueApi } from '../../api/catalogue';
import { usePagedList } from '../../api/paged-list';
import { useCurrentUser } from '../../app/auth';
import { PagedTable } from '../../components/PagedTable';
import { PageHeader } from '../../components/PageHeader';
import { can } from '../../lib/permissions';
import { DepartmentFilter, SearchFilter, StatusFilter } from './CatalogueFilters';
import { ListImportModal } from './ListImportModal';
import { useListStep } from './queries';
import { ReviewActions, StatusTag } from './ReviewActions';

type ListFilter = { q?: string; departmentId?: string; status?: RuleStatus };

/** 不予处罚清单: every version of every list of the region, with its review status and workflow. */
export default function NoPenaltyListsPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const [importing, setImporting] = useState(false);
  const lists = usePagedList<NoPenaltyList, ListFilter>('no-penalty-lists', catalogueApi.lists);
  const { filters, refine } = lists;
  const step = useListStep();
  return (
    <>
      <PageHeader
        title={t('rules.lists')}
        testId="page-no-penalty-lists"
        extra={
          can(me, 'rules.draft') && (
            <Space>
              <Button icon={<UploadOutlined />} onClick={() => setImporting(true)} data-testid="lists-import">
                {t('rules.import')}
              </Button>
              <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/rules/no-penalty-lists/new')} data-testid="list-new">
                {t('rules.newList')}
              </Button>
            </Space>
          )
        }
      />
      <PagedTable<NoPenaltyList>
        list={lists}
        scroll={{ x: 1350 }}
        filters={
          <>
            <SearchFilter placeholder={t('rules.searchLists')} width={300} onSearch={(q) => refine({ q })} testId="lists-q" />
            <DepartmentFilter
              value={filters.departmentId}
              onChange={(departmentId) => refine({ departmentId })}
              testId="lists-department"
            />
            <StatusFilter value={filters.status} onChange={(status) => refine({ status })} testId="lists-status" />
          </>
        }
        columns={[
          {
            title: t('rules.listTitle'),
            dataIndex: 'title',
            render: (v: string, r) => (
              <Link to={`/rules/no-penalty-lists/${r.id}`} data-testid="list-link">
                {v}
              </Link>
            ),
          },
          { title: t('rules.version'), dataIndex: 'version', width: 70 },
          { title: t('rules.statusTitle'), width: 90, render: (_, r) => <StatusTag status={r.displayStatus} /> },
          { title: t('rules.level'), dataIndex: 'level', width: 90, render: (v: string) => t(`assistant.levels.${v}`) },
          { title: t('rules.issuer'), dataIndex: 'issuer', width: 150 },
          { title: t('rules.department'), dataIndex: 'departmentName', width: 150 },
          { title: t('rules.domain'), dataIndex: 'domain', width: 110 },
          { title: t('rules.entries'), dataIndex: 'entryCount', width: 60 },
          {
            title: t('rules.effectiveDates'),
            width: 110,
            render: (_, r) => (
              <>
                <div>{r.effectiveFrom}</div>
                <div className="rx-muted">~ {r.effectiveTo ?? t('portal.open')}</div>
              </>
            ),
          },
          {
            title: t('common.actions'),
            width: 200,
            fixed: 'right',
            render: (_, r) => (
              <ReviewActions
                version={r}
                size="small"
                busy={step.isPending && step.variables?.id === r.id}
                onStep={(s, body) => step.mutate({ id: r.id, s, body })}
                onEdit={() => navigate(`/rules/no-penalty-lists/${r.id}/edit`)}
              />
            ),
          },
        ]}
      />
      <ListImportModal open={importing} onClose={() => setImporting(false)} />
    </>
  );
}
