import { SearchOutlined } from '@ant-design/icons';
import type { DecisionInput, ResolvedRules } from '@rouxing/contracts';
import { Button, Card, Form, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../../app/auth';
import { CircumstanceFields } from './CircumstanceFields';
import { type FactsValues, initialFacts, toDecisionInput } from './facts';
import { PenaltyFields } from './PenaltyFields';
import { PeriodFields } from './PeriodFields';
import { usePriorViolations } from './queries';
import { SubjectFields } from './SubjectFields';

/** 案件事实: the facts form; 研判 hands the engine's request to `onEvaluate`. */
export function FactsForm({
  form,
  rules,
  evaluating,
  onEvaluate,
}: {
  form: FormInstance<FactsValues>;
  rules: ResolvedRules | undefined;
  evaluating: boolean;
  onEvaluate: (request: DecisionInput) => void;
}) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const priors = usePriorViolations(Form.useWatch('entityId', form), Form.useWatch('idNumber', form));
  const submit = (v: FactsValues) => onEvaluate(toDecisionInput(v, me.departmentName ?? me.regionName, priors.data ?? []));
  return (
    <Card title={t('assistant.facts')}>
      <Form<FactsValues> form={form} layout="vertical" onFinish={submit} initialValues={initialFacts()}>
        <SubjectFields priors={priors} />
        <PeriodFields />
        <CircumstanceFields rules={rules} />
        <PenaltyFields />
        <Button type="primary" htmlType="submit" icon={<SearchOutlined />} loading={evaluating} data-testid="assistant-evaluate">
          {t('assistant.evaluate')}
        </Button>
      </Form>
    </Card>
  );
}
