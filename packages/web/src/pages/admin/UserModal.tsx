import { CalendarDateSchema, ROLES, type User, type UserCreate, UserCreateSchema } from '@rouxing/contracts';
import { useMutation } from '@tanstack/react-query';
import { Form, Input, Modal, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { userApi } from '../../api/endpoints';
import { showError, showSuccess } from '../../app/feedback';
import { applyFieldErrors, zodRule } from '../../lib/forms';

/** Which account the dialog is for. */
export type UserEditing = { mode: 'create' } | { mode: 'edit'; user: User };

type FormValues = Omit<UserCreate, 'password'> & { password?: string; active?: boolean };

/** A new account starts as an officer (执法人员), active. */
const NEW_ACCOUNT: Partial<FormValues> = { roles: ['officer'], active: true };

/** A new account, or an account edited (its username and password are not changed here). */
export function UserModal({
  editing,
  regionCode,
  departments,
  onClose,
  onSaved,
}: {
  editing: UserEditing;
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
            certificateExpiresOn: v.certificateExpiresOn || null,
            active: v.active ?? true,
          })
        : userApi.create({
            ...v,
            regionCode,
            departmentId: v.departmentId ?? null,
            certificateNo: v.certificateNo || null,
            certificateExpiresOn: v.certificateExpiresOn || null,
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
      <Form<FormValues>
        form={form}
        layout="vertical"
        initialValues={user ? { ...user, departmentId: user.departmentId ?? undefined } : NEW_ACCOUNT}
        onFinish={(v) => save.mutate(v)}
      >
        <Form.Item
          name="username"
          label={t('profile.username')}
          rules={[{ required: true, message: t('form.required', { field: t('profile.username') }) }]}
        >
          <Input disabled={!!user} data-testid="user-username" />
        </Form.Item>
        <Form.Item
          name="displayName"
          label={t('profile.displayName')}
          rules={[{ required: true, message: t('form.required', { field: t('profile.displayName') }) }]}
        >
          <Input data-testid="user-display-name" />
        </Form.Item>
        <Form.Item
          name="roles"
          label={t('profile.roles')}
          rules={[{ required: true, message: t('form.required', { field: t('profile.roles') }) }]}
          extra={t('users.separation')}
        >
          <Select mode="multiple" options={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))} data-testid="user-roles" />
        </Form.Item>
        <Form.Item name="departmentId" label={t('profile.department')}>
          <Select allowClear showSearch optionFilterProp="label" options={departments} data-testid="user-department" />
        </Form.Item>
        <Form.Item name="certificateNo" label={t('profile.certificateNo')}>
          <Input data-testid="user-certificate-no" />
        </Form.Item>
        <Form.Item
          name="certificateExpiresOn"
          label={t('setup.user.certificateExpiresOn')}
          extra={t('setup.user.certificateExpiresOnHelp')}
          rules={[zodRule(CalendarDateSchema)]}
        >
          <Input placeholder="YYYY-MM-DD" inputMode="numeric" data-testid="user-certificate-expires-on" />
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
              <Input.Password autoComplete="new-password" data-testid="user-password" />
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
