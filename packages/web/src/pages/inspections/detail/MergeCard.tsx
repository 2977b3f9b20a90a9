import type { InspectionPlan } from '@rouxing/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, List } from 'antd';
import { useTranslation } from 'react-i18next';
import { inspectionApi } from '../../../api/inspections';
import { showError, showSuccess } from '../../../app/feedback';

/** 综合查一次: other departments' plans for the same entity that can become one joint visit. */
export function MergeCard({ plan }: { plan: InspectionPlan }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const q = useQuery({ queryKey: ['merge-candidates', plan.id], queryFn: () => inspectionApi.mergeCandidates(plan.id) });
  const merge = useMutation({
    mutationFn: (otherPlanId: string) => inspectionApi.merge(plan.id, otherPlanId),
    onSuccess: () => {
      showSuccess(t('inspection.merged'));
      qc.invalidateQueries({ queryKey: ['merge-candidates', plan.id] });
      qc.invalidateQueries({ queryKey: ['inspection', plan.id] });
    },
    onError: (e) => showError(e),
  });
  if (plan.jointGroupId && (q.data ?? []).length === 0) {
    return <Alert type="success" showIcon message={t('inspection.isJoint')} data-testid="inspection-joint" />;
  }
  if (!q.data || q.data.length === 0) {
    return null;
  }
  return (
    <Card title={t('inspection.mergeTitle')} data-testid="merge-candidates">
      <List
        dataSource={q.data}
        renderItem={(c) => (
          <List.Item
            actions={[
              <Button
                key="merge"
                type="primary"
                size="small"
                onClick={() => merge.mutate(c.planId)}
                loading={merge.isPending}
                data-testid="merge-button"
              >
                {t('inspection.merge')}
              </Button>,
            ]}
          >
            {t('inspection.mergeWith', { department: c.departmentName ?? '', days: c.gapDays })}
          </List.Item>
        )}
      />
    </Card>
  );
}
