import { EyeOutlined } from '@ant-design/icons';
import { Button, type ButtonProps, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * 查看完整个人信息: asks why before unmasking (the reason goes into the audit row, SECURITY.md "Data";
 * issue 14 defect 13), then calls `onReveal` with it.
 */
export function RevealButton({
  label,
  loading,
  onReveal,
  testId,
  size,
}: {
  label: string;
  loading: boolean;
  onReveal: (reason: string) => void;
  testId: string;
  size?: ButtonProps['size'];
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <>
      <Button size={size} icon={<EyeOutlined />} loading={loading} onClick={() => setOpen(true)} data-testid={testId}>
        {label}
      </Button>
      <Modal
        open={open}
        title={t('reveal.title')}
        okText={t('reveal.ok')}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        destroyOnClose
        okButtonProps={{ 'data-testid': `${testId}-ok` } as ButtonProps}
      >
        <Form
          form={form}
          layout="vertical"
          preserve={false}
          onFinish={(v) => {
            setOpen(false);
            onReveal(v.reason.trim());
          }}
        >
          <Form.Item
            name="reason"
            label={t('reveal.reason')}
            rules={[
              { required: true, whitespace: true, message: t('reveal.reasonRequired') },
              { min: 2, message: t('reveal.reasonRequired') },
              { max: 200, message: t('reveal.reasonMax') },
            ]}
          >
            <Input.TextArea rows={2} maxLength={200} placeholder={t('reveal.placeholder')} data-testid={`${testId}-reason`} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
