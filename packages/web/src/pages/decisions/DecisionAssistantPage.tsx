import { Alert, Col, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { FactsForm } from './assistant/FactsForm';
import { useDecisionAssistant } from './assistant/queries';
import { ResultPanel } from './assistant/ResultPanel';
import { RulesCard } from './assistant/RulesCard';

/** 裁量辅助: the officer picks the item and the party, enters the facts, and sees the law's answer before anything is issued. */
export default function DecisionAssistantPage() {
  const { t } = useTranslation();
  const { form, resolved, evaluate } = useDecisionAssistant();
  // 从案件进入（?caseId=）: the case is preselected when the answer is handed to a case.
  const [params] = useSearchParams();
  return (
    <>
      <PageHeader title={t('assistant.title')} testId="page-assistant" />
      <Alert type="info" showIcon style={{ marginBottom: 16 }} message={t('assistant.intro')} />
      <Row gutter={16}>
        <Col xs={24} lg={12}>
          <FactsForm form={form} rules={resolved.data} evaluating={evaluate.isPending} onEvaluate={evaluate.mutate} />
        </Col>
        <Col xs={24} lg={12}>
          <div className="rx-sticky">
            <ResultPanel
              result={evaluate.data}
              request={evaluate.variables}
              error={evaluate.error}
              rules={resolved.data}
              presetCaseId={params.get('caseId') ?? undefined}
            />
            {resolved.data && <RulesCard rules={resolved.data} />}
          </div>
        </Col>
      </Row>
    </>
  );
}
