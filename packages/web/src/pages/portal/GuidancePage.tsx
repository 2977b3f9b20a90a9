import { FileWordOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Badge, Button, Card, Empty, Skeleton, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMyGuidance } from '../../api/hooks';
import { fetchDownload, type ReceivedGuidance, registerApi, registerKeys } from '../../api/registers';
import { showError } from '../../app/feedback';
import { ErrorResult } from '../../components/ErrorResult';
import { PageHeader } from '../../components/PageHeader';
import { formatDate, formatDateTime } from '../../lib/format';

function GuidanceCard({ g }: { g: ReceivedGuidance }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  // Opening the document is the read receipt: the server marks it when it sends the file.
  const open = useMutation({
    mutationFn: () => fetchDownload(registerApi.guidanceFileUrl(g.id), `${g.title}.docx`),
    onSuccess: () => qc.invalidateQueries({ queryKey: registerKeys.myGuidance }),
    onError: (e) => showError(e),
  });
  const unread = g.readAt === null;
  return (
    <Card size="small" data-testid="my-guidance" className={unread ? 'rx-unread' : undefined}>
      <Space wrap size={6} style={{ marginBottom: 4 }}>
        {unread && <Badge status="error" />}
        <Typography.Text strong>{g.title}</Typography.Text>
        <Tag color="blue">{t(`case.measureTypes.${g.measureType}`)}</Tag>
        {unread ? (
          <Tag color="red" data-testid="my-guidance-state">
            {t('myGuidance.unread')}
          </Tag>
        ) : (
          <Tag color="green" data-testid="my-guidance-state">
            {t('myGuidance.read')}
          </Tag>
        )}
      </Space>
      <div className="rx-muted" style={{ marginBottom: 8 }}>
        {g.departmentName} · {g.documentNo} · {formatDate(g.createdAt)}
        {g.readAt && ` · ${t('myGuidance.readAt', { time: formatDateTime(g.readAt) })}`}
      </div>
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }} ellipsis={{ rows: 4, expandable: true, symbol: t('myGuidance.more') }}>
        {g.content}
      </Typography.Paragraph>
      <Button
        type={unread ? 'primary' : 'default'}
        size="large"
        block
        icon={<FileWordOutlined />}
        loading={open.isPending}
        onClick={() => open.mutate()}
        data-testid="my-guidance-open"
      >
        {t('myGuidance.open')}
      </Button>
    </Card>
  );
}

/** 收到的指导 (企业端, built for a phone): 行政提示、建议、指导 sent to the entity, unread first. */
export default function GuidancePage() {
  const { t } = useTranslation();
  const q = useMyGuidance();
  const rows = [...(q.data ?? [])].sort((a, b) => Number(b.readAt === null) - Number(a.readAt === null));
  return (
    <div style={{ maxWidth: 720 }}>
      <PageHeader title={t('myGuidance.title')} testId="page-my-guidance" />
      <Typography.Paragraph>{t('myGuidance.intro')}</Typography.Paragraph>
      {q.isLoading ? (
        <Skeleton active />
      ) : q.error ? (
        <ErrorResult error={q.error} onRetry={() => q.refetch()} />
      ) : rows.length === 0 ? (
        <Card>
          <Empty description={t('myGuidance.empty')} />
        </Card>
      ) : (
        <Space orientation="vertical" size={12} style={{ width: '100%' }}>
          {rows.map((g) => (
            <GuidanceCard key={g.id} g={g} />
          ))}
        </Space>
      )}
    </div>
  );
}
