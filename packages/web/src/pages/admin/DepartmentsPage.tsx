import type { Department } from '@rouxing/contracts';
import { Card, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDepartments } from '../../api/hooks';
import { PageHeader } from '../../components/PageHeader';

/** 部门管理: the departments of the region (seeded; editing them comes with the organisation work). */
export default function DepartmentsPage() {
  const { t } = useTranslation();
  const q = useDepartments();
  return (
    <>
      <PageHeader title={t('menu.departments')} testId="page-departments" />
      <Card>
        <Table<Department>
          rowKey="id"
          loading={q.isLoading}
          dataSource={q.data ?? []}
          pagination={false}
          columns={[
            { title: t('departments.code'), dataIndex: 'code', width: 120 },
            { title: t('departments.name'), dataIndex: 'name' },
            { title: t('profile.region'), dataIndex: 'regionCode', width: 140 },
          ]}
        />
      </Card>
    </>
  );
}
