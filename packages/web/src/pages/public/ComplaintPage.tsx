import { UploadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Result, Select, Upload, type UploadFile } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorFromResponse, isApiError } from '../../api/client';
import { inspectionApi } from '../../api/inspections';
import { PublicPage } from '../../components/PublicPage';

type Values = { uscc: string; itemId: string; content: string; contact?: string };

/** 投诉举报 (常政办发〔2025〕5号 第四项 触发式监管): anyone reports a problem of an entity, with photos or documents; no login. */
export default function ComplaintPage() {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [done, setDone] = useState(false);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const items = useQuery({ queryKey: ['complaint-items'], queryFn: inspectionApi.complaintItems });
  const submit = async (v: Values) => {
    setSending(true);
    setError(null);
    const body = new FormData();
    body.append('uscc', v.uscc);
    body.append('itemId', v.itemId);
    body.append('content', v.content);
    body.append('contact', v.contact ?? '');
    for (const f of files) {
      if (f.originFileObj) {
        body.append('file', f.originFileObj, f.name);
      }
    }
    try {
      const res = await fetch('/api/v1/public/complaints', { method: 'POST', body });
      if (!res.ok) {
        throw await errorFromResponse(res);
      }
      setDone(true);
    } catch (e) {
      if (isApiError(e)) {
        form.setFields(
          e.fields
            .filter((f) => ['uscc', 'itemId', 'content', 'contact'].includes(f.path))
            .map((f) => ({ name: f.path as keyof Values, errors: [f.message] })),
        );
        setError(e.message);
      } else {
        setError(t('error.network'));
      }
    } finally {
      setSending(false);
    }
  };
  return (
    <PublicPage title={t('complaint.title')} maxWidth={720}>
      {done ? (
        <Result status="success" title={t('complaint.received')} subTitle={t('complaint.receivedHelp')} data-testid="complaint-done" />
      ) : (
        <Card>
          <Alert type="info" showIcon style={{ marginBottom: 16 }} message={t('complaint.intro')} />
          {error && <Alert type="error" showIcon style={{ marginBottom: 16 }} message={error} />}
          <Form form={form} layout="vertical" onFinish={submit}>
            <Form.Item name="uscc" label={t('complaint.uscc')} rules={[{ required: true, message: t('complaint.usccRequired') }]}>
              <Input maxLength={18} data-testid="complaint-uscc" />
            </Form.Item>
            <Form.Item name="itemId" label={t('complaint.item')} rules={[{ required: true, message: t('complaint.itemRequired') }]}>
              <Select
                data-testid="complaint-item"
                options={(items.data ?? []).map((i) => ({ value: i.id, label: `${i.name}（${i.departmentName}）` }))}
              />
            </Form.Item>
            <Form.Item name="content" label={t('complaint.content')} rules={[{ required: true, message: t('complaint.contentRequired') }]}>
              <Input.TextArea rows={4} maxLength={2000} data-testid="complaint-content" />
            </Form.Item>
            <Form.Item name="contact" label={t('complaint.contact')} extra={t('complaint.contactHelp')}>
              <Input maxLength={20} />
            </Form.Item>
            <Form.Item label={t('complaint.attachments')} extra={t('complaint.attachmentsHelp')}>
              <Upload
                fileList={files}
                beforeUpload={() => false}
                onChange={({ fileList }) => setFiles(fileList.slice(0, 3))}
                accept="image/jpeg,image/png,application/pdf"
                maxCount={3}
                multiple
              >
                <Button icon={<UploadOutlined />}>{t('complaint.choose')}</Button>
              </Upload>
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={sending} data-testid="complaint-submit">
              {t('complaint.submit')}
            </Button>
          </Form>
        </Card>
      )}
    </PublicPage>
  );
}
