import { HARMS, LIST_KINDS, type ViolationItem } from '@rouxing/contracts';
import { Checkbox, Col, Form, Input, InputNumber, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { KIND_KEYS } from './NoPenaltyListDetailPage';

/**
 * One entry of a list: the catalogue item and kind, the list's own wording, and the structured conditions
 * the engine checks (首违, harm at most, corrected in time) beside the wording they come from.
 */
export function ListEntryFields({ name, index, items }: { name: number; index: number; items: ViolationItem[] }) {
  const { t } = useTranslation();
  return (
    <Row gutter={12}>
      <Col xs={6} md={3}>
        <Form.Item name={[name, 'itemCode']} label={t('rules.itemCode')}>
          <Input />
        </Form.Item>
      </Col>
      <Col xs={18} md={9}>
        <Form.Item name={[name, 'violationCode']} label={t('rules.code')} rules={[{ required: true }]}>
          <Select
            showSearch
            optionFilterProp="label"
            data-testid={`entry-code-${index}`}
            options={items.map((it) => ({ value: it.code, label: `${it.code} ${it.name}` }))}
          />
        </Form.Item>
      </Col>
      <Col xs={12} md={4}>
        <Form.Item name={[name, 'kind']} label={t('rules.kind')} rules={[{ required: true }]}>
          <Select
            options={LIST_KINDS.map((k) => ({ value: k, label: t(`rules.kinds.${KIND_KEYS[k]}`) }))}
            data-testid={`entry-kind-${index}`}
          />
        </Form.Item>
      </Col>
      <Col xs={12} md={8}>
        <Form.Item name={[name, 'conditions', 'maxHarm']} label={t('rules.maxHarm')}>
          <Select allowClear options={HARMS.map((h) => ({ value: h, label: t(`assistant.harms.${h}`) }))} />
        </Form.Item>
      </Col>
      <Col xs={24}>
        <Form.Item name={[name, 'itemText']} label={t('rules.itemText')} rules={[{ required: true }]}>
          <Input.TextArea rows={2} data-testid={`entry-text-${index}`} />
        </Form.Item>
      </Col>
      <Col xs={12} md={6}>
        <Form.Item name={[name, 'conditions', 'firstOffense']} valuePropName="checked">
          <Checkbox>{t('portal.first')}</Checkbox>
        </Form.Item>
      </Col>
      <Col xs={12} md={6}>
        <Form.Item name={[name, 'conditions', 'firstOffenseScope']}>
          <Select
            allowClear
            placeholder={t('rules.scope')}
            options={[
              { value: 'authority', label: t('rules.scopeAuthority') },
              { value: 'same_item', label: t('rules.scopeSameItem') },
            ]}
          />
        </Form.Item>
      </Col>
      <Col xs={12} md={6}>
        <Form.Item name={[name, 'conditions', 'correctedInTime']} valuePropName="checked">
          <Checkbox>{t('portal.corrected')}</Checkbox>
        </Form.Item>
      </Col>
      <Col xs={12} md={6}>
        <Form.Item name={[name, 'conditions', 'correctionDays']}>
          <InputNumber min={1} precision={0} placeholder={t('rules.correctionDays')} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name={[name, 'conditionsText']} label={t('rules.conditionsText')}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name={[name, 'legalBasisText']} label={t('rules.basisText')}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name={[name, 'normalPenaltyText']} label={t('rules.penaltyText')}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name={[name, 'notes']} label={t('rules.notes')}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Col>
    </Row>
  );
}
