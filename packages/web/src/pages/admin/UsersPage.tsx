import { PlusOutlined } from '@ant-design/icons';
import { ROLES, type User, type UserCreate, UserCreateSchema } from '@rouxing/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Form, Input, Modal, Select, Space, Switch, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { keys, userApi } from '../../api/endpoints';
import { useDepartments } from '../../api/hooks';
import { useCurrentUser } from '../../app/auth';
import { showError, showSuccess } from '../../app/feedback';
import { PageHeader } from '../../components/PageHeader';
import { dash, formatDateTime } from '../../lib/format';
import { applyFieldErrors } from '../../lib/forms';

type Editing = { mode: 'create' } | { mode: 'edit'; user: User } | null;

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

type FormValues = Omit<UserCreate, 'password'> & { password?: string; active?: boolean };

function UserModal({
  editing,
  regionCode,
  departments,
  onClose,
  onSaved,
}: {
  editing: NonNullable<Editing>;
  regionCode: string;
  departments: { value: string; label: string }[];
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<FormValues>();
  const user = editing.mode === 'edit' ? editing.user : null;
  const save = useMutation({
    mutationFn: (v: FormValues) =>
      user
        ? userApi.update(user.id, {
            displayName: v.displayName,
            roles: v.roles,
            departmentId: v.departmentId ?? null,
            certificateNo: v.certificateNo || null,
            active: v.active ?? true,
          })
        : userApi.create({
            ...v,
            regionCode,
            departmentId: v.departmentId ?? null,
            certificateNo: v.certificateNo || null,
            entityUscc: v.entityUscc || null,
            password: v.password ?? '',
          }),
    onSuccess: () => {
      showSuccess(t('common.saved'));
      onSaved();
    },
    onError: (e) => showError(e, applyFieldErrors(form, e, [...Object.keys(UserCreateSchema.shape), 'active'])),
  });
  return (
    <Modal
      open
      title={user ? t('users.edit') : t('users.new')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={user ? { ...user, departmentId: user.departmentId ?? undefined } : { roles: ['officer'], active: true }}
        onFinish={(v) => save.mutate(v)}
      >
        <Form.Item
          name="username"
          label={t('profile.username')}
          rules={[{ required: true, message: t('form.required', { field: t('profile.username') }) }]}
        >
          <Input disabled={!!user} />
        </Form.Item>
        <Form.Item
          name="displayName"
          label={t('profile.displayName')}
          rules={[{ required: true, message: t('form.required', { field: t('profile.displayName') }) }]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          name="roles"
          label={t('profile.roles')}
          rules={[{ required: true, message: t('form.required', { field: t('profile.roles') }) }]}
          extra={t('users.separation')}
        >
          <Select mode="multiple" options={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))} />
        </Form.Item>
        <Form.Item name="departmentId" label={t('profile.department')}>
          <Select allowClear options={departments} />
        </Form.Item>
        <Form.Item name="certificateNo" label={t('profile.certificateNo')}>
          <Input />
        </Form.Item>
        {!user && (
          <>
            <Form.Item name="entityUscc" label={t('entity.field.uscc')} extra={t('users.entityUsccHelp')}>
              <Input />
            </Form.Item>
            <Form.Item
              name="password"
              label={t('users.initialPassword')}
              extra={t('profile.passwordRule')}
              rules={[{ required: true, message: t('form.required', { field: t('users.initialPassword') }) }]}
            >
              <Input.Password autoComplete="new-password" />
            </Form.Item>
          </>
        )}
        {user && (
          <Form.Item name="active" label={t('users.active')} valuePropName="checked">
            <Switch />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
