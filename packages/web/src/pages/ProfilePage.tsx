import { PasswordSchema } from '@rouxing/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Descriptions, Form, Input, Row, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { authApi, keys } from '../api/endpoints';
import { useCurrentUser } from '../app/auth';
import { showError, showSuccess } from '../app/feedback';
import { PageHeader } from '../components/PageHeader';
import { dash, formatDateTime } from '../lib/format';
import { applyFieldErrors, zodRule } from '../lib/forms';
import { SecondFactorCard } from './SecondFactorCard';

type PasswordForm = { currentPassword: string; newPassword: string; confirm: string };

/** 个人信息: the signed-in account and a password change. */
export default function ProfilePage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [form] = Form.useForm<PasswordForm>();
  const qc = useQueryClient();
  const change = useMutation({
    mutationFn: (v: PasswordForm) => authApi.changePassword({ currentPassword: v.currentPassword, newPassword: v.newPassword }),
    onSuccess: () => {
      form.resetFields();
      showSuccess(t('profile.passwordChanged'));
      void qc.invalidateQueries({ queryKey: keys.me });
    },
    onError: (e) => showError(e, applyFieldErrors(form, e, ['currentPassword', 'newPassword'])),
    meta: { silent: true },
  });
  return (
    <>
      <PageHeader title={t('menu.profile')} testId="page-profile" />
      {me.passwordExpired && (
        <Alert type="warning" showIcon data-testid="password-expired" title={t('profile.passwordExpired')} style={{ marginBottom: 16 }} />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card title={t('profile.account')}>
            <Descriptions column={1} bordered size="small">
              <Descriptions.Item label={t('profile.username')}>{me.username}</Descriptions.Item>
              <Descriptions.Item label={t('profile.displayName')}>{me.displayName}</Descriptions.Item>
              <Descriptions.Item label={t('profile.roles')}>
                {me.roles.map((r) => (
                  <Tag key={r} color="blue">
                    {t(`role.${r}`)}
                  </Tag>
                ))}
                {me.demo && <Tag color="orange">{t('common.demoAccount')}</Tag>}
              </Descriptions.Item>
              <Descriptions.Item label={t('profile.region')}>{`${me.regionName}（${me.regionCode}）`}</Descriptions.Item>
              <Descriptions.Item label={t('profile.department')}>{dash(me.departmentName)}</Descriptions.Item>
              <Descriptions.Item label={t('profile.certificateNo')}>{dash(me.certificateNo)}</Descriptions.Item>
              {me.entityUscc && <Descriptions.Item label={t('entity.field.uscc')}>{me.entityUscc}</Descriptions.Item>}
              <Descriptions.Item label={t('profile.lastLoginAt')}>{formatDateTime(me.lastLoginAt)}</Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('profile.changePassword')}>
            <Form form={form} layout="vertical" onFinish={(v) => change.mutate(v)} requiredMark>
              <Form.Item
                name="currentPassword"
                label={t('profile.currentPassword')}
                rules={[{ required: true, message: t('profile.currentPasswordRequired') }]}
              >
                <Input.Password autoComplete="current-password" />
              </Form.Item>
              <Form.Item
                name="newPassword"
                label={t('profile.newPassword')}
                extra={t('profile.passwordRule')}
                rules={[{ required: true, message: t('profile.newPasswordRequired') }, zodRule(PasswordSchema)]}
              >
                <Input.Password autoComplete="new-password" />
              </Form.Item>
              <Form.Item
                name="confirm"
                label={t('profile.confirmPassword')}
                dependencies={['newPassword']}
                rules={[
                  { required: true, message: t('profile.confirmRequired') },
                  ({ getFieldValue }) => ({
                    validator: async (_r, v) => {
                      if (v && v !== getFieldValue('newPassword')) {
                        throw new Error(t('profile.confirmMismatch'));
                      }
                    },
                  }),
                ]}
              >
                <Input.Password autoComplete="new-password" />
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={change.isPending}>
                {t('common.save')}
              </Button>
            </Form>
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <SecondFactorCard />
        </Col>
      </Row>
    </>
  );
}
