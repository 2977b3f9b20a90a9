import { useQuery } from '@tanstack/react-query';
import { Card, Empty, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { entityApi, keys } from '../api/endpoints';
import { useCurrentUser } from '../app/auth';
import { EntityDescriptions } from '../components/EntityDescriptions';
import { ErrorResult } from '../components/ErrorResult';
import { PageHeader } from '../components/PageHeader';

/** 本企业信息: an enterprise account sees its own registration record (and only that). */
export default function MyEntityPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const id = me.entityId;
  const q = useQuery({ queryKey: keys.entity(id ?? 'none'), queryFn: () => entityApi.get(id as string), enabled: !!id });
  return (
    <>
      <PageHeader title={t('menu.myEntity')} testId="page-my-entity" />
      <Card>
        {!id ? (
          <Empty description={t('myEntity.none')} />
        ) : q.isLoading ? (
          <Skeleton active />
        ) : q.error ? (
          <ErrorResult error={q.error} onRetry={() => q.refetch()} />
        ) : q.data ? (
          <EntityDescriptions entity={q.data} column={{ xs: 1, sm: 1, md: 2 }} />
        ) : null}
      </Card>
    </>
  );
}
