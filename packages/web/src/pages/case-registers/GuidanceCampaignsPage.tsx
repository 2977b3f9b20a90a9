import { useQuery } from '@tanstack/react-query';
import { Card, Col, Row, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { type CampaignRow, registerApi, registerKeys } from '../../api/registers';
import { PageHeader } from '../../components/PageHeader';
import { formatDateTime } from '../../lib/format';
import { CampaignForm } from './CampaignForm';

/** 行政指导（面向一类市场主体）: what the department sent, with read receipts, and the form to send more. */
export default function GuidanceCampaignsPage() {
  const { t } = useTranslation();
  const q = useQuery({ queryKey: registerKeys.campaigns, queryFn: registerApi.campaigns, staleTime: 0 });
  return (
    <>
      <PageHeader title={t('campaign.pageTitle')} testId="page-guidance-campaigns" />
      <Row gutter={[16, 16]}>
        <Col xs={24} xxl={11}>
          <Card title={t('campaign.new')}>
            <p>{t('campaign.intro')}</p>
            <CampaignForm />
          </Card>
        </Col>
        <Col xs={24} xxl={13}>
          <Card title={t('campaign.sentTitle')}>
            <Table<CampaignRow>
              rowKey="id"
              loading={q.isLoading}
              dataSource={q.data ?? []}
              scroll={{ x: 720 }}
              pagination={{ pageSize: 20, showSizeChanger: false }}
              locale={{ emptyText: t('campaign.empty') }}
              columns={[
                {
                  title: t('campaign.titleLabel'),
                  dataIndex: 'title',
                  render: (v: string) => <span data-testid="campaign-row-title">{v}</span>,
                },
                {
                  title: t('campaign.type'),
                  dataIndex: 'measureType',
                  width: 100,
                  render: (m: string) => <Tag color="blue">{t(`case.measureTypes.${m}`)}</Tag>,
                },
                { title: t('campaign.entityCount'), dataIndex: 'entityCount', width: 90, align: 'right' },
                {
                  title: t('campaign.readCount'),
                  dataIndex: 'readCount',
                  width: 90,
                  align: 'right',
                  render: (v: number) => <span data-testid="campaign-row-read">{v}</span>,
                },
                { title: t('campaign.createdBy'), dataIndex: 'createdByName', width: 90 },
                { title: t('campaign.createdAt'), dataIndex: 'createdAt', width: 170, render: (v: string) => formatDateTime(v) },
              ]}
            />
          </Card>
        </Col>
      </Row>
    </>
  );
}
