import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import type { ImportJob, ImportRowError } from '@rouxing/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Progress, Row, Space, Statistic, Table, Tag, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FileImportApi } from '../api/file-imports';
import { showError } from '../app/feedback';
import { formatCount, formatDateTime } from '../lib/format';

export const importRunning = (j: ImportJob | undefined) => !!j && (j.status === 'queued' || j.status === 'running');

export function ImportStatusTag({ status, testId }: { status: ImportJob['status']; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={status === 'done' ? 'green' : status === 'failed' ? 'red' : 'blue'} data-testid={testId}>
      {t(`import.status.${status}`)}
    </Tag>
  );
}

/** 下载模板 (.xlsx and .csv) for a page header. */
export function ImportTemplateButtons({ api }: { api: FileImportApi }) {
  const { t } = useTranslation();
  return (
    <Space>
      <Button icon={<DownloadOutlined />} href={api.templateUrl('xlsx')}>
        {t('import.templateXlsx')}
      </Button>
      <Button icon={<DownloadOutlined />} href={api.path}>
        {t('import.templateCsv')}
      </Button>
    </Space>
  );
}

/** The job being followed: polled while it runs. */
export function useImportJob(api: FileImportApi, jobId: string | null) {
  return useQuery({
    queryKey: ['import-job', api.path, jobId],
    queryFn: () => api.get(jobId as string),
    enabled: !!jobId,
    refetchInterval: (query) => (importRunning(query.state.data) ? 400 : false),
  });
}

interface PanelProps {
  api: FileImportApi;
  /** Test ids are `<testId>-upload`, `-job`, `-status`, `-progress`, `-committed`, `-failed`, `-errors`. */
  testId: string;
  hint: string;
  drop: string;
  jobId: string | null;
  onJob: (id: string) => void;
}

/**
 * A file import as every import page shows it: the drop zone with the upload's own progress, then the job —
 * a progress bar fed by rows (.xlsx, the total is known) or bytes (.csv, read as it streams), the counts, the
 * job's message, and every bad row with its column and reason (all of them as .xlsx).
 */
export function FileImportPanel({ api, testId, hint, drop, jobId, onJob }: PanelProps) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [uploadPercent, setUploadPercent] = useState<number | null>(null);
  const job = useImportJob(api, jobId);
  const j = job.data;
  const fraction = !j ? 0 : j.rowsTotal ? j.rowsRead / j.rowsTotal : j.bytesTotal > 0 ? j.bytesRead / j.bytesTotal : 0;
  const percent = j?.status === 'done' ? 100 : Math.min(99, Math.floor(fraction * 100));
  return (
    <>
      <Card style={{ marginBottom: 16 }}>
        <Upload.Dragger
          accept=".xlsx,.csv"
          multiple={false}
          showUploadList={false}
          disabled={importRunning(j) || uploadPercent !== null}
          customRequest={({ file }) => {
            setUploadPercent(0);
            api
              .upload(file as File, setUploadPercent)
              .then((created) => {
                qc.setQueryData(['import-job', api.path, created.id], created);
                onJob(created.id);
              })
              .catch((e: unknown) => showError(e))
              .finally(() => setUploadPercent(null));
          }}
          data-testid={`${testId}-upload`}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{drop}</p>
          <p className="ant-upload-hint">{hint}</p>
        </Upload.Dragger>
        {uploadPercent !== null && <Progress percent={uploadPercent} status="active" format={(p) => t('import.uploading', { p })} />}
      </Card>
      {j && (
        <Card
          title={`${t('import.job')}：${j.fileName}`}
          extra={<ImportStatusTag status={j.status} testId={`${testId}-status`} />}
          style={{ marginBottom: 16 }}
          data-testid={`${testId}-job`}
        >
          <Progress
            percent={percent}
            status={j.status === 'failed' ? 'exception' : importRunning(j) ? 'active' : 'success'}
            data-testid={`${testId}-progress`}
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
                data-testid={`${testId}-committed`}
              />
            </Col>
            <Col xs={12} md={6}>
              <Statistic
                title={t('import.rowsFailed')}
                value={formatCount(j.rowsFailed)}
                valueStyle={{ color: j.rowsFailed ? '#cf1322' : undefined }}
                data-testid={`${testId}-failed`}
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
                <Button size="small" icon={<DownloadOutlined />} href={api.errorsUrl(j.id)}>
                  {t('import.errorsXlsx')}
                </Button>
              </Space>
              <Table<ImportRowError>
                size="small"
                rowKey={(e) => `${e.row}-${e.field}-${e.message}`}
                dataSource={j.errors}
                pagination={{ pageSize: 10 }}
                data-testid={`${testId}-errors`}
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
    </>
  );
}
