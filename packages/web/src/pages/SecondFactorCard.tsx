import type { SecondFactorSetup } from '@rouxing/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { authApi, keys } from '../api/endpoints';
import { useCurrentUser } from '../app/auth';
import { showError, showSuccess } from '../app/feedback';
import { applyFieldErrors } from '../lib/forms';

/**
 * 动态验证码 (TOTP, RFC 6238) in 个人信息: a secret shown as a QR code for the authenticator app, proved by the
 * code it shows; from then on a login needs that code as well. A lost device is reset by the security administrator.
 */
export function SecondFactorCard() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const qc = useQueryClient();
  const [form] = Form.useForm<{ code: string }>();
  const [setup, setSetup] = useState<SecondFactorSetup | null>(null);
  const start = useMutation({ mutationFn: authApi.setUpSecondFactor, onSuccess: setSetup });
  const enable = useMutation({
    mutationFn: (v: { code: string }) => authApi.enableSecondFactor(v),
    onSuccess: (user) => {
      qc.setQueryData(keys.me, user);
      setSetup(null);
      showSuccess(t('profile.totpEnabled'));
    },
    onError: (e) => showError(e, applyFieldErrors(form, e, ['code'])),
    meta: { silent: true },
  });
  return (
    <Card title={t('profile.totpTitle')} data-testid="second-factor">
      {me.secondFactor ? (
        <Alert type="success" showIcon title={t('profile.totpOn')} data-testid="second-factor-on" />
      ) : setup ? (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Typography.Paragraph>{t('profile.totpScan')}</Typography.Paragraph>
          <img src={setup.qrDataUrl} alt={t('profile.totpQrAlt')} width={200} height={200} />
          <Typography.Paragraph>
            {t('profile.totpSecret')}
            <Typography.Text code copyable={{ text: setup.secret }}>
              <span data-testid="second-factor-secret">{setup.secret}</span>
            </Typography.Text>
          </Typography.Paragraph>
          <Form form={form} layout="inline" onFinish={(v) => enable.mutate(v)}>
            <Form.Item name="code" label={t('auth.totp')} rules={[{ required: true, pattern: /^\d{6}$/, message: t('auth.totpRequired') }]}>
              <Input inputMode="numeric" autoComplete="one-time-code" maxLength={6} data-testid="second-factor-code" />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={enable.isPending} data-testid="second-factor-enable">
              {t('profile.totpEnable')}
            </Button>
          </Form>
        </Space>
      ) : (
        <Space direction="vertical">
          <Typography.Paragraph>{t('profile.totpIntro')}</Typography.Paragraph>
          <Button onClick={() => start.mutate()} loading={start.isPending} data-testid="second-factor-start">
            {t('profile.totpStart')}
          </Button>
        </Space>
      )}
    </Card>
  );
}
