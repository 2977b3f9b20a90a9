import type { ImportJob } from '@rouxing/contracts';
import { useQuery } from '@tanstack/react-query';
import { Card, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { importApi, keys } from '../../api/endpoints';
import { fileImportApi } from '../../api/file-imports';
import { FileImportPanel, ImportStatusTag, ImportTemplateButtons, importRunning, useImportJob } from '../../components/FileImport';
import { PageHeader } from '../../components/PageHeader';
import { formatCount, formatDateTime } from '../../lib/format';

const entityImports = fileImportApi('/entity-imports');

/** 批量导入: upload, then a progress bar fed by the job's bytes read, the counts, and every bad row with its reason. */
export default function EntityImportPage() {
  const { t } = useTranslation();
  const [jobId, setJobId] = useState<string | null>(null);
  const job = useImportJob(entityImports, jobId);
  const recent = useQuery({
    queryKey: keys.importJobs({ page: 1 }),
    queryFn: () => importApi.list({ page: 1, pageSize: 10 }),
    refetchInterval: importRunning(job.data) ? 2000 : false,
  });

  return (
    <>
      <PageHeader title={t('menu.entityImport')} testId="page-entity-import" extra={<ImportTemplateButtons api={entityImports} />} />
      <FileImportPanel api={entityImports} testId="import" drop={t('import.drop')} hint={t('import.hint')} jobId={jobId} onJob={setJobId} />
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
            {
              title: t('import.statusLabel'),
              dataIndex: 'status',
              width: 100,
              render: (s: ImportJob['status']) => <ImportStatusTag status={s} />,
            },
            { title: t('import.rowsCommitted'), dataIndex: 'rowsCommitted', width: 120, render: formatCount },
            { title: t('import.rowsFailed'), dataIndex: 'rowsFailed', width: 120, render: formatCount },
            { title: t('import.createdAt'), dataIndex: 'createdAt', width: 180, render: formatDateTime },
          ]}
        />
      </Card>
    </>
  );
}
