import { EditOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Button, Card, Skeleton, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { entityApi, keys } from '../../api/endpoints';
import { useCurrentUser } from '../../app/auth';
import { showError } from '../../app/feedback';
import { EntityDescriptions } from '../../components/EntityDescriptions';
import { ErrorResult } from '../../components/ErrorResult';
import { PageHeader } from '../../components/PageHeader';
import { RevealButton } from '../../components/RevealButton';
import { can } from '../../lib/permissions';

/** One entity; the unmasked personal data only on request (the server audits each read). */
export default function EntityDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const q = useQuery({ queryKey: keys.entity(id), queryFn: () => entityApi.get(id) });
  const reveal = useMutation({ mutationFn: (reason: string) => entityApi.personalData(id, reason), onError: (e) => showError(e) });
  if (q.isLoading) {
    return <Skeleton active />;
  }
  if (q.error || !q.data) {
    return <ErrorResult error={q.error} onRetry={() => q.refetch()} />;
  }
  const e = q.data;
  return (
    <>
      <PageHeader
        title={e.name}
        testId="page-entity-detail"
        extra={
          <Space>
            {can(me, 'entity.personal_data.read') && (e.legalRepresentativeIdNo || e.contactPhone) && !reveal.data && (
              <RevealButton
                label={t('entity.reveal')}
                loading={reveal.isPending}
                onReveal={(reason) => reveal.mutate(reason)}
                testId="entity-reveal"
              />
            )}
            {can(me, 'entity.write') && (
              <Button type="primary" icon={<EditOutlined />} onClick={() => navigate(`/entities/${e.id}/edit`)}>
                {t('common.edit')}
              </Button>
            )}
          </Space>
        }
      />
      <Card>
        <EntityDescriptions entity={e} personal={reveal.data ?? null} column={{ xs: 1, sm: 1, md: 2 }} />
      </Card>
    </>
  );
}
