import type { CaseDetail } from '@rouxing/contracts';
import { Alert, Button, Card, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { caseApi } from '../../api/cases';
import { useCurrentUser } from '../../app/auth';
import { formatDateTime } from '../../lib/format';
import { can } from '../../lib/permissions';
import { useCaseAction } from './shared';

/** A measure or termination awaiting a reviewer of the department other than its proposer (四眼原则). */
export function ProposalCard({ kase }: { kase: CaseDetail }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [opinion, setOpinion] = useState('');
  const [approve, setApprove] = useState(true);
  const p = kase.proposal;
  const decide = useCaseAction(kase.id, (a: boolean) => caseApi.decideProposal(kase.id, { approve: a, opinion }), {
    success: t(approve ? 'case.proposal.approved' : 'case.proposal.returned'),
    onDone: () => setOpinion(''),
  });
  if (!p) {
    return null;
  }
  const mayDecide = can(me, 'case.approve') && me.departmentId === kase.departmentId && me.id !== p.proposedBy;
  const run = (a: boolean) => {
    setApprove(a);
    decide.mutate(a);
  };
  return (
    <Card title={t('case.proposal.title')} data-testid="case-proposal" styles={{ header: { background: '#fffbe6' } }}>
      <Typography.Text strong>{t(`case.proposal.kinds.${p.kind}`)}</Typography.Text>
      <Typography.Paragraph style={{ margin: '4px 0', whiteSpace: 'pre-wrap' }}>{p.summary}</Typography.Paragraph>
      <Typography.Text type="secondary">
        {t('case.proposal.proposedBy', { name: p.proposedByName, time: formatDateTime(p.proposedAt) })}
      </Typography.Text>
      {mayDecide ? (
        <Space orientation="vertical" style={{ width: '100%', marginTop: 12 }}>
          <Input.TextArea
            rows={3}
            maxLength={2000}
            value={opinion}
            onChange={(e) => setOpinion(e.target.value)}
            placeholder={t('case.proposal.opinionPlaceholder')}
            aria-label={t('case.proposal.opinion')}
            data-testid="proposal-opinion"
          />
          <Space wrap>
            <Button type="primary" onClick={() => run(true)} loading={decide.isPending && approve} data-testid="proposal-approve">
              {t('case.proposal.approve')}
            </Button>
            <Button danger onClick={() => run(false)} loading={decide.isPending && !approve} data-testid="proposal-return">
              {t('case.proposal.return')}
            </Button>
          </Space>
        </Space>
      ) : (
        <Alert type="info" showIcon style={{ marginTop: 12 }} title={t('case.proposal.waiting')} />
      )}
    </Card>
  );
}
