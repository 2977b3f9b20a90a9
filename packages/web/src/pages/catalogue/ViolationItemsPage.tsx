import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import type { ViolationItem } from '@rouxing/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Space, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { catalogueApi } from '../../api/catalogue';
import { usePagedList } from '../../api/paged-list';
import { useCurrentUser } from '../../app/auth';
import { PagedTable } from '../../components/PagedTable';
import { PageHeader } from '../../components/PageHeader';
import { can } from '../../lib/permissions';
import { DepartmentFilter, SearchFilter } from './CatalogueFilters';
import { fineRange } from './fine-range';
import { ImportModal } from './ImportModal';
import { ViolationItemForm } from './ViolationItemForm';

type ItemFilter = { q?: string; departmentId?: string; domain?: string };

/** 违法行为目录: the catalogue every list entry and benchmark points at; a department's reviewers maintain its items. */
export default function ViolationItemsPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const qc = useQueryClient();
  const [editing, setEditing] = useState<ViolationItem | 'new' | null>(null);
  const [importing, setImporting] = useState(false);
  const items = usePagedList<ViolationItem, ItemFilter>('violation-items', catalogueApi.items);
  const { filters, refine } = items;
  const writer = can(me, 'catalogue.write');
  return (
    <>
      <PageHeader
        title={t('rules.catalogue')}
        testId="page-violation-items"
        extra={
          writer && (
            <Space>
              <Button icon={<UploadOutlined />} onClick={() => setImporting(true)} data-testid="items-import">
                {t('rules.import')}
              </Button>
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="items-new">
                {t('rules.newItem')}
              </Button>
            </Space>
          )
        }
      />
      <PagedTable<ViolationItem>
        list={items}
        scroll={{ x: 1150 }}
        filters={
          <>
            <SearchFilter placeholder={t('rules.searchItems')} width={300} onSearch={(q) => refine({ q })} testId="items-q" />
            <DepartmentFilter
              value={filters.departmentId}
              onChange={(departmentId) => refine({ departmentId })}
              testId="items-department"
            />
            <SearchFilter placeholder={t('rules.domain')} width={200} onSearch={(domain) => refine({ domain })} testId="items-domain" />
          </>
        }
        columns={[
          { title: t('rules.code'), dataIndex: 'code', width: 120 },
          { title: t('rules.itemName'), dataIndex: 'name' },
          { title: t('rules.department'), dataIndex: 'departmentName', width: 150 },
          { title: t('rules.domain'), dataIndex: 'domain', width: 110 },
          { title: t('rules.basis'), render: (_, r) => r.legalBasis.text, width: 260 },
          { title: t('rules.fineRange'), width: 140, render: (_, r) => fineRange(r.fineMin, r.fineMax) },
          { title: t('rules.key'), width: 70, render: (_, r) => (r.key ? <Tag color="red">{t('rules.keyTag')}</Tag> : null) },
          {
            title: '',
            width: 70,
            render: (_, r) =>
              writer && me.departmentId === r.departmentId ? (
                <Button type="link" onClick={() => setEditing(r)} data-testid="item-edit">
                  {t('common.edit')}
                </Button>
              ) : null,
          },
        ]}
      />
      {editing && (
        <ViolationItemForm
          item={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={() => qc.invalidateQueries({ queryKey: ['violation-items'] })}
        />
      )}
      <ImportModal
        open={importing}
        onClose={() => setImporting(false)}
        onDone={() => qc.invalidateQueries({ queryKey: ['violation-items'] })}
      />
    </>
  );
}
