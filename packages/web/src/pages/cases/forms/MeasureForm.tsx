import type { CaseDetail, DeliveryMethod, MeasureType } from '@rouxing/contracts';
import { INTERVIEW_MODES, isObservationPreferred, measureTypeOrder } from '@rouxing/contracts';
import { Alert, Button, Form, Input, InputNumber, Select, Switch, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { caseApi, type MeasureBody } from '../../../api/cases';
import { useDepartments } from '../../../api/hooks';
import { DatePicker } from '../../../components/DateInput';
import { deliveryOptions, useCaseAction, ymd } from '../shared';
import { ObservationExceptionFields } from './ObservationExceptionFields';

type Values = {
  type: MeasureType;
  content: string;
  oral?: boolean;
  deadline?: Dayjs | null;
  interview?: { mode: string; departmentIds: string[]; leadDepartmentId: string; scheduledAt: string };
  offset?: { fineYuan: number; verifiedHours: number; minorViolation?: boolean; penaltyDecisionNo: string };
  delivery?: DeliveryMethod | null;
  observationException?: { ground?: string; reason?: string };
};

const FIELDS = [
  'type',
  'content',
  'oral',
  'deadline',
  'delivery',
  'interview.mode',
  'interview.departmentIds',
  'interview.leadDepartmentId',
  'interview.scheduledAt',
  'offset.fineYuan',
  'offset.verifiedHours',
  'offset.minorViolation',
  'offset.penaltyDecisionNo',
  'observationException.ground',
  'observationException.reason',
];
/** 行政提示、行政建议 may be given orally (then recorded by minutes or a recording). */
const ORAL_ALLOWED: readonly MeasureType[] = ['administrative_reminder', 'administrative_suggestion'];
/** Simple forms with no document (常政办发〔2025〕5号 第七项: a short entry). */
const NO_DOCUMENT: readonly MeasureType[] = ['oral_explanation', 'leaflet'];
/** Documents kept in the file, not served on the party (劝导示范记录, 承诺书 signed in the portal, 公益抵罚确认书). */
const NOT_SERVED: readonly MeasureType[] = ['persuasion', 'commitment', 'community_service_offset'];
/** Recorded only once a reviewer approves. */
const NEEDS_APPROVAL: readonly MeasureType[] = ['no_penalty_decision', 'community_service_offset'];

function bodyOf(v: Values, observation: boolean): MeasureBody {
  const oral = ORAL_ALLOWED.includes(v.type) && !!v.oral;
  // 公益抵罚 presupposes a fine: in an observation period it needs a stated exception (the only measure that does).
  const exception = v.type === 'community_service_offset' ? v.observationException : undefined;
  return {
    type: v.type,
    content: v.content,
    oral,
    deadline: v.deadline ? ymd(v.deadline) : null,
    interview: v.type === 'interview' && v.interview ? v.interview : null,
    offset: v.type === 'community_service_offset' && v.offset ? { ...v.offset, minorViolation: !!v.offset.minorViolation } : null,
    delivery: oral || NO_DOCUMENT.includes(v.type) || NOT_SERVED.includes(v.type) ? null : (v.delivery ?? null),
    observationException: observation && exception?.ground ? { ground: exception.ground, reason: exception.reason ?? '' } : null,
  } as MeasureBody;
}

/** 记录柔性措施: the twelve measures, with what each needs (deadline, interview, offset, delivery). */
export function MeasureForm({ kase, onDone }: { kase: CaseDetail; onDone: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const departments = useDepartments();
  const type = Form.useWatch('type', form);
  const oral = Form.useWatch('oral', form);
  const observation = !!kase.observationPeriod;
  const record = useCaseAction(kase.id, (v: Values) => caseApi.recordMeasure(kase.id, bodyOf(v, observation)), {
    form,
    fields: FIELDS,
    onDone,
  });
  const deptOptions = (departments.data ?? []).map((d) => ({ value: d.id, label: d.name }));
  const commitment = type === 'commitment';
  const served = type && !NO_DOCUMENT.includes(type) && !NOT_SERVED.includes(type) && !(ORAL_ALLOWED.includes(type) && oral);
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      initialValues={{
        type: kase.state === 'commitment_pending' ? 'administrative_reminder' : 'commitment',
        deadline: dayjs().add(7, 'day'),
        delivery: kase.electronicConsent ? 'electronic' : 'direct',
        interview: { mode: 'individual', departmentIds: [kase.departmentId], leadDepartmentId: kase.departmentId },
      }}
      onFinish={(v) => record.mutate(v)}
    >
      <Form.Item name="type" label={t('case.measureForm.type')} rules={[{ required: true }]}>
        <Select
          data-testid="measure-type"
          options={measureTypeOrder(observation).map((m) => ({
            value: m,
            label:
              observation && isObservationPreferred(m) ? (
                <span>
                  {t(`case.measureTypes.${m}`)}{' '}
                  <Tag color="green" className="rx-tag-inline">
                    {t('case.measureForm.recommended')}
                  </Tag>
                </span>
              ) : (
                t(`case.measureTypes.${m}`)
              ),
          }))}
        />
      </Form.Item>
      {type === 'no_penalty_decision' && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('case.measureForm.noPenaltyNote')}
          description={
            <Link to={`/decisions/assistant?caseId=${encodeURIComponent(kase.id)}`} data-testid="measure-open-assistant">
              {t('case.measureForm.openAssistant')}
            </Link>
          }
        />
      )}
      {type && NEEDS_APPROVAL.includes(type) && (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('case.measureForm.approvalNote')} />
      )}
      <Form.Item
        name="content"
        label={t('case.measureForm.content')}
        extra={t('case.measureForm.contentHelp')}
        rules={[{ required: true, message: t('case.measureForm.content') }]}
      >
        <Input.TextArea rows={4} maxLength={4000} showCount data-testid="measure-content" />
      </Form.Item>
      {type && ORAL_ALLOWED.includes(type) && (
        <Form.Item name="oral" label={t('case.measureForm.oral')} valuePropName="checked" extra={t('case.measureForm.oralHelp')}>
          <Switch data-testid="measure-oral" />
        </Form.Item>
      )}
      {type && !NO_DOCUMENT.includes(type) && type !== 'interview' && (
        <Form.Item
          name="deadline"
          label={t(commitment ? 'case.measureForm.deadlineCommitment' : 'case.measureForm.deadline')}
          rules={[{ required: commitment, message: t('case.measureForm.deadlineCommitment') }]}
        >
          <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isBefore(dayjs(), 'day')} data-testid="measure-deadline" />
        </Form.Item>
      )}
      {type === 'interview' && (
        <>
          <Form.Item name={['interview', 'mode']} label={t('case.measureForm.interviewMode')} rules={[{ required: true }]}>
            <Select options={INTERVIEW_MODES.map((m) => ({ value: m, label: t(`case.measureForm.interviewModes.${m}`) }))} />
          </Form.Item>
          <Form.Item name={['interview', 'departmentIds']} label={t('case.measureForm.interviewDepartments')} rules={[{ required: true }]}>
            <Select mode="multiple" options={deptOptions} />
          </Form.Item>
          <Form.Item name={['interview', 'leadDepartmentId']} label={t('case.measureForm.leadDepartment')} rules={[{ required: true }]}>
            <Select options={deptOptions} />
          </Form.Item>
          <Form.Item
            name={['interview', 'scheduledAt']}
            label={t('case.measureForm.scheduledAt')}
            rules={[{ required: true, message: t('case.measureForm.scheduledAt') }]}
          >
            <Input maxLength={50} placeholder={t('case.measureForm.scheduledAtPlaceholder')} />
          </Form.Item>
        </>
      )}
      {type === 'community_service_offset' && (
        <>
          <Form.Item name={['offset', 'fineYuan']} label={t('case.measureForm.fineYuan')} rules={[{ required: true }]}>
            <InputNumber min={1} precision={0} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name={['offset', 'verifiedHours']} label={t('case.measureForm.verifiedHours')} rules={[{ required: true }]}>
            <InputNumber min={0} precision={0} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name={['offset', 'minorViolation']} label={t('case.measureForm.minorViolation')} valuePropName="checked">
            <Switch />
          </Form.Item>
          <Form.Item
            name={['offset', 'penaltyDecisionNo']}
            label={t('case.measureForm.penaltyDecisionNo')}
            rules={[{ required: true, message: t('case.measureForm.penaltyDecisionNo') }]}
          >
            <Input maxLength={60} />
          </Form.Item>
        </>
      )}
      {served && (
        <Form.Item name="delivery" label={t('case.measureForm.delivery')} extra={t('case.measureForm.deliveryHelp')}>
          <Select allowClear options={deliveryOptions(t, kase.electronicConsent)} data-testid="measure-delivery" />
        </Form.Item>
      )}
      {observation && type === 'community_service_offset' && (
        <ObservationExceptionFields note={t('case.measureForm.observationNote', kase.observationPeriod ?? {})} />
      )}
      <Button
        type="primary"
        htmlType="submit"
        block
        size="large"
        loading={record.isPending}
        disabled={type === 'no_penalty_decision'}
        data-testid="measure-submit"
      >
        {t('case.measureForm.submit')}
      </Button>
    </Form>
  );
}
