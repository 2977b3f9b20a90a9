import type { CaseDetail, MeasureView } from '@rouxing/contracts';
import { Card, Empty, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { caseApi } from '../../../api/cases';
import { formatDateTime } from '../../../lib/format';
import { OverdueTag } from '../shared';

function Commitment({ m }: { m: MeasureView }) {
  const { t } = useTranslation();
  const c = m.commitment;
  if (!c) {
    return null;
  }
  return (
    <Space wrap size={4} data-testid="measure-commitment">
      <Tag>{t('case.measures.deadline', { date: c.deadline })}</Tag>
      {c.partySignedAt ? (
        <Tag color="green">{t('case.measures.signed', { time: formatDateTime(c.partySignedAt) })}</Tag>
      ) : (
        <Tag color="gold">{t('case.measures.unsigned')}</Tag>
      )}
      {c.fulfilledOn && <Tag color="green">{t('case.measures.fulfilled', { date: c.fulfilledOn })}</Tag>}
      {c.overdue && <OverdueTag />}
    </Space>
  );
}

/** 措施: each measure with its document, commitment deadline, signature and whether it is overdue. */
export function MeasuresSection({ kase }: { kase: CaseDetail }) {
  const { t } = useTranslation();
  return (
    <Card title={t('case.measures.title')} data-testid="case-measures">
      {kase.measures.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('case.measures.empty')} />
      ) : (
        <div className="rx-rows">
          {kase.measures.map((m) => (
            <div key={m.id} data-testid="measure-row">
              <Space wrap size={6}>
                <Typography.Text strong>
                  {m.id} {t(`case.measureTypes.${m.type}`)}
                </Typography.Text>
                <Typography.Text type="secondary">{m.on}</Typography.Text>
                {m.oral && <Tag>{t('case.measures.oral')}</Tag>}
                {m.documentId && (
                  <a href={caseApi.documentUrl(m.documentId)} download>
                    {t('case.documents.download')}
                  </a>
                )}
              </Space>
              <Typography.Paragraph style={{ margin: '4px 0', whiteSpace: 'pre-wrap' }}>{m.content}</Typography.Paragraph>
              {m.offset && (
                <Typography.Paragraph style={{ margin: '4px 0' }}>
                  {t('case.measures.offset', {
                    fine: m.offset.fineYuan,
                    hours: m.offset.verifiedHours,
                    reduction: m.offset.reductionYuan,
                    remaining: m.offset.remainingFineYuan,
                  })}
                </Typography.Paragraph>
              )}
              <Commitment m={m} />
              <div className="rx-muted">
                {t('case.measures.recordedBy', { name: m.recordedByName })}
                {m.approvedByName && ` · ${t('case.measures.approvedBy', { name: m.approvedByName })}`}
              </div>
            </div>
          ))}
        </div>
      )}
    </Card>
  );
}
