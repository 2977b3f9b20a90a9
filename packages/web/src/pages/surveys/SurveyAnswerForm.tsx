import type { PublishedSurvey, SurveyAnswer } from '@rouxing/contracts';
import { useMutation } from '@tanstack/react-query';
import { Button, Checkbox, Form, Input, Radio, Rate, Result, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showError } from '../../app/feedback';

type Values = Record<string, number | number[] | string | undefined>;

/** A 1–5 rating: the form's id and aria attributes go on a radiogroup around the stars (a `ul` may not carry them). */
function RatingInput({
  label,
  value,
  onChange,
  id,
  ...aria
}: {
  label: string;
  value?: number;
  onChange?: (v: number) => void;
  id?: string;
}) {
  return (
    <div role="radiogroup" id={id} aria-label={label} {...aria}>
      <Rate value={value} onChange={onChange} />
    </div>
  );
}

/** One survey to answer (public portal or enterprise portal): each question by its kind; a thank-you once sent. */
export function SurveyAnswerForm({
  survey,
  submit,
  onDone,
}: {
  survey: PublishedSurvey;
  submit: (a: SurveyAnswer) => Promise<unknown>;
  onDone?: () => void;
}) {
  const { t } = useTranslation();
  const [sent, setSent] = useState(false);
  const send = useMutation({
    mutationFn: (v: Values) =>
      submit({
        answers: survey.questions.map((q, i) => {
          const a = v[`q${i}`];
          if (q.kind === 'single') {
            return a === undefined ? {} : { choices: [a as number] };
          }
          if (q.kind === 'multiple') {
            return { choices: (a as number[] | undefined) ?? [] };
          }
          if (q.kind === 'rating') {
            return a ? { rating: a as number } : {};
          }
          return a ? { text: String(a) } : {};
        }),
      }),
    onSuccess: () => {
      setSent(true);
      onDone?.();
    },
    onError: (e) => showError(e),
  });
  if (sent) {
    return <Result status="success" title={t('survey.thanks')} data-testid="survey-thanks" />;
  }
  return (
    <Form<Values> layout="vertical" onFinish={(v) => send.mutate(v)} data-testid="survey-answer-form">
      {survey.description && <Typography.Paragraph>{survey.description}</Typography.Paragraph>}
      {survey.questions.map((q, i) => (
        <Form.Item
          // biome-ignore lint/suspicious/noArrayIndexKey: a question's position is its identity (answers refer to it)
          key={`${i}-${q.title}`}
          name={`q${i}`}
          label={`${i + 1}. ${q.title}`}
          rules={q.required ? [{ required: true, message: t('survey.requiredAnswer') }] : []}
          data-testid="survey-question"
        >
          {q.kind === 'single' ? (
            <Radio.Group options={q.options.map((o, k) => ({ value: k, label: o }))} />
          ) : q.kind === 'multiple' ? (
            <Checkbox.Group options={q.options.map((o, k) => ({ value: k, label: o }))} />
          ) : q.kind === 'rating' ? (
            <RatingInput label={q.title} />
          ) : (
            <Input.TextArea rows={3} maxLength={1000} />
          )}
        </Form.Item>
      ))}
      <Button type="primary" htmlType="submit" block size="large" loading={send.isPending} data-testid="survey-submit">
        {t('survey.submit')}
      </Button>
    </Form>
  );
}
