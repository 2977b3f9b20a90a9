import type { FollowUpView } from '@rouxing/contracts';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Modal, Space, Switch, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { caseApi, caseKeys, LIVE } from '../../api/cases';
import { useCurrentUser } from '../../app/auth';
import { PageHeader } from '../../components/PageHeader';
import { can } from '../../lib/permissions';
import { FollowUpForm, followUpResult } from './FollowUpForm';
import { OverdueTag } from './shared';

/** 跟踪回访 (常政办发〔2025〕5号 第五项): the department's visits (the Judicial Bureau: all), overdue first, recorded here. */
export default function FollowUpsPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [open, setOpen] = useState(true);
  const [recording, setRecording] = useState<FollowUpView | null>(null);
  const q = useQuery({ queryKey: caseKeys.followUps({ open }), queryFn: () => caseApi.followUps(open ? { open: true } : {}), ...LIVE });
  const rows = [...(q.data ?? [])].sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.dueOn.localeCompare(b.dueOn));
  return (
    <>
      <PageHeader title={t('case.followUps.title')} testId="page-follow-ups" />
      <Card>
        <Space style={{ marginBottom: 16 }}>
          <Switch checked={open} onChange={setOpen} aria-label={t('case.followUps.openOnly')} data-testid="follow-ups-open" />
          {t('case.followUps.openOnly')}
        </Space>
        <Table<FollowUpView>
          rowKey="id"
          loading={q.isLoading}
          dataSource={rows}
          scroll={{ x: 860 }}
          locale={{ emptyText: t('case.followUps.empty') }}
          columns={[
            {
              title: t('case.caseNo'),
              dataIndex: 'caseNo',
              width: 200,
              render: (v: string, r) => <Link to={`/cases/${r.caseId}`}>{v}</Link>,
            },
            { title: t('case.party'), dataIndex: 'entityName' },
            { title: t('case.followUps.measure'), width: 140, render: (_, r) => t(`case.measureTypes.${r.measureType}`) },
            {
              title: t('case.followUps.dueOn'),
              width: 160,
              render: (_, r) => (
                <Space size={4}>
                  {r.dueOn}
                  {r.overdue && <OverdueTag />}
                </Space>
              ),
            },
            {
              title: t('case.followUps.result'),
              render: (_, r) =>
                r.visitedOn ? (
                  <>
                    {followUpResult(r, t)}
                    {r.answeredByParty && <Tag style={{ marginInlineStart: 6 }}>{t('case.followUps.answeredByParty')}</Tag>}
                  </>
                ) : can(me, 'case.handle') ? (
                  <Button size="small" onClick={() => setRecording(r)} data-testid="follow-up-record">
                    {t('case.followUps.record')}
                  </Button>
                ) : (
                  <Tag color="gold">{t('case.followUps.pending')}</Tag>
                ),
            },
          ]}
        />
      </Card>
      <Modal open={recording !== null} title={t('case.followUps.record')} footer={null} destroyOnHidden onCancel={() => setRecording(null)}>
        {recording && (
          <>
            <p>
              {recording.caseNo} · {recording.entityName}
            </p>
            <FollowUpForm visit={recording} onDone={() => setRecording(null)} />
          </>
        )}
      </Modal>
    </>
  );
}
