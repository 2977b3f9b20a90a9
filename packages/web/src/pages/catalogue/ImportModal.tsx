import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Modal, Space, Table, Upload } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { catalogueApi } from '../../api/catalogue';
import { isApiError } from '../../api/client';
import { showError, showSuccess } from '../../app/feedback';

/** Import of a file: template link, upload, and the server's row errors (第N行.列名) when refused. */
export function ImportModal({
  open,
  onClose,
  onDone,
  upload = (file: File) => catalogueApi.importItems(file).then((r) => r as unknown),
  templateUrl = catalogueApi.itemTemplateUrl(),
  children,
}: {
  open: boolean;
  onClose: () => void;
  onDone: (result: unknown) => void;
  upload?: (file: File) => Promise<unknown>;
  templateUrl?: string;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<{ path: string; message: string }[]>([]);
  const [busy, setBusy] = useState(false);
  const run = async (file: File) => {
    setBusy(true);
    setErrors([]);
    try {
      const r = await upload(file);
      showSuccess(t('rules.imported'));
      onDone(r);
      onClose();
    } catch (e) {
      if (isApiError(e) && e.fields.length > 0) {
        setErrors(e.fields);
      } else if (!(typeof e === 'object' && e !== null && 'errorFields' in e)) {
        // (a form of the modal that did not validate shows its own messages)
        showError(e);
      }
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal open={open} title={t('rules.import')} onCancel={onClose} footer={null} width={720} destroyOnHidden>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Alert type="info" showIcon message={t('rules.importHelp')} />
        <Button icon={<DownloadOutlined />} href={templateUrl} data-testid="import-template">
          {t('rules.template')}
        </Button>
        {children}
        <Upload
          accept=".xlsx,.csv"
          showUploadList={false}
          beforeUpload={(f) => {
            void run(f);
            return false;
          }}
        >
          <Button type="primary" icon={<UploadOutlined />} loading={busy} data-testid="import-file">
            {t('rules.chooseFile')}
          </Button>
        </Upload>
        {errors.length > 0 && (
          <Table
            size="small"
            data-testid="import-errors"
            rowKey={(r) => `${r.path}${r.message}`}
            dataSource={errors}
            pagination={{ pageSize: 10 }}
            columns={[
              { title: t('rules.errorWhere'), dataIndex: 'path', width: 200 },
              { title: t('rules.errorWhy'), dataIndex: 'message' },
            ]}
          />
        )}
      </Space>
    </Modal>
  );
}
