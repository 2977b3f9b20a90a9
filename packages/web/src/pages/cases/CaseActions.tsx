import { DownloadOutlined, ReadOutlined } from '@ant-design/icons';
import type { CaseDetail } from '@rouxing/contracts';
import type { ButtonProps } from 'antd';
import { Alert, Button, Card, Modal, Popconfirm, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { caseApi, download } from '../../api/cases';
import { useCurrentUser } from '../../app/auth';
import { can } from '../../lib/permissions';
import { ChoiceForm } from './forms/ChoiceForm';
import { FulfilForm } from './forms/FulfilForm';
import { GuidingCaseForm } from './forms/GuidingCaseForm';
import { MeasureForm } from './forms/MeasureForm';
import { NoticeForm } from './forms/NoticeForm';
import { TerminationForm } from './forms/TerminationForm';
import { OPEN_STATES, useCaseAction, ymd } from './shared';

type Dialog = 'notice' | 'choice' | 'measure' | 'fulfil' | 'terminate' | 'guiding';
const ok = (testId: string) => ({ 'data-testid': testId }) as ButtonProps;

/** What the signed-in user may do on the case now, as the server's `actions` says (it checks again). */
export function CaseActions({ kase }: { kase: CaseDetail }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const close = () => setDialog(null);
  const may = (a: CaseDetail['actions'][number]) => kase.actions.includes(a);
  const staff = can(me, 'case.handle') && me.departmentId === kase.departmentId;
  // 指导性案例 (常政办发〔2025〕5号 第十项): a reviewer of the department publishes an archived case.
  const mayPublish =
    kase.guidingCaseId === null && kase.state === 'archived' && can(me, 'case.approve') && me.departmentId === kase.departmentId;
  const deem = useCaseAction(kase.id, () => caseApi.recordChoice(kase.id, { choice: 'decline', deemed: true }));
  const complete = useCaseAction(kase.id, () => caseApi.complete(kase.id));
  const withdraw = useCaseAction(kase.id, () => caseApi.withdraw(kase.id));
  const archive = useCaseAction(kase.id, () => caseApi.archive(kase.id));
  const deadlinePassed = !!kase.notice && ymd(dayjs()) > kase.notice.choiceDeadline;
  const open = (d: Dialog, label: string, testId: string, o: { primary?: boolean; disabled?: boolean; danger?: boolean } = {}) => (
    <Button
      block
      size="large"
      type={o.primary ? 'primary' : 'default'}
      danger={o.danger}
      disabled={o.disabled}
      onClick={() => setDialog(d)}
      data-testid={testId}
    >
      {label}
    </Button>
  );
  const buttons: ReactNode[] = [];
  if (may('serve_notice')) {
    buttons.push(open('notice', t('case.actions.serveNotice'), 'action-serve-notice', { primary: true }));
  }
  if (may('record_choice') && staff) {
    buttons.push(open('choice', t('case.actions.recordChoice'), 'action-record-choice'));
    if (deadlinePassed) {
      buttons.push(
        <Popconfirm
          key="deem"
          title={t('case.actions.deemDeclineConfirm')}
          onConfirm={() => deem.mutate(undefined)}
          okButtonProps={ok('confirm-deem')}
        >
          <Button block size="large" loading={deem.isPending} data-testid="action-deem-decline">
            {t('case.actions.deemDecline')}
          </Button>
        </Popconfirm>,
      );
    }
  }
  if (may('record_measure')) {
    buttons.push(open('measure', t('case.actions.recordMeasure'), 'action-record-measure', { primary: true, disabled: !!kase.proposal }));
  }
  if (may('fulfil_commitment')) {
    buttons.push(open('fulfil', t('case.actions.fulfil'), 'action-fulfil', { primary: true }));
  }
  if (may('complete')) {
    buttons.push(
      <Popconfirm
        key="complete"
        title={t('case.actions.completeConfirm')}
        onConfirm={() => complete.mutate(undefined)}
        okButtonProps={ok('confirm-complete')}
      >
        <Button block size="large" loading={complete.isPending} data-testid="action-complete">
          {t('case.actions.complete')}
        </Button>
      </Popconfirm>,
    );
  }
  if (may('withdraw_application') && kase.applicationWithdrawnOn === null) {
    buttons.push(
      <Popconfirm
        key="withdraw"
        title={t('case.actions.withdrawConfirm')}
        onConfirm={() => withdraw.mutate(undefined)}
        okButtonProps={ok('confirm-withdraw')}
      >
        <Button block size="large" loading={withdraw.isPending} data-testid="action-withdraw">
          {t('case.actions.withdraw')}
        </Button>
      </Popconfirm>,
    );
  }
  // Proposing termination is not in `actions` (the table lists the reviewer's approval): any staff of the department.
  if (staff && OPEN_STATES.includes(kase.state) && !kase.proposal) {
    buttons.push(open('terminate', t('case.actions.terminate'), 'action-terminate', { danger: true }));
  }
  const missing = kase.archiveMissing;
  return (
    <Card title={t('case.actionsTitle')} data-testid="case-actions">
      <Space orientation="vertical" style={{ width: '100%' }} size="middle">
        {buttons.map((b, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a fixed order of buttons
          <div key={i}>{b}</div>
        ))}
        {may('archive') && (
          <>
            {missing.length > 0 ? (
              <Alert
                type="warning"
                showIcon
                title={t('case.archiveMissing')}
                description={
                  <ul style={{ margin: 0, paddingLeft: 18 }} data-testid="archive-missing">
                    {missing.map((m) => (
                      <li key={m}>{m}</li>
                    ))}
                  </ul>
                }
              />
            ) : (
              <Alert type="success" showIcon title={t('case.archiveReady')} />
            )}
            <Popconfirm
              title={t('case.actions.archiveConfirm')}
              disabled={missing.length > 0}
              onConfirm={() => archive.mutate(undefined)}
              okButtonProps={ok('confirm-archive')}
            >
              <Button
                block
                size="large"
                type="primary"
                disabled={missing.length > 0}
                loading={archive.isPending}
                data-testid="action-archive"
              >
                {t('case.actions.archive')}
              </Button>
            </Popconfirm>
          </>
        )}
        {kase.state === 'archived' && (
          <Button
            block
            size="large"
            icon={<DownloadOutlined />}
            onClick={() => download(caseApi.archiveZipUrl(kase.id))}
            data-testid="action-export"
          >
            {t('case.actions.export')}
          </Button>
        )}
        {mayPublish && (
          <Button block size="large" icon={<ReadOutlined />} onClick={() => setDialog('guiding')} data-testid="action-publish-guiding">
            {t('guiding.publish')}
          </Button>
        )}
        {buttons.length === 0 && !may('archive') && kase.state !== 'archived' && (
          <Typography.Text type="secondary">{t('case.noActions')}</Typography.Text>
        )}
      </Space>
      <Modal open={dialog !== null} onCancel={close} footer={null} destroyOnHidden title={dialog ? titleOf(dialog, t) : ''} width={640}>
        {dialog === 'notice' && <NoticeForm kase={kase} onDone={close} />}
        {dialog === 'choice' && <ChoiceForm kase={kase} onDone={close} />}
        {dialog === 'measure' && <MeasureForm kase={kase} onDone={close} />}
        {dialog === 'fulfil' && <FulfilForm kase={kase} onDone={close} />}
        {dialog === 'terminate' && <TerminationForm kase={kase} onDone={close} />}
        {dialog === 'guiding' && <GuidingCaseForm kase={kase} onDone={close} />}
      </Modal>
    </Card>
  );
}

function titleOf(d: Dialog, t: (k: string) => string): string {
  const keys: Record<Dialog, string> = {
    notice: 'case.actions.serveNotice',
    choice: 'case.actions.recordChoice',
    measure: 'case.actions.recordMeasure',
    fulfil: 'case.actions.fulfil',
    terminate: 'case.actions.terminate',
    guiding: 'guiding.publish',
  };
  return t(keys[d]);
}
