import type { SecondFactorAccount } from '@rouxing/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Popconfirm, Space, Switch, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { keys, securityApi } from '../../api/endpoints';
import { useCurrentUser } from '../../app/auth';
import { showError, showSuccess } from '../../app/feedback';
import { can } from '../../lib/permissions';

/**
 * 动态验证码 (安全管理员, decision 0024): whether every staff account must enrol the second factor before it gets
 * a session, and the staff accounts' factors with a reset for a lost device.
 */
export function SecondFactorPolicyCard() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const qc = useQueryClient();
  const manage = can(me, 'security.manage');
  const policy = useQuery({ queryKey: keys.secondFactorPolicy, queryFn: securityApi.secondFactorPolicy });
  const accounts = useQuery({ queryKey: keys.secondFactorAccounts, queryFn: securityApi.secondFactorAccounts });
  const setPolicy = useMutation({
    mutationFn: securityApi.setSecondFactorPolicy,
    onSuccess: (p) => {
      qc.setQueryData(keys.secondFactorPolicy, p);
      showSuccess(p.requireForStaff ? t('secondFactor.requiredOn') : t('secondFactor.requiredOff'));
    },
    onError: (e) => showError(e),
    meta: { silent: true },
  });
  const reset = useMutation({
    mutationFn: (a: SecondFactorAccount) => securityApi.resetSecondFactor(a.id),
    onSuccess: (_v, a) => {
      void qc.invalidateQueries({ queryKey: keys.secondFactorAccounts });
      showSuccess(t('secondFactor.resetDone', { name: a.displayName }));
    },
    onError: (e) => showError(e),
    meta: { silent: true },
  });
  return (
    <Card title={t('secondFactor.title')} style={{ marginTop: 16 }} data-testid="second-factor-policy">
      <Space direction="vertical" style={{ width: '100%' }}>
        <Space>
          <Switch
            checked={policy.data?.requireForStaff ?? false}
            loading={policy.isFetching || setPolicy.isPending}
            disabled={!manage}
            onChange={(v) => setPolicy.mutate({ requireForStaff: v })}
            data-testid="second-factor-required"
          />
          <Typography.Text strong>{t('secondFactor.requireForStaff')}</Typography.Text>
        </Space>
        <Typography.Paragraph type="secondary">{t('secondFactor.requireHint')}</Typography.Paragraph>
        <Table<SecondFactorAccount>
          rowKey="id"
          size="small"
          loading={accounts.isFetching}
          dataSource={accounts.data ?? []}
          pagination={{ pageSize: 10, showTotal: (total) => t('common.total', { total }) }}
          columns={[
            { title: t('profile.username'), dataIndex: 'username', width: 140 },
            { title: t('profile.displayName'), dataIndex: 'displayName', width: 120 },
            { title: t('profile.roles'), dataIndex: 'roles', render: (rs: string[]) => rs.map((r) => <Tag key={r}>{t(`role.${r}`)}</Tag>) },
            { title: t('profile.department'), dataIndex: 'departmentName', render: (v: string | null) => v ?? '—' },
            {
              title: t('secondFactor.state'),
              key: 'state',
              width: 160,
              render: (_v, a) => (
                <Space size={4} wrap>
                  {a.enabled ? <Tag color="green">{t('secondFactor.enabled')}</Tag> : <Tag>{t('secondFactor.notEnabled')}</Tag>}
                  {a.demo && <Tag color="orange">{t('common.demoAccount')}</Tag>}
                </Space>
              ),
            },
            {
              title: t('common.actions'),
              key: 'actions',
              width: 120,
              render: (_v, a) =>
                manage && a.enabled ? (
                  <Popconfirm title={t('secondFactor.resetConfirm', { name: a.displayName })} onConfirm={() => reset.mutate(a)}>
                    <Button size="small" danger data-testid={`second-factor-reset-${a.username}`}>
                      {t('secondFactor.reset')}
                    </Button>
                  </Popconfirm>
                ) : null,
            },
          ]}
        />
      </Space>
    </Card>
  );
}
