import { CheckCircleOutlined } from '@ant-design/icons';
import { Button, Card, Input, Modal, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** 审批: the department's approver (not the planner) approves the plan or refuses it with a reason. */
export function ApprovalCard({ busy, onApprove, onReject }: { busy: boolean; onApprove: () => void; onReject: (reason: string) => void }) {
  const { t } = useTranslation();
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  return (
    <Card title={t('inspection.approval')}>
      <Space wrap>
        <Button type="primary" icon={<CheckCircleOutlined />} onClick={onApprove} loading={busy} data-testid="plan-approve">
          {t('inspection.approve')}
        </Button>
        <Button danger onClick={() => setRejecting(true)} data-testid="plan-reject">
          {t('inspection.reject')}
        </Button>
      </Space>
      <Modal
        open={rejecting}
        title={t('inspection.reject')}
        onOk={() => onReject(reason)}
        onCancel={() => setRejecting(false)}
        okButtonProps={{ disabled: !reason.trim() }}
      >
        <Input.TextArea rows={3} value={reason} onChange={(e) => setReason(e.target.value)} placeholder={t('inspection.rejectionReason')} />
      </Modal>
    </Card>
  );
}
