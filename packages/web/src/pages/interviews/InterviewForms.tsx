import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import type { Interview } from '@rouxing/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Checkbox, DatePicker, Form, Input, Select, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { interviewApi, interviewKeys } from '../../api/interviews';
import { showError, showSuccess } from '../../app/feedback';

function useSave(id: string, done: string) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  return (i: Interview) => {
    qc.setQueryData(interviewKeys.detail(id), i);
    qc.invalidateQueries({ queryKey: interviewKeys.all });
    showSuccess(t(done));
  };
}

type AttendanceValues = { parties: { seq: number; attended: boolean; attendeeName?: string; attendeeTitle?: string }[] };

/** 签到表: per party, attended or not, who came and in what capacity (the lead department). */
export function AttendanceForm({ interview }: { interview: Interview }) {
  const { t } = useTranslation();
  const saved = useSave(interview.id, 'interview.attendanceSaved');
  const save = useMutation({
    mutationFn: (v: AttendanceValues) => interviewApi.attendance(interview.id, { parties: v.parties, version: interview.version }),
    onSuccess: saved,
    onError: (e) => showError(e),
  });
  const initial = interview.parties.map((p) => ({
    seq: p.seq,
    attended: p.attended ?? true,
    attendeeName: p.attendeeName ?? undefined,
    attendeeTitle: p.attendeeTitle ?? undefined,
  }));
  return (
    <Form<AttendanceValues> layout="vertical" initialValues={{ parties: initial }} onFinish={(v) => save.mutate(v)}>
      {interview.parties.map((p, i) => (
        <div key={p.seq} data-testid="attendance-row">
          <Typography.Text strong>{p.partyName}</Typography.Text>
          <Form.Item name={['parties', i, 'seq']} hidden>
            <Input />
          </Form.Item>
          <Space wrap align="start">
            <Form.Item name={['parties', i, 'attended']} valuePropName="checked">
              <Checkbox data-testid="attendance-attended">{t('interview.attended')}</Checkbox>
            </Form.Item>
            <Form.Item name={['parties', i, 'attendeeName']}>
              <Input placeholder={t('interview.attendeeName')} maxLength={50} data-testid="attendance-name" />
            </Form.Item>
            <Form.Item name={['parties', i, 'attendeeTitle']}>
              <Input placeholder={t('interview.attendeeTitle')} maxLength={50} data-testid="attendance-title" />
            </Form.Item>
          </Space>
        </div>
      ))}
      <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="attendance-save">
        {t('interview.saveAttendance')}
      </Button>
    </Form>
  );
}

type MinutesValues = {
  content: string;
  statements: Record<string, string | undefined>;
  followUps: { partySeq: number; content: string; dueOn: Dayjs }[];
};

/** 约谈笔录: what was said, each party's statement, the follow-up items with due dates (the lead department, before anyone signs). */
export function MinutesForm({ interview }: { interview: Interview }) {
  const { t } = useTranslation();
  const saved = useSave(interview.id, 'interview.minutesSaved');
  const save = useMutation({
    mutationFn: (v: MinutesValues) =>
      interviewApi.minutes(interview.id, {
        content: v.content,
        partyStatements: interview.parties
          .map((p) => ({ seq: p.seq, statement: v.statements?.[String(p.seq)]?.trim() ?? '' }))
          .filter((s) => s.statement !== ''),
        followUps: (v.followUps ?? []).map((f) => ({ partySeq: f.partySeq, content: f.content, dueOn: f.dueOn.format('YYYY-MM-DD') })),
        version: interview.version,
      }),
    onSuccess: saved,
    onError: (e) => showError(e),
  });
  const partyOptions = interview.parties.map((p) => ({ value: p.seq, label: p.partyName }));
  return (
    <Form<MinutesValues>
      layout="vertical"
      initialValues={{
        content: interview.minutes ?? '',
        statements: Object.fromEntries(interview.parties.map((p) => [String(p.seq), p.statement ?? undefined])),
      }}
      onFinish={(v) => save.mutate(v)}
    >
      <Form.Item
        name="content"
        label={t('interview.minutesContent')}
        rules={[{ required: true, whitespace: true, message: t('interview.minutesRequired') }]}
      >
        <Input.TextArea rows={5} maxLength={5000} data-testid="minutes-content" />
      </Form.Item>
      {interview.parties.map((p) => (
        <Form.Item key={p.seq} name={['statements', String(p.seq)]} label={t('interview.statementOf', { name: p.partyName })}>
          <Input.TextArea rows={2} maxLength={2000} data-testid="minutes-statement" />
        </Form.Item>
      ))}
      <Typography.Text strong>{t('interview.followUps')}</Typography.Text>
      <Form.List name="followUps">
        {(fields, { add, remove }) => (
          <>
            {fields.map((f) => (
              <Space key={f.key} wrap align="start" data-testid="minutes-follow-up">
                <Form.Item name={[f.name, 'partySeq']} rules={[{ required: true, message: t('interview.partyRequired') }]}>
                  <Select options={partyOptions} style={{ width: 200 }} placeholder={t('interview.party')} data-testid="follow-up-party" />
                </Form.Item>
                <Form.Item
                  name={[f.name, 'content']}
                  rules={[{ required: true, whitespace: true, message: t('interview.followUpRequired') }]}
                >
                  <Input
                    placeholder={t('interview.followUpContent')}
                    maxLength={500}
                    style={{ width: 260 }}
                    data-testid="follow-up-content"
                  />
                </Form.Item>
                <Form.Item name={[f.name, 'dueOn']} rules={[{ required: true, message: t('interview.dueOnRequired') }]}>
                  <DatePicker placeholder={t('interview.dueOn')} data-testid="follow-up-due" />
                </Form.Item>
                <MinusCircleOutlined onClick={() => remove(f.name)} aria-label={t('common.delete')} />
              </Space>
            ))}
            <Form.Item>
              <Button type="dashed" onClick={() => add()} icon={<PlusOutlined />} data-testid="follow-up-add">
                {t('interview.addFollowUp')}
              </Button>
            </Form.Item>
          </>
        )}
      </Form.List>
      <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="minutes-save">
        {t('interview.saveMinutes')}
      </Button>
    </Form>
  );
}
