import type { CaseDetail, CaseState, DeliveryMethod } from '@rouxing/contracts';
import { DELIVERY_METHODS } from '@rouxing/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FormInstance } from 'antd';
import { Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { caseKeys } from '../../api/cases';
import { showError, showSuccess } from '../../app/feedback';
import { applyFieldErrors } from '../../lib/forms';
import { codeKey } from '../../lib/permissions';

export const STATE_COLOR: Record<CaseState, string> = {
  started: 'blue',
  notice_served: 'gold',
  accepted: 'cyan',
  declined: 'default',
  measures: 'geekblue',
  commitment_pending: 'orange',
  completed: 'green',
  terminated: 'red',
  archived: 'purple',
};

/** States in which a case is still being worked (termination may be proposed). */
export const OPEN_STATES: readonly CaseState[] = ['started', 'notice_served', 'accepted', 'measures', 'commitment_pending'];

export function StateTag({ state, testId }: { state: CaseState; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATE_COLOR[state]} data-testid={testId}>
      {t(`case.states.${state}`)}
    </Tag>
  );
}

export function OverdueTag() {
  const { t } = useTranslation();
  return (
    <Tag color="red" data-testid="overdue-tag">
      {t('case.overdue')}
    </Tag>
  );
}

/** `case.record_choice` → its Chinese label (unknown types as they are). */
export function eventLabel(t: TFunction, type: string): string {
  return t(`case.eventTypes.${codeKey(type)}`, { defaultValue: type });
}

export const ymd = (d: Dayjs) => d.format('YYYY-MM-DD');

/** Delivery methods for a select; electronic only with the party's consent on file. */
export function deliveryOptions(t: TFunction, electronicConsent: boolean) {
  return DELIVERY_METHODS.map((m: DeliveryMethod) => ({
    value: m,
    label:
      m === 'electronic' && !electronicConsent
        ? `${t(`case.deliveryMethods.${m}`)}（${t('case.noticeForm.electronicHint')}）`
        : t(`case.deliveryMethods.${m}`),
    disabled: m === 'electronic' && !electronicConsent,
  }));
}

/**
 * One case action: the server answers with the case, which replaces the cached detail; lists and
 * to-dos refresh. Field errors go onto the form's fields, the rest into the notification.
 */
export function useCaseAction<V>(
  caseId: string,
  fn: (v: V) => Promise<CaseDetail>,
  o: { form?: FormInstance; fields?: readonly string[]; onDone?: (c: CaseDetail) => void; success?: string } = {},
) {
  const qc = useQueryClient();
  const { t } = useTranslation();
  return useMutation({
    mutationFn: fn,
    onSuccess: (c) => {
      qc.setQueryData(caseKeys.detail(caseId), c);
      qc.invalidateQueries({ queryKey: caseKeys.all, predicate: (q) => q.queryKey[1] !== 'detail' });
      showSuccess(o.success ?? t('case.saved'));
      o.onDone?.(c);
    },
    onError: (e) => {
      const rest = o.form ? applyFieldErrors(o.form, e, o.fields ?? []) : [];
      // A field error the message already says (a refusal names its action) is not repeated.
      showError(
        e,
        rest.filter((f) => !(e instanceof Error && e.message.includes(f.message))),
      );
    },
  });
}
