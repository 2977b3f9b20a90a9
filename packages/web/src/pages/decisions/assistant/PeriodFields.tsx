import { Col, Form, Row, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { DatePicker } from '../../../components/DateInput';
import type { FactsValues } from './facts';

/** When the act happened and was discovered, and whether it continues (行政处罚法 第三十六条: the two-year period). */
export function PeriodFields() {
  const { t } = useTranslation();
  const form = Form.useFormInstance<FactsValues>();
  const continuing = Form.useWatch('continuing', form);
  return (
    <Row gutter={12}>
      <Col xs={12}>
        <Form.Item name="occurredOn" label={t('assistant.occurredOn')} rules={[{ required: true }]}>
          <DatePicker style={{ width: '100%' }} data-testid="assistant-occurred" />
        </Form.Item>
      </Col>
      <Col xs={12}>
        <Form.Item name="discoveredOn" label={t('assistant.discoveredOn')} rules={[{ required: true }]}>
          <DatePicker style={{ width: '100%' }} data-testid="assistant-discovered" />
        </Form.Item>
      </Col>
      <Col xs={12}>
        <Form.Item name="continuing" label={t('assistant.continuing')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Col>
      {!continuing && (
        <Col xs={12}>
          <Form.Item name="endedOn" label={t('assistant.endedOn')}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      )}
    </Row>
  );
}
