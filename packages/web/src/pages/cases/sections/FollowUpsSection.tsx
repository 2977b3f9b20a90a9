import type { CaseDetail, FollowUpView } from '@rouxing/contracts';
import { Button, Card, Modal, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../../app/auth';
import { can } from '../../../lib/permissions';
import { FollowUpForm, followUpResult } from '../FollowUpForm';
import { OverdueTag } from '../shared';

/** 回访: the visits scheduled on completion, due dates, overdue flags and what was found. */
export function FollowUpsSection({ kase }: { kase: CaseDetail }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [recording, setRecording] = useState<FollowUpView | null>(null);
  const staff = can(me, 'case.handle') && me.departmentId === kase.departmentId;
  if (kase.followUps.length === 0) {
    return null;
  }
  return (
    <Card title={t('case.followUps.title')} data-testid="case-follow-ups">
      <Table<FollowUpView>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={kase.followUps}
        scroll={{ x: 640 }}
        columns={[
          { title: t('case.followUps.measure'), render: (_, v) => `${v.measureId} ${t(`case.measureTypes.${v.measureType}`)}` },
          {
            title: t('case.followUps.dueOn'),
            width: 160,
            render: (_, v) => (
              <span data-testid="follow-up-due">
                {v.dueOn} {v.overdue && <OverdueTag />}
              </span>
            ),
          },
          {
            title: t('case.followUps.result'),
            render: (_, v) =>
              v.visitedOn ? (
                <>
                  {followUpResult(v, t)}
                  {v.answeredByParty && <Tag style={{ marginInlineStart: 6 }}>{t('case.followUps.answeredByParty')}</Tag>}
                </>
              ) : staff ? (
                <Button size="small" onClick={() => setRecording(v)} data-testid="follow-up-record">
                  {t('case.followUps.record')}
                </Button>
              ) : (
                <Tag color="gold">{t('case.followUps.pending')}</Tag>
              ),
          },
        ]}
      />
      <Modal open={recording !== null} title={t('case.followUps.record')} footer={null} destroyOnHidden onCancel={() => setRecording(null)}>
        {recording && <FollowUpForm visit={recording} onDone={() => setRecording(null)} />}
      </Modal>
    </Card>
  );
}
