import type { RuleDisplayStatus, RuleStatus } from '@rouxing/contracts';
import { Button, Input, Modal, Space, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReviewStep } from '../../api/catalogue';
import { useCurrentUser } from '../../app/auth';
import { can, P } from '../../lib/permissions';

export const STATUS_COLOR: Record<RuleDisplayStatus, string> = {
  draft: 'default',
  pending_review: 'gold',
  published: 'green',
  superseded: 'purple',
  expired: 'red',
};

export function StatusTag({ status }: { status: RuleDisplayStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLOR[status]} data-testid="rule-status">
      {t(`rules.status.${status}`)}
    </Tag>
  );
}

/** The workflow buttons of a list or benchmark version: submit, approve/return (not the author), new version. */
export function ReviewActions({
  version,
  onStep,
  onEdit,
  busy,
}: {
  version: { status: RuleStatus; createdBy: string; departmentId: string; revision: number };
  onStep: (step: ReviewStep, body: object) => void;
  onEdit?: () => void;
  busy: boolean;
}) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [returning, setReturning] = useState(false);
  const [reason, setReason] = useState('');
  const own = me.departmentId === version.departmentId;
  if (!own) {
    return null;
  }
  const draft = can(me, P.rulesDraft);
  const approve = can(me, P.rulesApprove) && me.id !== version.createdBy;
  return (
    <Space wrap>
      {version.status === 'draft' && draft && onEdit && (
        <Button onClick={onEdit} data-testid="list-edit">
          {t('common.edit')}
        </Button>
      )}
      {version.status === 'draft' && draft && (
        <Button type="primary" loading={busy} onClick={() => onStep('submit', { revision: version.revision })} data-testid="list-submit">
          {t('rules.submit')}
        </Button>
      )}
      {version.status === 'pending_review' && approve && (
        <>
          <Button
            type="primary"
            loading={busy}
            onClick={() => onStep('approve', { revision: version.revision })}
            data-testid="list-approve"
          >
            {t('rules.approve')}
          </Button>
          <Button danger onClick={() => setReturning(true)} data-testid="list-reject">
            {t('rules.return')}
          </Button>
        </>
      )}
      {(version.status === 'published' || version.status === 'superseded') && draft && (
        <Button loading={busy} onClick={() => onStep('new-version', {})} data-testid="list-new-version">
          {t('rules.newVersion')}
        </Button>
      )}
      <Modal
        open={returning}
        title={t('rules.return')}
        okButtonProps={{ disabled: !reason.trim() }}
        onOk={() => {
          onStep('reject', { reason });
          setReturning(false);
        }}
        onCancel={() => setReturning(false)}
      >
        <Input.TextArea rows={3} value={reason} onChange={(e) => setReason(e.target.value)} placeholder={t('rules.returnReason')} />
      </Modal>
    </Space>
  );
}
