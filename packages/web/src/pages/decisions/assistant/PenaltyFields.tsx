import { PENALTY_TYPES } from '@rouxing/contracts';
import { Col, Form, InputNumber, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';

/** The penalty the officer has in mind, checked against the benchmark (过罚不当 when outside it). */
export function PenaltyFields() {
  const { t } = useTranslation();
  return (
    <Row gutter={12}>
      <Col xs={12}>
        <Form.Item name="penaltyType" label={t('assistant.proposedType')}>
          <Select
            allowClear
            data-testid="assistant-penalty-type"
            options={PENALTY_TYPES.map((p) => ({ value: p, label: t(`assistant.penaltyTypes.${p}`) }))}
          />
        </Form.Item>
      </Col>
      <Col xs={12}>
        <Form.Item name="amount" label={t('assistant.proposedAmount')}>
          <InputNumber min={0} precision={0} style={{ width: '100%' }} addonAfter={t('assistant.yuan')} data-testid="assistant-amount" />
        </Form.Item>
      </Col>
    </Row>
  );
}
