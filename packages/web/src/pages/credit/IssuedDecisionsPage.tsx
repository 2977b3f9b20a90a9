import { type IssuedDecision, PENALTY_KIND_LABELS } from '@rouxing/contracts';
import { useQuery } from '@tanstack/react-query';
import { Card, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { creditApi } from '../../api/credit';
import { fileImportApi } from '../../api/file-imports';
import { FileImportPanel, ImportTemplateButtons, useImportJob } from '../../components/FileImport';
import { PageHeader } from '../../components/PageHeader';

const decisionImports = fileImportApi('/issued-decision-imports');

/** 行政处罚决定: the department's issued decisions, and their import (every row re-checked; the whole file or nothing). */
export default function IssuedDecisionsPage() {
  const { t } = useTranslation();
  const [jobId, setJobId] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const job = useImportJob(decisionImports, jobId);
  const list = useQuery({
    queryKey: ['issued-decisions', page, job.data?.status],
    queryFn: () => creditApi.decisions({ page, pageSize: 20 }),
  });
  return (
    <>
      <PageHeader
        title={t('credit.decisionsTitle')}
        testId="page-issued-decisions"
        extra={<ImportTemplateButtons api={decisionImports} />}
      />
      <FileImportPanel
        api={decisionImports}
        testId="decision-import"
        drop={t('credit.drop')}
        hint={t('credit.dropHint')}
        jobId={jobId}
        onJob={setJobId}
      />
      <Card>
        <Table<IssuedDecision>
          size="small"
          rowKey="id"
          loading={list.isLoading}
          dataSource={list.data?.items ?? []}
          scroll={{ x: 800 }}
          data-testid="issued-decisions"
          pagination={{
            current: page,
            pageSize: 20,
            total: list.data?.total ?? 0,
            onChange: setPage,
            showSizeChanger: false,
            showTotal: (n) => t('common.total', { total: n }),
          }}
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
