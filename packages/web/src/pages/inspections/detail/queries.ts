import type { InspectionPlan } from '@rouxing/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { currentLocation, inspectionApi } from '../../../api/inspections';
import { showError, showSuccess } from '../../../app/feedback';

export type CheckOutValues = { result: 'no_problem' | 'problems'; findings: string };

/** A step of the plan; check-in and check-out take the device's location first, check-out then its form. */
export type PlanAction =
  | { action: 'approve' }
  | { action: 'reject'; reason: string }
  | { action: 'check-in' }
  | { action: 'check-out'; values: () => Promise<CheckOutValues> };

/** Puts a changed plan on screen and refreshes the lists. */
export function usePlanRefresh(planId: string) {
  const qc = useQueryClient();
  return (p: InspectionPlan) => {
    qc.setQueryData(['inspection', planId], p);
    qc.invalidateQueries({ queryKey: ['inspections'] });
  };
}

/** Approve, refuse, check in, check out: one mutation, so one step at a time. */
export function usePlanAction(plan: InspectionPlan) {
  const { t } = useTranslation();
  const refresh = usePlanRefresh(plan.id);
  return useMutation({
    mutationFn: async (a: PlanAction) => {
      if (a.action === 'approve') {
        return inspectionApi.approve(plan.id);
      }
      if (a.action === 'reject') {
        return inspectionApi.reject(plan.id, a.reason);
      }
      const location = await currentLocation();
      if (a.action === 'check-in') {
        return inspectionApi.checkIn(plan.id, location);
      }
      const v = await a.values();
      return inspectionApi.checkOut(plan.id, { result: v.result, findings: v.findings ?? '', location });
    },
    onSuccess: (p) => {
      refresh(p);
      showSuccess(t('common.saved'));
    },
    onError: (e) => showError(e),
  });
}
