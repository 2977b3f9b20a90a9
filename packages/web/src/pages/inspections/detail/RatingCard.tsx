import type { InspectionPlan } from '@rouxing/contracts';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Rate } from 'antd';
import { useTranslation } from 'react-i18next';
import { inspectionApi } from '../../../api/inspections';
import { showError, showSuccess } from '../../../app/feedback';

/** The enterprise rates a completed inspection (conduct, etiquette, disruption), once; each score is required. */
export function RatingCard({ plan, onDone }: { plan: InspectionPlan; onDone: (p: InspectionPlan) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ conduct: number; etiquette: number; disruption: number; comment: string }>();
  // Every score starts empty and must be given: none is assumed (issue 14, defect 3).
  const scoreRules = (key: string) => [
    { validator: async (_r: unknown, v: number | undefined) => (v && v >= 1 ? undefined : Promise.reject(new Error(t(key)))) },
  ];
  const rate = useMutation({
    mutationFn: (v: { conduct: number; etiquette: number; disruption: number; comment: string }) =>
      inspectionApi.rate(plan.id, { ...v, comment: v.comment ?? '' }),
    onSuccess: async () => {
      showSuccess(t('inspection.thanks'));
      onDone(await inspectionApi.get(plan.id));
    },
    onError: (e) => showError(e),
  });
  return (
    <Card title={t('inspection.rateTitle')}>
      <Alert type="info" showIcon message={t('inspection.rateHelp')} style={{ marginBottom: 12 }} />
      <Form form={form} layout="vertical" onFinish={(v) => rate.mutate(v)}>
        <Form.Item name="conduct" label={t('inspection.conduct')} rules={scoreRules('inspection.rateConduct')}>
          <Rate data-testid="rate-conduct" />
        </Form.Item>
        <Form.Item name="etiquette" label={t('inspection.etiquette')} rules={scoreRules('inspection.rateEtiquette')}>
          <Rate data-testid="rate-etiquette" />
        </Form.Item>
        <Form.Item name="disruption" label={t('inspection.disruptionQuestion')} rules={scoreRules('inspection.rateDisruption')}>
          <Rate data-testid="rate-disruption" />
        </Form.Item>
        <Form.Item name="comment" label={t('inspection.comment')}>
          <Input.TextArea rows={3} maxLength={500} data-testid="rate-comment" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={rate.isPending} data-testid="rate-submit">
          {t('inspection.rateSubmit')}
        </Button>
      </Form>
    </Card>
  );
}
