import { useQuery } from '@tanstack/react-query';
import { Alert, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { catalogueApi } from '../../api/catalogue';
import { ErrorResult } from '../../components/ErrorResult';
import { NoPenaltyListForm } from './NoPenaltyListForm';

/** 起草/修改清单: a draft's fields and entries (the structured conditions beside the list's own wording). */
export default function NoPenaltyListEditPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const existing = useQuery({ queryKey: ['no-penalty-list', id ?? 'new'], queryFn: () => catalogueApi.list(id as string), enabled: !!id });
  if (id && existing.isLoading) {
    return <Skeleton active />;
  }
  if (id && (existing.error || !existing.data)) {
    return <ErrorResult error={existing.error} onRetry={() => existing.refetch()} />;
  }
  if (existing.data && existing.data.status !== 'draft') {
    // Published versions never change: a revision is a new version.
    return (
      <Alert
        type="warning"
        showIcon
        message={t('rules.onlyDrafts')}
        action={<Link to={`/rules/no-penalty-lists/${existing.data.id}`}>{t('rules.backToVersion')}</Link>}
      />
    );
  }
  return <NoPenaltyListForm list={existing.data ?? null} />;
}
