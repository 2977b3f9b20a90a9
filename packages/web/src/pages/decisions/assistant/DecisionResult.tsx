import { type DecisionResponse, lawCitation, type ResolvedRules } from '@rouxing/contracts';
import { Alert, Descriptions, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

const OUTCOME_COLOR: Record<string, string> = {
  time_barred: 'default',
  no_penalty: 'green',
  may_waive: 'cyan',
  mitigate: 'blue',
  may_mitigate: 'geekblue',
  penalty: 'orange',
};

const lawText = (b: { law: string; article: number; paragraph?: number }) => lawCitation(b.law, b.article, b.paragraph);

/** The engine's answer: the outcome, its flags (过罚不当 first), the fine range, the basis and the explanation. */
export function DecisionResult({ result, rules }: { result: DecisionResponse; rules: ResolvedRules | undefined }) {
  const { t } = useTranslation();
  const listEntry = (listId: string, itemCode: string) => rules?.listEntries.find((e) => e.listId === listId && e.itemCode === itemCode);
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <div>
        <Tag color={OUTCOME_COLOR[result.outcome]} style={{ fontSize: 18, padding: '4px 12px' }} data-testid="assistant-outcome">
          {t(`assistant.outcomes.${result.outcome}`)}
        </Tag>
        {result.educationRequired && <Tag color="purple">{t('assistant.education')}</Tag>}
        {result.firstOffense && <Tag>{t('assistant.firstOffense')}</Tag>}
      </div>
      {result.flags.includes('disproportionate') && (
        <Alert
          type="error"
          showIcon
          data-testid="assistant-disproportionate"
          message={t('assistant.flags.disproportionate')}
          description={t('assistant.disproportionateHelp')}
        />
      )}
      {result.flags
        .filter((f) => f !== 'disproportionate')
        .map((f) => (
          <Alert key={f} type="warning" showIcon message={t(`assistant.flags.${f}`)} />
        ))}
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label={t('assistant.fineRange')}>
          <span data-testid="assistant-fine-range">
            {result.fineRange ? t('assistant.rangeYuan', { min: result.fineRange.min, max: result.fineRange.max }) : t('assistant.noFine')}
          </span>
        </Descriptions.Item>
        <Descriptions.Item label={t('assistant.basis')}>
          {result.basis.length === 0 ? (
            // A penalty cites no rule of exemption or mitigation: its basis is the item's 罚则 (else its legal basis).
            <Typography.Text data-testid="assistant-penalty-basis">
              {rules ? t('assistant.penaltyBasis', { basis: (rules.item.penaltyBasis ?? rules.item.legalBasis).text }) : '—'}
            </Typography.Text>
          ) : (
            <List
              size="small"
              dataSource={result.basis}
              data-testid="assistant-basis"
              renderItem={(b) =>
                b.source === 'law' ? (
                  <List.Item>{lawText(b)}</List.Item>
                ) : (
                  <List.Item>
                    <Space direction="vertical" size={0}>
                      <Typography.Text strong>
                        {listEntry(b.listId, b.itemCode)?.listTitle ?? b.listId} · {t('assistant.entryNo', { no: b.itemCode })}
                      </Typography.Text>
                      <Typography.Text type="secondary">{listEntry(b.listId, b.itemCode)?.itemText}</Typography.Text>
                    </Space>
                  </List.Item>
                )
              }
            />
          )}
        </Descriptions.Item>
      </Descriptions>
      <Typography.Paragraph data-testid="assistant-explanation">{result.explanation}</Typography.Paragraph>
    </Space>
  );
}
