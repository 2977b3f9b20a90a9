import { CheckOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Card, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { keys, type RolePermissions, securityApi } from '../../api/endpoints';
import { PageHeader } from '../../components/PageHeader';
import { codeKey } from '../../lib/permissions';

/** 角色权限 (安全管理员): the role × permission matrix the server enforces. */
export default function RolesPage() {
  const { t } = useTranslation();
  const q = useQuery({ queryKey: keys.roles, queryFn: securityApi.roles });
  const all = [...new Set((q.data ?? []).flatMap((r) => r.permissions))];
  return (
    <>
      <PageHeader title={t('menu.roles')} testId="page-roles" />
      <Card>
        <Table<RolePermissions>
          rowKey="role"
          loading={q.isLoading}
          dataSource={q.data ?? []}
          pagination={false}
          scroll={{ x: 1100 }}
          columns={[
            { title: t('profile.roles'), dataIndex: 'role', fixed: 'left', width: 140, render: (r: string) => t(`role.${r}`) },
            ...all.map((p) => ({
              title: t(`permission.${codeKey(p)}`),
              key: p,
              width: 110,
              align: 'center' as const,
              render: (_v: unknown, r: RolePermissions) =>
                r.permissions.includes(p) ? <CheckOutlined aria-label={t('common.yes')} /> : null,
            })),
          ]}
        />
      </Card>
    </>
  );
}
