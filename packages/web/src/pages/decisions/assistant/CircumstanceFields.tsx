import { HARMS, MITIGATING, type ResolvedRules } from '@rouxing/contracts';
import { Checkbox, Col, Form, Radio, Row, Switch } from 'antd';
import { useTranslation } from 'react-i18next';

/** The yes/no facts the articles turn on (第二十九条、第三十二条、第三十三条). */
const SWITCHES = [
  'minorViolation',
  'correctedInTime',
  'provenNoFault',
  'involvesLifeHealthOrFinancialSecurity',
  'alreadyFinedForSameAct',
  'inObservationPeriod',
] as const;

/** Harm, the yes/no facts, the statutory mitigating circumstances and the benchmark's aggravating ones. */
export function CircumstanceFields({ rules }: { rules: ResolvedRules | undefined }) {
  const { t } = useTranslation();
  const aggravating = rules?.benchmark?.aggravating ?? [];
  return (
    <>
      <Form.Item name="harm" label={t('assistant.harm')}>
        <Radio.Group
          optionType="button"
          options={HARMS.map((h) => ({ value: h, label: t(`assistant.harms.${h}`) }))}
          data-testid="assistant-harm"
        />
      </Form.Item>
      <Row gutter={12}>
        {SWITCHES.map((k) => (
          <Col xs={12} key={k}>
            <Form.Item name={k} label={t(`assistant.${k}`)} valuePropName="checked">
              <Switch data-testid={`assistant-${k}`} />
            </Form.Item>
          </Col>
        ))}
      </Row>
      <Form.Item name="mitigating" label={t('assistant.mitigating')}>
        <Checkbox.Group options={MITIGATING.map((m) => ({ value: m, label: t(`assistant.mitigatingCodes.${m}`) }))} />
      </Form.Item>
      {aggravating.length > 0 && (
        <Form.Item name="aggravating" label={t('assistant.aggravating')}>
          <Checkbox.Group options={aggravating.map((a) => ({ value: a.code, label: a.label }))} />
        </Form.Item>
      )}
    </>
  );
}
