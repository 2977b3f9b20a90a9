import { DownloadOutlined, UndoOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Col, Popconfirm, Row, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { registerApi, registerKeys, type TemplateType, type TemplateVersion } from '../../api/registers';
import { useCurrentUser } from '../../app/auth';
import { showError, showSuccess } from '../../app/feedback';
import { PageHeader } from '../../components/PageHeader';
import { formatDateTime } from '../../lib/format';
import { can } from '../../lib/permissions';
import { PlaceholderHelp } from './PlaceholderHelp';

const DOCX = '.docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** 上传新版本 / 恢复默认模板: a reviewer of the department; the server checks the placeholders. */
function ReviewerActions({ type }: { type: TemplateType }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const done = (text: string) => {
    qc.invalidateQueries({ queryKey: registerKeys.templates });
    showSuccess(text);
  };
  const upload = useMutation({
    mutationFn: (file: File) => registerApi.uploadTemplate(type.docType, file),
    onSuccess: (r) => done(t('templates.uploaded', { version: r.version })),
    onError: (e) => showError(e),
  });
  const revert = useMutation({
    mutationFn: () => registerApi.revertTemplate(type.docType),
    onSuccess: () => done(t('templates.reverted')),
    onError: (e) => showError(e),
  });
  const pick = (e: React.ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (file) {
      upload.mutate(file);
    }
  };
  return (
    <>
      <label className="rx-file-button rx-file-button-small" aria-disabled={upload.isPending}>
        <input
          type="file"
          accept={DOCX}
          className="rx-visually-hidden"
          onChange={pick}
          disabled={upload.isPending}
          aria-label={t('templates.uploadFor', { title: type.title })}
          data-testid={`template-upload-${type.docType}`}
        />
        <UploadOutlined /> {upload.isPending ? t('templates.uploading') : t('templates.upload')}
      </label>
      {type.current !== null && (
        <Popconfirm title={t('templates.revertConfirm')} onConfirm={() => revert.mutate()}>
          <Button size="small" icon={<UndoOutlined />} loading={revert.isPending} data-testid={`template-revert-${type.docType}`}>
            {t('templates.revert')}
          </Button>
        </Popconfirm>
      )}
    </>
  );
}

function CurrentVersion({ type }: { type: TemplateType }) {
  const { t } = useTranslation();
  const active = type.versions.find((v) => v.active);
  if (type.current === null || !active) {
    return <Tag data-testid={`template-current-${type.docType}`}>{t('templates.default')}</Tag>;
  }
  return (
    <Tag color="blue" data-testid={`template-current-${type.docType}`}>
      {t('templates.version', { version: type.current })}
    </Tag>
  );
}

function History({ versions }: { versions: TemplateVersion[] }) {
  const { t } = useTranslation();
  return (
    <ul style={{ margin: 0, paddingLeft: 18 }}>
      {versions.map((v) => (
        <li key={v.id}>
          {t('templates.version', { version: v.version })} · {v.fileName} ·{' '}
          {t('templates.uploadedBy', { name: v.uploadedByName, time: formatDateTime(v.uploadedAt) })}
          {v.active && <Tag style={{ marginLeft: 6 }}>{t('templates.inUse')}</Tag>}
        </li>
      ))}
    </ul>
  );
}

/** 文书模板 (常政办发〔2025〕5号 第七项、第十项): the department's template per document type, its versions, and the placeholders. */
export default function DocumentTemplatesPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const reviewer = can(me, 'case.approve');
  const q = useQuery({ queryKey: registerKeys.templates, queryFn: registerApi.templates, staleTime: 0 });
  return (
    <>
      <PageHeader title={t('templates.title')} testId="page-document-templates" />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Card title={t('templates.listTitle', { department: me.departmentName ?? '' })}>
            <Table<TemplateType>
              rowKey="docType"
              loading={q.isLoading}
              dataSource={q.data ?? []}
              pagination={false}
              size="middle"
              scroll={{ x: 680 }}
              expandable={{
                rowExpandable: (r) => r.versions.length > 0,
                expandedRowRender: (r) => <History versions={r.versions} />,
              }}
              columns={[
                { title: t('templates.docType'), dataIndex: 'title', width: 150 },
                {
                  title: t('templates.current'),
                  width: 100,
                  render: (_, r) => <CurrentVersion type={r} />,
                },
                {
                  title: t('templates.uploader'),
                  width: 170,
                  render: (_, r) => {
                    const v = r.versions.find((x) => x.active);
                    return v ? (
                      <span className="rx-muted">
                        {t('templates.uploadedBy', { name: v.uploadedByName, time: formatDateTime(v.uploadedAt) })}
                      </span>
                    ) : (
                      '—'
                    );
                  },
                },
                {
                  title: t('common.actions'),
                  render: (_, r) => (
                    <Space size={6} wrap>
                      <a href={registerApi.defaultTemplateUrl(r.docType)} download data-testid={`template-default-${r.docType}`}>
                        <DownloadOutlined /> {t('templates.downloadDefault')}
                      </a>
                      {reviewer && <ReviewerActions type={r} />}
                    </Space>
                  ),
                },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={8}>
          <PlaceholderHelp />
          {!reviewer && (
            <Typography.Paragraph style={{ marginTop: 16 }} data-testid="templates-reviewer-only">
              {t('templates.reviewerOnly')}
            </Typography.Paragraph>
          )}
        </Col>
      </Row>
    </>
  );
}
