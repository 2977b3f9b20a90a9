import type { FollowUpAnswerBody, FollowUpView } from '@rouxing/contracts';
import { CORRECTION_STATUSES, OPINION_LEVELS } from '@rouxing/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Form, Input, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { caseApi, caseKeys, portalApi } from '../../api/cases';
import { showError, showSuccess } from '../../app/feedback';
import { DatePicker } from '../../components/DateInput';
import { applyFieldErrors } from '../../lib/forms';
import { ymd } from './shared';

type Values = FollowUpAnswerBody & { visitedOn?: Dayjs };
const FIELDS = ['visitedOn', 'correction', 'legality', 'conduct', 'comment'];

/**
 * 回访 (常政办发〔2025〕5号 第五项): whether the violation was corrected and the party's view of the enforcement. The
 * officer records a visit (with its day); the party answers in the portal (the day is today).
 */
export function FollowUpForm({ visit, party = false, onDone }: { visit: FollowUpView; party?: boolean; onDone?: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [form] = Form.useForm<Values>();
  const save = useMutation({
    mutationFn: (v: Values) => {
      const body = { correction: v.correction, legality: v.legality, conduct: v.conduct, comment: v.comment ?? '' };
      return party
        ? portalApi.answerFollowUp(visit.id, body)
        : caseApi.recordFollowUp(visit.id, { ...body, visitedOn: ymd(v.visitedOn ?? dayjs()) });
    },
    onSuccess: () => {
      qc.invalidateQueries({ queryKey: caseKeys.all });
      showSuccess(t(party ? 'myCases.followUpThanks' : 'common.saved'));
      onDone?.();
    },
    onError: (e) => showError(e, applyFieldErrors(form, e, FIELDS)),
  });
  const radios = (values: readonly string[], prefix: string, testId: string) => (
    <Radio.Group
      optionType="button"
      buttonStyle="solid"
      data-testid={testId}
      options={values.map((v) => ({ value: v, label: t(`${prefix}.${v}`) }))}
    />
  );
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      initialValues={{ visitedOn: dayjs(), correction: 'corrected', legality: 'satisfied', conduct: 'satisfied' }}
      onFinish={(v) => save.mutate(v)}
    >
      {!party && (
        <Form.Item name="visitedOn" label={t('case.followUps.visitedOn')} rules={[{ required: true }]}>
          <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
        </Form.Item>
      )}
      <Form.Item name="correction" label={t('case.followUps.correction')} rules={[{ required: true }]}>
        {radios(CORRECTION_STATUSES, 'case.corrections', 'follow-up-correction')}
      </Form.Item>
      <Form.Item name="legality" label={t('case.followUps.legality')} rules={[{ required: true }]}>
        {radios(OPINION_LEVELS, 'case.opinions', 'follow-up-legality')}
      </Form.Item>
      <Form.Item name="conduct" label={t('case.followUps.conduct')} rules={[{ required: true }]}>
        {radios(OPINION_LEVELS, 'case.opinions', 'follow-up-conduct')}
      </Form.Item>
      <Form.Item name="comment" label={t('case.followUps.comment')}>
        <Input.TextArea rows={3} maxLength={1000} data-testid="follow-up-comment" />
      </Form.Item>
      <Button type="primary" htmlType="submit" block size="large" loading={save.isPending} data-testid="follow-up-submit">
        {t(party ? 'myCases.followUpSubmit' : 'case.followUps.submit')}
      </Button>
    </Form>
  );
}

/** A recorded visit in one line: the day, the correction and the two opinions. */
export function followUpResult(v: FollowUpView, t: (k: string) => string): string {
  if (!v.visitedOn) {
    return '';
  }
  return [
    `${t('case.followUps.visitedOn')} ${v.visitedOn}`,
    v.correction ? t(`case.corrections.${v.correction}`) : '',
    v.legality ? `${t('case.followUps.legality')}：${t(`case.opinions.${v.legality}`)}` : '',
    v.conduct ? `${t('case.followUps.conduct')}：${t(`case.opinions.${v.conduct}`)}` : '',
    v.comment,
  ]
    .filter(Boolean)
    .join('；');
}
