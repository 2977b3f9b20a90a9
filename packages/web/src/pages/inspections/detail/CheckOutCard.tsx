import { LogoutOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CheckOutValues } from './queries';

/** 离企: the result of the visit and its findings; `onCheckOut` reads the form when the location is known. */
export function CheckOutCard({ busy, onCheckOut }: { busy: boolean; onCheckOut: (values: () => Promise<CheckOutValues>) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<CheckOutValues>();
  return (
    <Card title={t('inspection.checkOut')}>
      <Form form={form} layout="vertical" initialValues={{ result: 'no_problem', findings: '' }}>
        <Form.Item name="result" label={t('inspection.result')}>
          <Radio.Group
            optionType="button"
            options={[
              { value: 'no_problem', label: t('inspection.results.no_problem') },
              { value: 'problems', label: t('inspection.results.problems') },
            ]}
          />
        </Form.Item>
        <Form.Item name="findings" label={t('inspection.findings')}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
      <Button
        type="primary"
        size="large"
        block
        icon={<LogoutOutlined />}
        onClick={() => onCheckOut(() => form.validateFields())}
        loading={busy}
        data-testid="check-out"
      >
        {t('inspection.checkOut')}
      </Button>
    </Card>
  );
}
