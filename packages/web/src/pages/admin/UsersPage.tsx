import { PlusOutlined } from '@ant-design/icons';
import type { User } from '@rouxing/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Input, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { keys, userApi } from '../../api/endpoints';
import { useDepartments } from '../../api/hooks';
import { useCurrentUser } from '../../app/auth';
import { showError, showSuccess } from '../../app/feedback';
import { PageHeader } from '../../components/PageHeader';
import { dash, formatDateTime } from '../../lib/format';
import { type UserEditing, UserModal } from './UserModal';

type Editing = UserEditing | null;

/** 用户管理 (系统管理员): accounts of the region, roles, departments, 执法证号, unlock. */
export default function UsersPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const qc = useQueryClient();
  const [page, setPage] = useState(1);
  const [search, setSearch] = useState('');
  const [editing, setEditing] = useState<Editing>(null);
  const users = useQuery({
    queryKey: keys.users({ search, page }),
    queryFn: () => userApi.list({ q: search || undefined, page, pageSize: 20 }),
    placeholderData: keepPreviousData,
  });
  const depts = useDepartments();
  const unlock = useMutation({
    mutationFn: userApi.unlock,
    onSuccess: () => {
      showSuccess(t('users.unlocked'));
      qc.invalidateQueries({ queryKey: ['users'] });
    },
    onError: (e) => showError(e),
  });
  return (
    <>
      <PageHeader
        title={t('menu.users')}
        testId="page-users"
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ mode: 'create' })} data-testid="user-new">
            {t('users.new')}
          </Button>
        }
      />
      <Card>
        <Input.Search
          allowClear
          placeholder={t('users.search')}
          style={{ width: 280, marginBottom: 16 }}
          onSearch={(v) => {
            setSearch(v);
            setPage(1);
          }}
        />
        <Table<User>
          rowKey="id"
          size="middle"
          loading={users.isFetching}
          dataSource={users.data?.items ?? []}
          scroll={{ x: 900 }}
          pagination={{
            current: page,
            pageSize: 20,
            total: users.data?.total ?? 0,
            onChange: setPage,
            showTotal: (total) => t('common.total', { total }),
          }}
          columns={[
            { title: t('profile.username'), dataIndex: 'username', width: 120 },
            { title: t('profile.displayName'), dataIndex: 'displayName', width: 110 },
            { title: t('profile.roles'), dataIndex: 'roles', render: (rs: string[]) => rs.map((r) => <Tag key={r}>{t(`role.${r}`)}</Tag>) },
            { title: t('profile.department'), dataIndex: 'departmentName', render: dash },
            { title: t('profile.certificateNo'), dataIndex: 'certificateNo', width: 130, render: dash },
            {
              title: t('users.state'),
              key: 'state',
              width: 150,
              render: (_v, u) => (
                <Space size={4} wrap>
                  {u.active ? <Tag color="green">{t('users.active')}</Tag> : <Tag>{t('users.inactive')}</Tag>}
                  {u.lockedUntil && new Date(u.lockedUntil) > new Date() && <Tag color="red">{t('users.locked')}</Tag>}
                  {u.demo && <Tag color="orange">{t('common.demoAccount')}</Tag>}
                </Space>
              ),
            },
            { title: t('profile.lastLoginAt'), dataIndex: 'lastLoginAt', width: 170, render: formatDateTime },
            {
              title: t('common.actions'),
              key: 'actions',
              width: 150,
              render: (_v, u) => (
                <Space>
                  <Button size="small" onClick={() => setEditing({ mode: 'edit', user: u })}>
                    {t('common.edit')}
                  </Button>
                  {u.lockedUntil && new Date(u.lockedUntil) > new Date() && (
                    <Button size="small" onClick={() => unlock.mutate(u.id)}>
                      {t('users.unlock')}
                    </Button>
                  )}
                </Space>
              ),
            },
          ]}
        />
      </Card>
      {editing && (
        <UserModal
          editing={editing}
          regionCode={me.regionCode}
          departments={(depts.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            qc.invalidateQueries({ queryKey: ['users'] });
          }}
        />
      )}
    </>
  );
}
