import { Col, Form, Input, InputNumber, Radio, Row, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ageFromIdNumber, type FactsValues, isFullIdNumber } from './facts';
import { PriorViolationsCard } from './PriorViolationsCard';
import { useEntitySearch, useItemSearch, type usePriorViolations } from './queries';

/**
 * The item and the party: picking a registered entity makes it a legal person, takes its observation period
 * over, and shows its earlier decisions; a natural person's age and mental state count (第三十条、第三十一条).
 */
export function SubjectFields({ priors }: { priors: ReturnType<typeof usePriorViolations> }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance<FactsValues>();
  const [itemQuery, setItemQuery] = useState('');
  const [entityQuery, setEntityQuery] = useState('');
  const items = useItemSearch(itemQuery);
  const entities = useEntitySearch(entityQuery);
  const entityId = Form.useWatch('entityId', form);
  const partyType = Form.useWatch('partyType', form);
  const idNumber = Form.useWatch('idNumber', form);
  const fillAge = (v: string) => {
    const age = ageFromIdNumber(v, form.getFieldValue('occurredOn'));
    if (age !== null) {
      form.setFieldValue('age', age);
    }
  };
  const selectEntity = (id: string | undefined) => {
    form.setFieldValue('entityId', id);
    const e = entities.data?.items.find((x) => x.id === id);
    if (e) {
      form.setFieldsValue({ partyType: 'legal_person', inObservationPeriod: e.inObservationPeriod });
    }
  };
  return (
    <>
      <Form.Item name="code" label={t('assistant.item')} rules={[{ required: true, message: t('assistant.itemRequired') }]}>
        <Select
          showSearch
          filterOption={false}
          onSearch={setItemQuery}
          loading={items.isFetching}
          data-testid="assistant-item"
          placeholder={t('assistant.itemPlaceholder')}
          options={(items.data?.items ?? []).map((i) => ({ value: i.code, label: `${i.code} ${i.name}` }))}
        />
      </Form.Item>
      <Form.Item name="entityId" label={t('assistant.party')} extra={t('assistant.partyHelp')}>
        <Select
          showSearch
          allowClear
          filterOption={false}
          onSearch={setEntityQuery}
          onChange={selectEntity}
          loading={entities.isFetching}
          data-testid="assistant-entity"
          placeholder={t('assistant.partyPlaceholder')}
          options={(entities.data?.items ?? []).map((e) => ({ value: e.id, label: `${e.name}（${e.uscc}）` }))}
        />
      </Form.Item>
      {!entityId && partyType === 'natural_person' && (
        <Form.Item name="idNumber" label={t('parties.idNumber')} extra={t('parties.assistantIdHelp')}>
          <Input maxLength={18} autoComplete="off" onChange={(e) => fillAge(e.target.value)} data-testid="assistant-id-number" />
        </Form.Item>
      )}
      {(entityId || (partyType === 'natural_person' && isFullIdNumber(idNumber))) && (
        <PriorViolationsCard rows={priors.data ?? []} loading={priors.isLoading} />
      )}
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Form.Item name="partyType" label={t('assistant.partyType')}>
            <Radio.Group
              optionType="button"
              options={['legal_person', 'natural_person', 'other_organization'].map((v) => ({
                value: v,
                label: t(`assistant.partyTypes.${v}`),
              }))}
            />
          </Form.Item>
        </Col>
        {partyType === 'natural_person' && (
          <Col xs={12} sm={6}>
            <Form.Item name="age" label={t('assistant.age')}>
              <InputNumber min={0} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        )}
        {partyType === 'natural_person' && (
          <Col xs={12} sm={6}>
            <Form.Item name="mentalState" label={t('assistant.mentalState')}>
              <Select
                options={['normal', 'partially_impaired', 'unable_to_recognize_or_control'].map((v) => ({
                  value: v,
                  label: t(`assistant.mental.${v}`),
                }))}
              />
            </Form.Item>
          </Col>
        )}
      </Row>
    </>
  );
}
