import { CheckCircleFilled, CloseCircleFilled, ExclamationCircleFilled } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Card, Descriptions, List, Result, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { inspectionApi } from '../../api/inspections';
import { PublicPage } from '../../components/PublicPage';
import { formatDateTime } from '../../lib/format';

/** 扫码核验: what an enterprise sees when it scans an inspector's code — on a phone, without login. */
export default function CodeCheckPage() {
  const { token } = useParams() as { token: string };
  const { t } = useTranslation();
  const q = useQuery({ queryKey: ['code', token], queryFn: () => inspectionApi.viewCode(token), retry: false });
  const v = q.data;
  const status = v?.state === 'valid' ? 'success' : v?.state === 'completed' ? 'info' : v?.state === 'invalid' ? 'error' : 'warning';
  const icon =
    v?.state === 'valid' ? (
      <CheckCircleFilled />
    ) : v?.state === 'invalid' || v?.state === 'cancelled' ? (
      <CloseCircleFilled />
    ) : (
      <ExclamationCircleFilled />
    );
  return (
    <PublicPage title={t('code.title')} maxWidth={640}>
      {q.isLoading ? (
        <Skeleton active />
      ) : !v ? (
        <Result status="error" title={t('code.failed')} />
      ) : (
        <>
          <Result
            status={status}
            icon={icon}
            title={<span data-testid="code-state">{t(`code.states.${v.state}`)}</span>}
            subTitle={v.message}
          />
          {v.planId && (
            <Card>
              <Descriptions column={1} size="small" bordered>
                <Descriptions.Item label={t('inspection.department')}>{v.departmentName}</Descriptions.Item>
                {v.departmentPhone && (
                  <Descriptions.Item label={t('inspection.departmentPhone')}>
                    <a href={`tel:${v.departmentPhone}`} data-testid="code-department-phone">
                      {v.departmentPhone}
                    </a>
                  </Descriptions.Item>
                )}
                <Descriptions.Item label={t('inspection.entity')}>{v.entityName}</Descriptions.Item>
                <Descriptions.Item label={t('inspection.window')}>
                  {v.windowFrom} ~ {v.windowTo}
                </Descriptions.Item>
                {v.type && <Descriptions.Item label={t('inspection.type')}>{t(`inspection.types.${v.type}`)}</Descriptions.Item>}
                {v.checkedInAt && (
                  <Descriptions.Item label={t('inspection.checkedInAt')}>{formatDateTime(v.checkedInAt)}</Descriptions.Item>
                )}
                {v.checkedOutAt && (
                  <Descriptions.Item label={t('inspection.checkedOutAt')}>{formatDateTime(v.checkedOutAt)}</Descriptions.Item>
                )}
              </Descriptions>
              <List
                header={<strong>{t('code.officers')}</strong>}
                dataSource={v.officers}
                data-testid="code-officers"
                renderItem={(o) => (
                  <List.Item>
                    <List.Item.Meta
                      title={o.displayName}
                      description={`${t('inspection.certificate')} ${o.certificateNo} · ${o.departmentName}`}
                    />
                  </List.Item>
                )}
              />
              <List
                header={<strong>{t('inspection.items')}</strong>}
                dataSource={v.items}
                renderItem={(i) => (
                  <List.Item>
                    <List.Item.Meta title={i.name} description={i.legalBasis} />
                  </List.Item>
                )}
              />
            </Card>
          )}
          <Typography.Paragraph className="rx-muted" style={{ marginTop: 16 }}>
            {t('code.note')}
          </Typography.Paragraph>
        </>
      )}
    </PublicPage>
  );
}
