import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Form, Input, Modal, Radio } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { type WhitelistEntry, type WhitelistStepAction, whitelistApi, whitelistKeys } from '../../api/whitelist';
import { showError, showSuccess } from '../../app/feedback';
import { DatePicker } from '../../components/DateInput';

type Values = { reason: string; nextReviewOn?: Dayjs | null; basis?: WhitelistEntry['basis'] };

/** One step on an entry with its reason; confirming, reviewing and adjusting may set the next review date (and the basis). */
export function WhitelistStepModal({ row, action, onClose }: { row: WhitelistEntry; action: WhitelistStepAction; onClose: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [form] = Form.useForm<Values>();
  const step = useMutation({
    mutationFn: (v: Values) =>
      whitelistApi.step(row.id, {
        action,
        reason: v.reason,
        version: row.version,
        nextReviewOn: v.nextReviewOn ? v.nextReviewOn.format('YYYY-MM-DD') : null,
        basis: v.basis ?? null,
      }),
    onSuccess: () => {
      qc.invalidateQueries({ queryKey: whitelistKeys.all });
      showSuccess(t('whitelist.stepDone'));
      onClose();
    },
    onError: (e) => showError(e),
  });
  const setsReview = action === 'confirm' || action === 'review' || action === 'adjust';
  return (
    <Modal
      open
      title={`${t(`whitelist.actions.${action}`)} — ${row.entityName}`}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ loading: step.isPending, 'data-testid': 'whitelist-step-ok' }}
      destroyOnHidden
    >
      <Form<Values> form={form} layout="vertical" initialValues={{ basis: row.basis }} onFinish={(v) => step.mutate(v)}>
        <Form.Item
          name="reason"
          label={t('whitelist.stepReason')}
          rules={[{ required: true, min: 4, whitespace: true, message: t('whitelist.reasonMin') }]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount data-testid="whitelist-step-reason" />
        </Form.Item>
        {setsReview && (
          <Form.Item name="nextReviewOn" label={t('whitelist.nextReviewOn')} extra={t('whitelist.nextReviewHelp')}>
            <DatePicker style={{ width: '100%' }} data-testid="whitelist-next-review" />
          </Form.Item>
        )}
        {action === 'adjust' && (
          <Form.Item name="basis" label={t('whitelist.basis')}>
            <Radio.Group
              options={[
                { value: 'key_enterprise', label: t('whitelist.bases.key_enterprise') },
                { value: 'key_industry', label: t('whitelist.bases.key_industry') },
              ]}
            />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
