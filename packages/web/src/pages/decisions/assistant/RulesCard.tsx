import type { ResolvedRules } from '@rouxing/contracts';
import { Card, Descriptions, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** 该事项的依据和基准: the item's legal basis, the applicable benchmark (and its chain) and the list entries in force. */
export function RulesCard({ rules }: { rules: ResolvedRules }) {
  const { t } = useTranslation();
  const { item, benchmark } = rules;
  return (
    <Card title={t('assistant.rules')} style={{ marginTop: 16 }} size="small">
      <Descriptions column={1} size="small">
        <Descriptions.Item label={t('assistant.item')}>
          {item.code} {item.name}
        </Descriptions.Item>
        <Descriptions.Item label={t('assistant.legalBasis')}>{item.legalBasis.text}</Descriptions.Item>
        {item.normalPenaltyText && <Descriptions.Item label={t('assistant.normalPenalty')}>{item.normalPenaltyText}</Descriptions.Item>}
        <Descriptions.Item label={t('assistant.benchmark')}>
          {benchmark
            ? `${benchmark.issuer}（${t(`assistant.levels.${benchmark.level}`)}）${t('assistant.rangeYuan', { min: benchmark.fine.min, max: benchmark.fine.max })}`
            : t('assistant.noBenchmark')}
        </Descriptions.Item>
        {rules.benchmarkChain.length > 1 && (
          <Descriptions.Item label={t('assistant.chain')}>{rules.benchmarkChain.map((b) => b.issuer).join(' → ')}</Descriptions.Item>
        )}
      </Descriptions>
      <List
        size="small"
        header={t('assistant.entries')}
        dataSource={rules.listEntries}
        locale={{ emptyText: t('assistant.noEntries') }}
        renderItem={(e) => (
          <List.Item>
            <Space direction="vertical" size={0}>
              <span>
                <Tag color="green">{e.kind}</Tag>
                {e.listTitle} · {t('assistant.entryNo', { no: e.itemCode })}
              </span>
              <Typography.Text type="secondary">{e.conditionsText.join('；')}</Typography.Text>
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
}
