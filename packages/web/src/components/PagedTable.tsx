import { Card, Space, Table, type TableProps } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Paging } from '../api/paged-list';

/**
 * A card with a filter bar above a table of a server-paged list (see `usePagedList`): the page's rows, the
 * total, fixed page size. Columns, row key and scroll width come from the page.
 */
export function PagedTable<T extends object>({
  list,
  filters,
  ...table
}: { list: Paging<T>; filters?: ReactNode } & Omit<TableProps<T>, 'dataSource' | 'loading' | 'pagination'>) {
  const { t } = useTranslation();
  const { query, page, pageSize, setPage } = list;
  return (
    <Card>
      {filters && (
        <Space wrap style={{ marginBottom: 16 }}>
          {filters}
        </Space>
      )}
      <Table<T>
        rowKey="id"
        {...table}
        loading={query.isLoading}
        dataSource={query.data?.items ?? []}
        pagination={{
          current: page,
          pageSize,
          total: query.data?.total ?? 0,
          onChange: setPage,
          showSizeChanger: false,
          showTotal: (total) => t('common.total', { total }),
        }}
      />
    </Card>
  );
}
