import type { InterviewCreate } from '@rouxing/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, DatePicker, Form, Input, Radio, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { caseApi } from '../../api/cases';
import { entityApi } from '../../api/endpoints';
import { useDepartments } from '../../api/hooks';
import { interviewApi, interviewKeys } from '../../api/interviews';
import { useCurrentUser } from '../../app/auth';
import { showError, showSuccess } from '../../app/feedback';
import { applyFieldErrors } from '../../lib/forms';

type Values = Omit<InterviewCreate, 'scheduledAt' | 'parties'> & { scheduledAt: Dayjs; caseIds?: string[]; entityIds?: string[] };
const FIELDS = ['mode', 'departmentIds', 'subject', 'legalBasis', 'scheduledAt', 'place'];

/** A select searching as one types (cases by 案号 or party; entities by name or 统一社会信用代码). */
function SearchMulti({
  kind,
  value,
  onChange,
  testId,
}: {
  kind: 'case' | 'entity';
  value?: string[];
  onChange?: (v: string[]) => void;
  testId: string;
}) {
  const [search, setSearch] = useState('');
  const q = useQuery({
    queryKey: ['interview-party-search', kind, search],
    queryFn: async () =>
      kind === 'case'
        ? (await caseApi.list({ q: search || undefined, page: 1, pageSize: 30 })).items.map((c) => ({
            value: c.id,
            label: `${c.caseNo} ${c.entityName}`,
          }))
        : (await entityApi.list({ q: search, page: 1, pageSize: 20 })).items.map((e) => ({ value: e.id, label: e.name })),
    enabled: kind === 'case' || search.trim().length > 0,
  });
  return (
    <Select
      mode="multiple"
      value={value}
      onChange={onChange}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      loading={q.isFetching}
      options={q.data ?? []}
      data-testid={testId}
    />
  );
}

/** 安排行政约谈 (常政办发〔2025〕5号 第三项): form, departments (own leads), parties (cases or entities), time and place. */
export function InterviewScheduleForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const departments = useDepartments();
  const [form] = Form.useForm<Values>();
  const create = useMutation({
    mutationFn: (v: Values) =>
      interviewApi.create({
        mode: v.mode,
        departmentIds: v.departmentIds,
        subject: v.subject,
        legalBasis: v.legalBasis,
        place: v.place,
        scheduledAt: v.scheduledAt.toISOString(),
        parties: [...(v.caseIds ?? []).map((caseId) => ({ caseId })), ...(v.entityIds ?? []).map((entityId) => ({ entityId }))],
      }),
    onSuccess: (i) => {
      qc.invalidateQueries({ queryKey: interviewKeys.all });
      showSuccess(t('interview.created'));
      onDone();
      navigate(`/interviews/${i.id}`);
    },
    onError: (e) => showError(e, applyFieldErrors(form, e, FIELDS)),
  });
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      initialValues={{ mode: 'joint', departmentIds: me.departmentId ? [me.departmentId] : [] }}
      onFinish={(v) => create.mutate(v)}
    >
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('interview.formHelp')} />
      <Form.Item name="mode" label={t('interview.mode')} rules={[{ required: true }]}>
        <Radio.Group
          data-testid="interview-mode"
          options={(['individual', 'collective', 'joint'] as const).map((m) => ({ value: m, label: t(`interview.modes.${m}`) }))}
        />
      </Form.Item>
      <Form.Item
        name="departmentIds"
        label={t('interview.departments')}
        rules={[{ required: true, message: t('interview.departmentsRequired') }]}
      >
        <Select
          mode="multiple"
          data-testid="interview-departments"
          options={(departments.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
          optionFilterProp="label"
        />
      </Form.Item>
      <Form.Item name="caseIds" label={t('interview.cases')}>
        <SearchMulti kind="case" testId="interview-cases" />
      </Form.Item>
      <Form.Item name="entityIds" label={t('interview.entities')} extra={t('interview.partiesHelp')}>
        <SearchMulti kind="entity" testId="interview-entities" />
      </Form.Item>
      <Form.Item
        name="subject"
        label={t('interview.subject')}
        rules={[{ required: true, whitespace: true, message: t('interview.subjectRequired') }]}
      >
        <Input.TextArea rows={2} maxLength={500} data-testid="interview-subject" />
      </Form.Item>
      <Form.Item
        name="legalBasis"
        label={t('interview.legalBasis')}
        rules={[{ required: true, whitespace: true, message: t('interview.legalBasisRequired') }]}
      >
        <Input maxLength={300} data-testid="interview-basis" />
      </Form.Item>
      <Form.Item
        name="scheduledAt"
        label={t('interview.scheduledAt')}
        rules={[{ required: true, message: t('interview.scheduledAtRequired') }]}
      >
        <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} data-testid="interview-time" />
      </Form.Item>
      <Form.Item
        name="place"
        label={t('interview.place')}
        rules={[{ required: true, whitespace: true, message: t('interview.placeRequired') }]}
      >
        <Input maxLength={100} data-testid="interview-place" />
      </Form.Item>
      <Button type="primary" htmlType="submit" block size="large" loading={create.isPending} data-testid="interview-submit">
        {t('interview.submit')}
      </Button>
    </Form>
  );
}
