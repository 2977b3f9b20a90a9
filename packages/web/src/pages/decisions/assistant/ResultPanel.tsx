import { FileDoneOutlined } from '@ant-design/icons';
import type { DecisionInput, DecisionResponse, ResolvedRules } from '@rouxing/contracts';
import { Alert, Button, Card, Empty } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../../app/auth';
import { can } from '../../../lib/permissions';
import { NoPenaltyProposalModal } from '../NoPenaltyProposalModal';
import { DecisionResult } from './DecisionResult';

/** The outcomes on which a 不予处罚决定 may be proposed (行政处罚法 第三十三条: 应当 and 可以). */
const WAIVED: readonly string[] = ['no_penalty', 'may_waive'];

/**
 * 研判结果: the engine's answer, or its refusal, or nothing yet. On a waived outcome a case handler may hand
 * the request to a case as a 不予处罚决定 proposal.
 */
export function ResultPanel({
  result,
  request,
  error,
  rules,
  presetCaseId,
}: {
  result: DecisionResponse | undefined;
  /** The request that gave `result`. */
  request: DecisionInput | undefined;
  error: Error | null;
  rules: ResolvedRules | undefined;
  /** 从案件进入: the case preselected in the proposal. */
  presetCaseId: string | undefined;
}) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [proposing, setProposing] = useState(false);
  return (
    <Card title={t('assistant.result')} data-testid="assistant-result">
      {result ? (
        <>
          <DecisionResult result={result} rules={rules} />
          {WAIVED.includes(result.outcome) && request && can(me, 'case.handle') && (
            <>
              <Button
                type="primary"
                icon={<FileDoneOutlined />}
                style={{ marginTop: 16 }}
                onClick={() => setProposing(true)}
                data-testid="assistant-propose"
              >
                {t('assistant.propose.button')}
              </Button>
              <NoPenaltyProposalModal
                open={proposing}
                onClose={() => setProposing(false)}
                request={request}
                explanation={result.explanation}
                presetCaseId={presetCaseId}
              />
            </>
          )}
        </>
      ) : error ? (
        <Alert type="error" showIcon message={error.message} />
      ) : (
        <Empty description={t('assistant.noResult')} />
      )}
    </Card>
  );
}
