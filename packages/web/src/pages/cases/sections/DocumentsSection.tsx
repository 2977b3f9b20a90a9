import { FileWordOutlined } from '@ant-design/icons';
import type { CaseDetail, CaseDocumentView } from '@rouxing/contracts';
import { Card, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { caseApi } from '../../../api/cases';
import { formatDateTime } from '../../../lib/format';

/** 文书: every document issued on the case, with its 文号 and a download. */
export function DocumentsSection({ kase }: { kase: CaseDetail }) {
  const { t } = useTranslation();
  return (
    <Card title={t('case.documents.title')} data-testid="case-documents">
      <Table<CaseDocumentView>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={kase.documents}
        locale={{ emptyText: t('case.documents.empty') }}
        scroll={{ x: 560 }}
        columns={[
          {
            title: t('case.deliveries.document'),
            dataIndex: 'title',
            render: (v: string, d) => (
              <a href={caseApi.documentUrl(d.id)} download data-testid="document-link">
                <FileWordOutlined /> {v}
              </a>
            ),
          },
          { title: t('case.documents.documentNo'), dataIndex: 'documentNo', width: 200 },
          { title: t('case.documents.issuedAt'), dataIndex: 'createdAt', width: 170, render: (v: string) => formatDateTime(v) },
        ]}
      />
    </Card>
  );
}
