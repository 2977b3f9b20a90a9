import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { type ImportJob, type ImportRowError, type IssuedDecision, PENALTY_KIND_LABELS } from '@rouxing/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Progress, Space, Statistic, Table, Tag, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { creditApi } from '../../api/credit';
import { showError } from '../../app/feedback';
import { PageHeader } from '../../components/PageHeader';
import { formatCount } from '../../lib/format';

const running = (j: ImportJob | undefined) => !!j && (j.status === 'queued' || j.status === 'running');

/** 行政处罚决定: the department's issued decisions, and their import (every row re-checked; the whole file or nothing). */
export default function IssuedDecisionsPage() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [jobId, setJobId] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const job = useQuery({
    queryKey: ['decision-import', jobId],
    queryFn: () => creditApi.job(jobId as string),
    enabled: !!jobId,
    refetchInterval: (q) => (running(q.state.data) ? 300 : false),
  });
  const j = job.data;
  const list = useQuery({
    queryKey: ['issued-decisions', page, j?.status],
    queryFn: () => creditApi.decisions({ page, pageSize: 20 }),
  });
  const fraction = !j ? 0 : j.rowsTotal ? j.rowsRead / j.rowsTotal : j.bytesTotal > 0 ? j.bytesRead / j.bytesTotal : 0;
  const percent = j?.status === 'done' ? 100 : Math.min(99, Math.floor(fraction * 100));
  return (
    <>
      <PageHeader
        title={t('credit.decisionsTitle')}
        testId="page-issued-decisions"
        extra={
          <Space>
            <Button icon={<DownloadOutlined />} href={creditApi.templateUrl('xlsx')}>
              {t('credit.templateXlsx')}
            </Button>
            <Button icon={<DownloadOutlined />} href={creditApi.templateUrl('csv')}>
              {t('credit.templateCsv')}
            </Button>
          </Space>
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <Upload.Dragger
          accept=".xlsx,.csv"
          multiple={false}
          showUploadList={false}
          disabled={running(j)}
          customRequest={({ file }) => {
            creditApi
              .upload(file as File)
              .then((created) => {
                setJobId(created.id);
                qc.setQueryData(['decision-import', created.id], created);
              })
              .catch((e: unknown) => showError(e));
          }}
          data-testid="decision-import-upload"
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{t('credit.drop')}</p>
          <p className="ant-upload-hint">{t('credit.dropHint')}</p>
        </Upload.Dragger>
      </Card>
      {j && (
        <Card
          title={j.fileName}
          extra={<Tag data-testid="decision-import-status">{t(`import.status.${j.status}`)}</Tag>}
          style={{ marginBottom: 16 }}
        >
          <Progress
            percent={percent}
            status={j.status === 'failed' ? 'exception' : running(j) ? 'active' : 'success'}
            data-testid="decision-import-progress"
          />
          <Space size="large" style={{ marginTop: 16 }}>
            <Statistic title={t('import.rowsRead')} value={formatCount(j.rowsRead)} />
            <Statistic title={t('import.rowsCommitted')} value={formatCount(j.rowsCommitted)} data-testid="decision-import-committed" />
            <Statistic title={t('import.rowsFailed')} value={formatCount(j.rowsFailed)} />
          </Space>
          {j.message && <Alert style={{ marginTop: 16 }} type="error" showIcon title={j.message} />}
          {j.errors.length > 0 && (
            <Table<ImportRowError>
              size="small"
              rowKey={(e) => `${e.row}-${e.field}-${e.message}`}
              dataSource={j.errors}
              pagination={{ pageSize: 10 }}
              columns={[
                { title: t('import.row'), dataIndex: 'row', width: 90 },
                { title: t('import.field'), dataIndex: 'field', width: 180 },
                { title: t('import.reason'), dataIndex: 'message' },
              ]}
            />
          )}
        </Card>
      )}
      <Card>
        <Table<IssuedDecision>
          size="small"
          rowKey="id"
          loading={list.isLoading}
          dataSource={list.data?.items ?? []}
          scroll={{ x: 800 }}
          data-testid="issued-decisions"
          pagination={{ current: page, pageSize: 20, total: list.data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
          columns={[
            { title: t('credit.documentNo'), dataIndex: 'documentNo' },
            { title: t('credit.party'), dataIndex: 'partyName' },
            { title: t('credit.violation'), dataIndex: 'violationCode', render: (c: string, r) => r.violationName ?? c },
            {
              title: t('credit.penalties'),
              dataIndex: 'penalties',
              render: (p: IssuedDecision['penalties']) => p.map((k) => PENALTY_KIND_LABELS[k]).join('、'),
            },
            { title: t('credit.fine'), dataIndex: 'fineYuan', width: 100 },
            { title: t('credit.decidedOn'), dataIndex: 'decidedOn', width: 110 },
            {
              title: t('credit.recheck'),
              dataIndex: 'correction',
              width: 140,
              render: (c: IssuedDecision['correction']) =>
                c ? (
                  <Tag color={c.status === 'open' ? 'red' : 'default'}>{t(`credit.reason.${c.reason}`)}</Tag>
                ) : (
                  <Tag color="green">{t('credit.ok')}</Tag>
                ),
            },
          ]}
        />
      </Card>
    </>
  );
}
