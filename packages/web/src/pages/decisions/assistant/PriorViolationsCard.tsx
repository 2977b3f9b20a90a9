import type { PriorViolationRecord } from '@rouxing/contracts';
import { Table } from 'antd';
import { useTranslation } from 'react-i18next';

/** 历次决定记录: the party's earlier decisions on this platform, by whichever authority. */
export function PriorViolationsCard({ rows, loading }: { rows: PriorViolationRecord[]; loading: boolean }) {
  const { t } = useTranslation();
  return (
    <Table<PriorViolationRecord>
      size="small"
      rowKey="id"
      loading={loading}
      pagination={false}
      style={{ marginBottom: 16 }}
      data-testid="assistant-priors"
      title={() => t('assistant.priors')}
      locale={{ emptyText: t('assistant.noPriors') }}
      dataSource={rows}
      columns={[
        { title: t('assistant.priorOn'), dataIndex: 'decidedOn', width: 110 },
        { title: t('assistant.priorAuthority'), dataIndex: 'authority' },
        { title: t('assistant.priorItem'), render: (_, r) => [r.violationCode, r.violationName].filter(Boolean).join(' ') },
        {
          title: t('assistant.priorOutcome'),
          dataIndex: 'outcome',
          render: (o: string) => t(`assistant.priorOutcomes.${o}`, { defaultValue: o }),
        },
      ]}
    />
  );
}
