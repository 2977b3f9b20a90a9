import { useQuery } from '@tanstack/react-query';
import { Card, Descriptions, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { keys, securityApi } from '../../api/endpoints';
import { PageHeader } from '../../components/PageHeader';
import { SecondFactorPolicyCard } from './SecondFactorPolicyCard';

/** 安全策略 (安全管理员): the password, lock-out and session rules in force; the second-factor policy and resets. */
export default function PolicyPage() {
  const { t } = useTranslation();
  const q = useQuery({ queryKey: keys.policy, queryFn: securityApi.policy });
  return (
    <>
      <PageHeader title={t('menu.policy')} testId="page-policy" />
      <Card>
        {q.data ? (
          <Descriptions column={1} bordered>
            {Object.entries(q.data).map(([k, v]) => (
              <Descriptions.Item key={k} label={t(`policy.${k}`)}>
                {t(`policy.${k}Value`, { v })}
              </Descriptions.Item>
            ))}
          </Descriptions>
        ) : (
          <Skeleton active />
        )}
      </Card>
      <SecondFactorPolicyCard />
    </>
  );
}
