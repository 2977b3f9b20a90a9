import { useQuery } from '@tanstack/react-query';
import { Empty, Skeleton, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { inspectionApi } from '../../api/inspections';
import { PublicPage } from '../../components/PublicPage';
import { DrawResult } from '../inspections/RandomDrawPage';

/** 双随机一公开 — the 公开: each draw with its seed and the pool's fingerprint, so that anyone can re-run it. */
export default function PublicDrawsPage() {
  const { t } = useTranslation();
  const q = useQuery({ queryKey: ['public-draws'], queryFn: inspectionApi.publicDraws });
  return (
    <PublicPage title={t('draw.publicTitle')}>
      {q.isLoading ? (
        <Skeleton active />
      ) : (q.data ?? []).length === 0 ? (
        <Empty description={t('draw.none')} />
      ) : (
        <Space direction="vertical" style={{ width: '100%' }} size="large">
          {(q.data ?? []).map((d) => (
            <DrawResult key={d.id} draw={d} />
          ))}
        </Space>
      )}
    </PublicPage>
  );
}
