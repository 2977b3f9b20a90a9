import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import type { ImportJob, ImportRowError } from '@rouxing/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Progress, Row, Space, Statistic, Table, Tag, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { importApi, keys } from '../../api/endpoints';
import { showError } from '../../app/feedback';
import { PageHeader } from '../../components/PageHeader';
import { formatCount, formatDateTime } from '../../lib/format';

const running = (j: ImportJob | undefined) => !!j && (j.status === 'queued' || j.status === 'running');

/** 批量导入: upload, then a progress bar fed by the job's bytes read, the counts, and every bad row with its reason. */
export default function EntityImportPage() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [jobId, setJobId] = useState<string | null>(null);
  const [uploadPercent, setUploadPercent] = useState<number | null>(null);
  const job = useQuery({
    queryKey: keys.importJob(jobId ?? 'none'),
    queryFn: () => importApi.get(jobId as string),
    enabled: !!jobId,
    refetchInterval: (query) => (running(query.state.data) ? 500 : false),
  });
  const recent = useQuery({
    queryKey: keys.importJobs({ page: 1 }),
    queryFn: () => importApi.list({ page: 1, pageSize: 10 }),
    refetchInterval: running(job.data) ? 2000 : false,
  });
  const j = job.data;
  // Rows when the total is known (.xlsx), bytes otherwise (.csv is read as it streams).
  const fraction = !j ? 0 : j.rowsTotal ? j.rowsRead / j.rowsTotal : j.bytesTotal > 0 ? j.bytesRead / j.bytesTotal : 0;
  const percent = Math.min(99, Math.floor(fraction * 100));
  const statusTag = (s: ImportJob['status']) => (
    <Tag color={s === 'done' ? 'green' : s === 'failed' ? 'red' : 'blue'}>{t(`import.status.${s}`)}</Tag>
  );

  return (
    <>
      <PageHeader
        title={t('menu.entityImport')}
        testId="page-entity-import"
        extra={
          <Space>
            <Button icon={<DownloadOutlined />} href={importApi.templateUrl('xlsx')}>
              {t('import.templateXlsx')}
            </Button>
            <Button icon={<DownloadOutlined />} href={importApi.templateUrl('csv')}>
              {t('import.templateCsv')}
            </Button>
          </Space>
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <Upload.Dragger
          accept=".xlsx,.csv"
          multiple={false}
          showUploadList={false}
          disabled={running(j) || uploadPercent !== null}
          customRequest={({ file }) => {
            setUploadPercent(0);
            importApi
              .upload(file as File, setUploadPercent)
              .then((created) => {
                setJobId(created.id);
                qc.setQueryData(keys.importJob(created.id), created);
              })
              .catch((e: unknown) => showError(e))
              .finally(() => setUploadPercent(null));
          }}
          data-testid="import-upload"
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{t('import.drop')}</p>
          <p className="ant-upload-hint">{t('import.hint')}</p>
        </Upload.Dragger>
        {uploadPercent !== null && <Progress percent={uploadPercent} status="active" format={(p) => t('import.uploading', { p })} />}
      </Card>
      {j && (
        <Card title={`${t('import.job')}：${j.fileName}`} extra={statusTag(j.status)} style={{ marginBottom: 16 }} data-testid="import-job">
          <Progress
            percent={j.status === 'done' ? 100 : percent}
            status={j.status === 'failed' ? 'exception' : running(j) ? 'active' : 'success'}
            data-testid="import-progress"
          />
          <Row gutter={16} style={{ marginTop: 16 }}>
            <Col xs={12} md={6}>
              <Statistic title={t('import.rowsRead')} value={formatCount(j.rowsRead)} />
            </Col>
            <Col xs={12} md={6}>
              <Statistic
                title={t('import.rowsCommitted')}
                value={formatCount(j.rowsCommitted)}
                valueStyle={{ color: '#389e0d' }}
                data-testid="import-committed"
              />
            </Col>
            <Col xs={12} md={6}>
              <Statistic
                title={t('import.rowsFailed')}
                value={formatCount(j.rowsFailed)}
                valueStyle={{ color: j.rowsFailed ? '#cf1322' : undefined }}
                data-testid="import-failed"
              />
            </Col>
            <Col xs={12} md={6}>
              <Statistic title={t('import.finishedAt')} value={formatDateTime(j.finishedAt)} />
            </Col>
          </Row>
          {j.message && <Alert style={{ marginTop: 16 }} type={j.status === 'failed' ? 'error' : 'info'} showIcon title={j.message} />}
          {j.errors.length > 0 && (
            <>
              <Space style={{ margin: '16px 0 8px' }}>
                <strong>{t('import.errors')}</strong>
                <Button size="small" icon={<DownloadOutlined />} href={importApi.errorsUrl(j.id)}>
                  {t('import.errorsXlsx')}
                </Button>
              </Space>
              <Table<ImportRowError>
                size="small"
                rowKey={(e) => `${e.row}-${e.field}-${e.message}`}
                dataSource={j.errors}
                pagination={{ pageSize: 10 }}
                data-testid="import-errors"
                columns={[
                  { title: t('import.row'), dataIndex: 'row', width: 90 },
                  { title: t('import.field'), dataIndex: 'field', width: 180 },
                  { title: t('import.reason'), dataIndex: 'message' },
                ]}
              />
            </>
          )}
        </Card>
      )}
      <Card title={t('import.recent')}>
        <Table<ImportJob>
          size="small"
          rowKey="id"
          loading={recent.isLoading}
          dataSource={recent.data?.items ?? []}
          pagination={false}
          onRow={(r) => ({ onClick: () => setJobId(r.id), style: { cursor: 'pointer' } })}
          columns={[
            { title: t('import.file'), dataIndex: 'fileName' },
            { title: t('import.statusLabel'), dataIndex: 'status', width: 100, render: statusTag },
            { title: t('import.rowsCommitted'), dataIndex: 'rowsCommitted', width: 120, render: formatCount },
            { title: t('import.rowsFailed'), dataIndex: 'rowsFailed', width: 120, render: formatCount },
            { title: t('import.createdAt'), dataIndex: 'createdAt', width: 180, render: formatDateTime },
          ]}
        />
      </Card>
    </>
  );
}
