import type { RuleDisplayStatus, RuleStatus } from '@rouxing/contracts';
import { Button, type ButtonProps, Input, Modal, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReviewStep } from '../../api/catalogue';
import { useCurrentUser } from '../../app/auth';
import { can } from '../../lib/permissions';

export const STATUS_COLOR: Record<RuleDisplayStatus, string> = {
  draft: 'default',
  pending_review: 'gold',
  published: 'green',
  superseded: 'purple',
  expired: 'red',
};

/** The status of a version as shown (a published version past its end date shows as expired). */
export function StatusTag({ status, testId = 'rule-status' }: { status: RuleDisplayStatus; testId?: string | null }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLOR[status]} data-testid={testId ?? undefined}>
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
  size,
}: {
  version: { status: RuleStatus; createdBy: string; departmentId: string; revision: number };
  onStep: (step: ReviewStep, body: object) => void;
  onEdit?: () => void;
  busy: boolean;
  /** `small` in table rows. */
  size?: ButtonProps['size'];
}) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [returning, setReturning] = useState(false);
  const [reason, setReason] = useState('');
  const own = me.departmentId === version.departmentId;
  if (!own) {
    return null;
  }
  const draft = can(me, 'rules.draft');
  const reviewer = can(me, 'rules.approve');
  // The server refuses an author's own approval too; the button is not offered.
  const approve = reviewer && me.id !== version.createdBy;
  return (
    <Space wrap>
      {version.status === 'draft' && draft && onEdit && (
        <Button size={size} onClick={onEdit} data-testid="list-edit">
          {t('common.edit')}
        </Button>
      )}
      {version.status === 'draft' && draft && (
        <Button
          size={size}
          type="primary"
          loading={busy}
          onClick={() => onStep('submit', { revision: version.revision })}
          data-testid="list-submit"
        >
          {t('rules.submit')}
        </Button>
      )}
      {version.status === 'pending_review' && approve && (
        <>
          <Button
            size={size}
            type="primary"
            loading={busy}
            onClick={() => onStep('approve', { revision: version.revision })}
            data-testid="list-approve"
          >
            {t('rules.approve')}
          </Button>
          <Button size={size} danger onClick={() => setReturning(true)} data-testid="list-reject">
            {t('rules.return')}
          </Button>
        </>
      )}
      {version.status === 'pending_review' && reviewer && !approve && (
        <Typography.Text type="secondary" data-testid="list-own-version">
          {t('rules.ownVersion')}
        </Typography.Text>
      )}
      {(version.status === 'published' || version.status === 'superseded') && draft && (
        <Button size={size} loading={busy} onClick={() => onStep('new-version', {})} data-testid="list-new-version">
          {t('rules.newVersion')}
        </Button>
      )}
      <Modal
        open={returning}
        title={t('rules.return')}
        okButtonProps={{ disabled: !reason.trim(), 'data-testid': 'reject-confirm' } as ButtonProps}
        onOk={() => {
          onStep('reject', { reason: reason.trim() });
          setReturning(false);
          setReason('');
        }}
        onCancel={() => setReturning(false)}
      >
        <Input.TextArea
          rows={3}
          value={reason}
          maxLength={500}
          onChange={(e) => setReason(e.target.value)}
          placeholder={t('rules.returnReason')}
          data-testid="reject-reason"
        />
      </Modal>
    </Space>
  );
}
