import { LoginOutlined } from '@ant-design/icons';
import type { InspectionPlan } from '@rouxing/contracts';
import { Alert, Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../../app/auth';
import { can, isEnterpriseAccount } from '../../../lib/permissions';
import { ApprovalCard } from './ApprovalCard';
import { CheckOutCard } from './CheckOutCard';
import { InspectionCodeCard } from './InspectionCodeCard';
import { MergeCard } from './MergeCard';
import { usePlanAction, usePlanRefresh } from './queries';
import { RatingCard } from './RatingCard';

/** What this user may do with the plan now: approve, show the code, check in or out, rate, merge. */
export function PlanActions({ plan }: { plan: InspectionPlan }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const run = usePlanAction(plan);
  const refresh = usePlanRefresh(plan.id);
  const onPlan = plan.officers.some((o) => o.userId === me.id);
  // 紧急检查 visited before approval: the approval is back-filled afterwards (补办审批).
  const backfillPending = plan.emergency && !plan.approvedAt && ['checked_in', 'completed'].includes(plan.status);
  const canApprove =
    can(me, 'inspection.approve') &&
    me.departmentId === plan.departmentId &&
    plan.createdBy !== me.id &&
    (plan.status === 'pending_approval' || backfillPending);
  // An emergency visit may go in before approval (backfilled later), so its code is ready at once.
  const codeReady = ['approved', 'checked_in', 'completed'].includes(plan.status) || (plan.emergency && plan.status === 'pending_approval');
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      {canApprove && (
        <ApprovalCard
          busy={run.isPending}
          onApprove={() => run.mutate({ action: 'approve' })}
          onReject={(reason) => run.mutate({ action: 'reject', reason })}
        />
      )}
      {codeReady && !isEnterpriseAccount(me) && <InspectionCodeCard plan={plan} />}
      {onPlan && (plan.status === 'approved' || (plan.emergency && plan.status === 'pending_approval')) && (
        <Button
          type="primary"
          size="large"
          block
          icon={<LoginOutlined />}
          onClick={() => run.mutate({ action: 'check-in' })}
          loading={run.isPending}
          data-testid="check-in"
        >
          {t('inspection.checkIn')}
        </Button>
      )}
      {onPlan && plan.status === 'checked_in' && (
        <CheckOutCard busy={run.isPending} onCheckOut={(values) => run.mutate({ action: 'check-out', values })} />
      )}
      {isEnterpriseAccount(me) && plan.status === 'completed' && !plan.rated && <RatingCard plan={plan} onDone={refresh} />}
      {can(me, 'inspection.plan') && ['pending_approval', 'approved'].includes(plan.status) && <MergeCard plan={plan} />}
      {plan.emergency && !plan.approvedAt && !plan.backfillLate && (
        <Alert type="warning" showIcon message={t('inspection.emergencyPending', { date: plan.backfillDueOn })} />
      )}
      {plan.backfillLate && (
        <Alert type="error" showIcon data-testid="backfill-late" message={t('inspectionBackfill.late', { date: plan.backfillDueOn })} />
      )}
    </Space>
  );
}
