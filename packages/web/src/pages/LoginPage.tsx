import { LockOutlined, SafetyOutlined, UserOutlined } from '@ant-design/icons';
import type { LoginBody, SecondFactorSetup } from '@rouxing/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { isApiError } from '../api/client';
import { authApi, keys } from '../api/endpoints';
import { useMe } from '../app/auth';
import { LanguageSwitch } from '../app/LanguageSwitch';
import { PlatformMark } from '../app/PlatformMark';
import { homePath } from '../lib/permissions';

/** Only same-site paths are followed after login (no open redirect). */
function safeRedirect(raw: string | null): string | null {
  return raw?.startsWith('/') && !raw.startsWith('//') ? raw : null;
}

export default function LoginPage() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { data: me } = useMe();
  const [form] = Form.useForm<LoginBody>();
  // Asked for once the server says the account has a second factor (AUTH.SECOND_FACTOR_REQUIRED).
  const [needsCode, setNeedsCode] = useState(false);
  // The region requires staff to enrol (AUTH.SECOND_FACTOR_ENROL): the secret to add to the authenticator.
  const [enrolment, setEnrolment] = useState<SecondFactorSetup | null>(null);
  const enrol = useMutation({
    mutationFn: authApi.enrolSecondFactor,
    meta: { handles401: true, silent: true },
    onSuccess: (setup) => {
      setEnrolment(setup);
      setNeedsCode(true);
    },
  });
  const login = useMutation({
    mutationFn: authApi.login,
    meta: { handles401: true },
    onSuccess: (user) => {
      qc.clear();
      qc.setQueryData(keys.me, user);
      navigate(safeRedirect(params.get('redirect')) ?? homePath(user), { replace: true });
    },
    onError: (e) => {
      if (isApiError(e) && (e.code === 'AUTH.SECOND_FACTOR_REQUIRED' || e.code === 'AUTH.SECOND_FACTOR_BAD')) {
        setNeedsCode(true);
      }
      if (isApiError(e) && e.code === 'AUTH.SECOND_FACTOR_ENROL' && !enrolment) {
        const { username, password } = form.getFieldsValue();
        enrol.mutate({ username, password });
      }
      if (isApiError(e) && e.fields.length > 0) {
        form.setFields(
          e.fields
            .filter(
              (f): f is { path: 'username' | 'password' | 'totp'; message: string } =>
                f.path === 'username' || f.path === 'password' || f.path === 'totp',
            )
            .map((f) => ({ name: f.path, errors: [f.message] })),
        );
      }
    },
  });

  if (me && !login.isPending) {
    return <Navigate to={safeRedirect(params.get('redirect')) ?? homePath(me)} replace />;
  }

  // The refusal that led to the set-up step is said by the step itself (its info box), not as an error.
  const stepShown =
    enrolment && isApiError(login.error) && login.error.code === 'AUTH.SECOND_FACTOR_ENROL' && login.error.fields.length === 0;
  const error = enrol.error ?? (stepShown ? null : login.error);
  const errorText = error ? (isApiError(error) && error.message) || t('error.network') : null;

  return (
    <main className="rx-login">
      <div className="rx-login-top">
        <LanguageSwitch dark />
      </div>
      <PlatformMark large />
      <Card className="rx-login-card" title={t('auth.loginTitle')}>
        {errorText && (
          <Alert
            type={isApiError(error) && error.status === 423 ? 'warning' : 'error'}
            showIcon
            title={errorText}
            style={{ marginBottom: 16 }}
            data-testid="login-error"
            role="alert"
          />
        )}
        <Form form={form} layout="vertical" size="large" requiredMark={false} onFinish={(v) => login.mutate(v)} autoComplete="on">
          <Form.Item
            name="username"
            label={t('auth.username')}
            rules={[{ required: true, whitespace: true, message: t('auth.usernameRequired') }]}
          >
            <Input
              prefix={<UserOutlined />}
              autoComplete="username"
              data-testid="login-username"
              placeholder={t('auth.usernamePlaceholder')}
            />
          </Form.Item>
          <Form.Item name="password" label={t('auth.password')} rules={[{ required: true, message: t('auth.passwordRequired') }]}>
            <Input.Password
              prefix={<LockOutlined />}
              autoComplete="current-password"
              data-testid="login-password"
              placeholder={t('auth.passwordPlaceholder')}
            />
          </Form.Item>
          {enrolment && (
            <div data-testid="login-enrol">
              <Alert type="info" showIcon title={t('auth.enrolTitle')} description={t('auth.enrolScan')} style={{ marginBottom: 12 }} />
              <img src={enrolment.qrDataUrl} alt={t('profile.totpQrAlt')} width={180} height={180} />
              <Typography.Paragraph>
                {t('profile.totpSecret')}
                <Typography.Text code copyable={{ text: enrolment.secret }}>
                  <span data-testid="login-enrol-secret">{enrolment.secret}</span>
                </Typography.Text>
              </Typography.Paragraph>
            </div>
          )}
          {needsCode && (
            <Form.Item
              name="totp"
              label={t('auth.totp')}
              extra={enrolment ? t('auth.enrolHint') : t('auth.totpHint')}
              rules={[{ required: true, pattern: /^\d{6}$/, message: t('auth.totpRequired') }]}
            >
              <Input
                prefix={<SafetyOutlined />}
                inputMode="numeric"
                autoComplete="one-time-code"
                maxLength={6}
                autoFocus
                data-testid="login-totp"
              />
            </Form.Item>
          )}
          <Button type="primary" htmlType="submit" block loading={login.isPending || enrol.isPending} data-testid="login-submit">
            {t('auth.login')}
          </Button>
        </Form>
      </Card>
      <div className="rx-login-foot">{t('app.footer')}</div>
    </main>
  );
}
