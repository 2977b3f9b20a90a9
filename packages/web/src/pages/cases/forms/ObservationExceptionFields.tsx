import { OBSERVATION_EXCEPTION_GROUNDS } from '@rouxing/contracts';
import { Alert, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * 常政办发〔2025〕5号 第十四项's exception, stated for a step that presupposes a penalty during an observation period (公益抵罚,
 * handing over to the ordinary procedure): the ground and the reason, approved with the step by a reviewer.
 */
export function ObservationExceptionFields({ note }: { note: string }) {
  const { t } = useTranslation();
  return (
    <>
      <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={note} data-testid="observation-exception-note" />
      <Form.Item
        name={['observationException', 'ground']}
        label={t('case.measureForm.observationGround')}
        rules={[{ required: true, message: t('case.measureForm.observationGround') }]}
      >
        <Select
          options={OBSERVATION_EXCEPTION_GROUNDS.map((g) => ({ value: g, label: t(`case.measureForm.observationGrounds.${g}`) }))}
          data-testid="observation-exception-ground"
        />
      </Form.Item>
      <Form.Item
        name={['observationException', 'reason']}
        label={t('case.measureForm.observationReason')}
        rules={[{ required: true, whitespace: true, message: t('case.measureForm.observationReason') }]}
      >
        <Input.TextArea rows={2} maxLength={500} data-testid="observation-exception-reason" />
      </Form.Item>
    </>
  );
}
