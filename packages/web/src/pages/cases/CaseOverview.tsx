import type { CaseDetail } from '@rouxing/contracts';
import type { StepsProps } from 'antd';
import { Card, Descriptions, Steps, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { PartyLine } from './PartyLine';

type Step = NonNullable<StepsProps['items']>[number];

/** The lifecycle as six steps: 启动 → 告知书送达 → 当事人选择 → 柔性措施 → 办结/终止 → 归档. */
export function lifecycleSteps(c: CaseDetail, t: TFunction): { items: Step[]; current: number; status: StepsProps['status'] } {
  const closedTitle = c.termination ? t('case.steps.terminated') : t('case.steps.closed');
  const items: Step[] = [
    { title: t('case.steps.start'), content: c.startedOn },
    { title: t('case.steps.notice'), content: c.notice?.servedOn },
    { title: c.state === 'declined' ? t('case.steps.declined') : t('case.steps.choice'), content: c.choice?.on },
    { title: t('case.steps.measures'), content: c.measures[0]?.on },
    { title: closedTitle, content: c.closedOn && c.state !== 'declined' ? c.closedOn : undefined },
    { title: t('case.steps.archive'), content: c.archivedOn ?? undefined },
  ];
  const at: Record<CaseDetail['state'], number> = {
    started: 1,
    notice_served: 2,
    accepted: 3,
    measures: 3,
    commitment_pending: 3,
    declined: 2,
    completed: 5,
    terminated: 5,
    archived: 5,
  };
  const status: StepsProps['status'] = c.state === 'declined' ? 'error' : c.state === 'archived' ? 'finish' : 'process';
  return { items, current: at[c.state], status };
}

/** The case's particulars and where it stands in its lifecycle. */
export function CaseOverview({ kase }: { kase: CaseDetail }) {
  const { t } = useTranslation();
  const steps = lifecycleSteps(kase, t);
  const choice = kase.choice;
  return (
    <Card>
      <Steps
        items={steps.items}
        current={steps.current}
        status={steps.status}
        size="small"
        responsive
        style={{ marginBottom: 20 }}
        data-testid="case-steps"
      />
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, sm: 1, md: 2 }}
        styles={{ label: { whiteSpace: 'nowrap' } }}
        items={[
          { key: 'party', label: t('case.party'), children: <PartyLine kase={kase} /> },
          { key: 'department', label: t('case.department'), children: kase.departmentName },
          { key: 'origin', label: t('case.origin'), children: t(`case.origins.${kase.origin}`) },
          { key: 'started', label: t('case.startedOn'), children: kase.startedOn },
          {
            key: 'facts',
            label: t('case.facts'),
            span: 'filled',
            children: <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{kase.facts}</Typography.Paragraph>,
          },
          { key: 'basis', label: t('case.legalBasis'), span: 'filled', children: kase.legalBasis },
          {
            key: 'notice',
            label: t('case.notice'),
            children: kase.notice
              ? t('case.noticeServed', {
                  date: kase.notice.servedOn,
                  method: t(`case.deliveryMethods.${kase.notice.delivery}`),
                  deadline: kase.notice.choiceDeadline,
                })
              : '—',
          },
          ...(kase.notice
            ? [
                {
                  key: 'offered',
                  label: t('case.noticeOffered'),
                  children: (
                    <span style={{ whiteSpace: 'pre-wrap' }} data-testid="case-notice-offered">
                      {kase.notice.offered}
                    </span>
                  ),
                },
              ]
            : []),
          {
            key: 'choice',
            label: t('case.choice'),
            children: !choice
              ? '—'
              : choice.deemed
                ? t('case.choiceDeemed', { date: choice.on })
                : t(choice.choice === 'accept' ? 'case.choiceAccept' : 'case.choiceDecline', { date: choice.on }),
          },
          ...(kase.commitmentDeadline
            ? [{ key: 'commitment', label: t('case.commitmentDeadline'), children: kase.commitmentDeadline }]
            : []),
          ...(kase.applicationWithdrawnOn
            ? [{ key: 'withdrawn', label: t('case.withdrawnOn'), children: kase.applicationWithdrawnOn }]
            : []),
          ...(kase.termination
            ? [
                {
                  key: 'termination',
                  label: t('case.termination'),
                  span: 'filled' as const,
                  children: `${kase.termination.on} ${t(`case.terminationGrounds.${kase.termination.ground}`)}${
                    kase.termination.reason ? `：${kase.termination.reason}` : ''
                  }${kase.termination.handOverToGeneralProcedure ? `（${t('case.handedOver')}）` : ''}`,
                },
              ]
            : []),
          ...(kase.observationPeriod
            ? [
                {
                  key: 'observation',
                  label: t('case.observationPeriod'),
                  children: t('case.observationPeriodValue', kase.observationPeriod),
                },
              ]
            : []),
          ...(kase.closedOn ? [{ key: 'closed', label: t('case.closedOn'), children: kase.closedOn }] : []),
          ...(kase.archivedOn ? [{ key: 'archived', label: t('case.archivedOn'), children: kase.archivedOn }] : []),
        ]}
      />
    </Card>
  );
}
