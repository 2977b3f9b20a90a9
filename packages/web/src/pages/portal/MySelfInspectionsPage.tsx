import type { SelfInspection } from '@rouxing/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Checkbox, Empty, Input, Radio, Skeleton, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { creditSupervisionApi, creditSupervisionKeys } from '../../api/credit-supervision';
import { showError, showSuccess } from '../../app/feedback';
import { ErrorResult } from '../../components/ErrorResult';
import { PageHeader } from '../../components/PageHeader';
import { formatDate } from '../../lib/format';

export const SELF_INSPECTION_STATUS_COLOR: Record<string, string> = {
  sent: 'blue',
  answered: 'cyan',
  on_site: 'orange',
  closed: 'default',
  verified: 'green',
};

/** The form of a self-inspection: each check point answered 符合/不符合 with a note, then the commitment signed. */
function AnswerForm({ s }: { s: SelfInspection }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [answers, setAnswers] = useState<({ compliant: boolean; note: string } | null)[]>(s.checklist.map(() => null));
  const [signed, setSigned] = useState(false);
  const submit = useMutation({
    mutationFn: () =>
      creditSupervisionApi.answer(s.id, {
        answers: answers.map((a) => a ?? { compliant: true, note: '' }),
        commitment: signed as true,
      }),
    onSuccess: () => {
      showSuccess(t('selfInspection.answered'));
      qc.invalidateQueries({ queryKey: creditSupervisionKeys.mine });
    },
    onError: (e) => showError(e),
  });
  const complete = answers.every((a) => a !== null);
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      {s.checklist.map((point, i) => (
        <fieldset key={point} className="rx-fieldset" data-testid="self-inspection-point" style={{ border: 0, padding: 0, margin: 0 }}>
          <legend style={{ fontSize: 14, marginBottom: 4 }}>
            {i + 1}. {point}
          </legend>
          <Radio.Group
            value={answers[i] === null ? undefined : answers[i]?.compliant ? 'yes' : 'no'}
            onChange={(e) =>
              setAnswers((prev) => prev.map((a, j) => (j === i ? { compliant: e.target.value === 'yes', note: a?.note ?? '' } : a)))
            }
            options={[
              { value: 'yes', label: t('selfInspection.compliant') },
              { value: 'no', label: t('selfInspection.notCompliant') },
            ]}
            data-testid={`self-inspection-answer-${i}`}
          />
          <Input
            style={{ marginTop: 4 }}
            aria-label={t('selfInspection.noteFor', { n: i + 1 })}
            placeholder={t('selfInspection.notePlaceholder')}
            value={answers[i]?.note ?? ''}
            onChange={(e) =>
              setAnswers((prev) => prev.map((a, j) => (j === i ? { compliant: a?.compliant ?? true, note: e.target.value } : a)))
            }
          />
        </fieldset>
      ))}
      <Alert type="info" message={t('selfInspection.commitmentText')} />
      <Checkbox checked={signed} onChange={(e) => setSigned(e.target.checked)} data-testid="self-inspection-commit">
        {t('selfInspection.sign')}
      </Checkbox>
      <Button
        type="primary"
        block
        disabled={!complete || !signed}
        loading={submit.isPending}
        onClick={() => submit.mutate()}
        data-testid="self-inspection-submit"
      >
        {t('selfInspection.submit')}
      </Button>
    </Space>
  );
}

function SelfInspectionCard({ s }: { s: SelfInspection }) {
  const { t } = useTranslation();
  return (
    <Card size="small" data-testid="my-self-inspection" data-document-no={s.documentNo}>
      <Space wrap size={6} style={{ marginBottom: 4 }}>
        <Typography.Text strong>{s.documentNo}</Typography.Text>
        <Tag color={SELF_INSPECTION_STATUS_COLOR[s.status]} data-testid="my-self-inspection-status">
          {t(`selfInspection.status.${s.status}`)}
        </Tag>
      </Space>
      <div className="rx-muted">
        {s.department} · {s.itemName} · {t('selfInspection.sentOn', { date: formatDate(s.createdAt.slice(0, 10)) })}
      </div>
      {s.status === 'sent' ? (
        <div style={{ marginTop: 12 }}>
          <AnswerForm s={s} />
        </div>
      ) : (
        s.commitmentSignedAt && (
          <div className="rx-muted">{t('selfInspection.signedOn', { date: formatDate(s.commitmentSignedAt.slice(0, 10)) })}</div>
        )
      )}
      {s.creditRecordId && <Alert style={{ marginTop: 8 }} type="error" message={t('selfInspection.falseRecorded')} />}
    </Card>
  );
}

/** 承诺式检查 (企业端, built for a phone): the self-inspections sent to the entity, answered item by item with a commitment. */
export default function MySelfInspectionsPage() {
  const { t } = useTranslation();
  const q = useQuery({ queryKey: creditSupervisionKeys.mine, queryFn: creditSupervisionApi.mine });
  const rows = q.data?.items ?? [];
  return (
    <div style={{ maxWidth: 720 }}>
      <PageHeader title={t('selfInspection.myTitle')} testId="page-my-self-inspections" />
      <Typography.Paragraph>{t('selfInspection.myIntro')}</Typography.Paragraph>
      {q.isLoading ? (
        <Skeleton active />
      ) : q.error ? (
        <ErrorResult error={q.error} onRetry={() => q.refetch()} />
      ) : rows.length === 0 ? (
        <Card>
          <Empty description={t('selfInspection.none')} />
        </Card>
      ) : (
        <Space orientation="vertical" size={12} style={{ width: '100%' }}>
          {rows.map((s) => (
            <SelfInspectionCard key={s.id} s={s} />
          ))}
        </Space>
      )}
    </div>
  );
}
