import { FileDoneOutlined, SearchOutlined } from '@ant-design/icons';
import type { DecisionInput, DecisionResponse, PriorViolationRecord, ResolvedRules } from '@rouxing/contracts';
import { HARMS, lawCitation, MITIGATING, PENALTY_TYPES } from '@rouxing/contracts';
import { useMutation, useQuery } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Col,
  DatePicker,
  Descriptions,
  Empty,
  Form,
  InputNumber,
  List,
  Radio,
  Row,
  Select,
  Space,
  Switch,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { isApiError } from '../../api/client';
import { assistantApi } from '../../api/decisions';
import { useCurrentUser } from '../../app/auth';
import { PageHeader } from '../../components/PageHeader';
import { can } from '../../lib/permissions';
import { NoPenaltyProposalModal } from './NoPenaltyProposalModal';

type FormValues = {
  code?: string;
  entityId?: string;
  partyType: 'natural_person' | 'legal_person' | 'other_organization';
  age?: number | null;
  mentalState: 'normal' | 'unable_to_recognize_or_control' | 'partially_impaired';
  occurredOn: Dayjs;
  discoveredOn: Dayjs;
  continuing: boolean;
  endedOn?: Dayjs | null;
  harm: (typeof HARMS)[number];
  minorViolation: boolean;
  correctedInTime: boolean;
  involvesLifeHealthOrFinancialSecurity: boolean;
  provenNoFault: boolean;
  alreadyFinedForSameAct: boolean;
  inObservationPeriod: boolean;
  mitigating: string[];
  aggravating: string[];
  penaltyType?: (typeof PENALTY_TYPES)[number];
  amount?: number | null;
};

const day = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : undefined);
const OUTCOME_COLOR: Record<string, string> = {
  time_barred: 'default',
  no_penalty: 'green',
  may_waive: 'cyan',
  mitigate: 'blue',
  may_mitigate: 'geekblue',
  penalty: 'orange',
};
/** The outcomes on which a 不予处罚决定 may be proposed (行政处罚法 第三十三条: 应当 and 可以). */
const WAIVED: readonly string[] = ['no_penalty', 'may_waive'];

/** 裁量辅助: the officer picks the item and the party, enters the facts, and sees the law's answer before anything is issued. */
export default function DecisionAssistantPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [form] = Form.useForm<FormValues>();
  const [itemQuery, setItemQuery] = useState('');
  const [entityQuery, setEntityQuery] = useState('');
  const [proposing, setProposing] = useState(false);
  // 从案件进入（?caseId=）: the case is preselected when the answer is handed to a case.
  const [params] = useSearchParams();
  const presetCaseId = params.get('caseId') ?? undefined;
  const code = Form.useWatch('code', form);
  const entityId = Form.useWatch('entityId', form);
  const partyType = Form.useWatch('partyType', form);
  const continuing = Form.useWatch('continuing', form);
  const items = useQuery({ queryKey: ['assistant', 'items', itemQuery], queryFn: () => assistantApi.searchItems(itemQuery) });
  const entities = useQuery({
    queryKey: ['assistant', 'entities', entityQuery],
    queryFn: () => assistantApi.searchEntities(entityQuery),
    enabled: entityQuery.length > 0,
  });
  const resolved = useQuery({
    queryKey: ['assistant', 'resolve', code],
    queryFn: () => assistantApi.resolve(code as string),
    enabled: !!code,
  });
  const priors = useQuery({
    queryKey: ['assistant', 'priors', entityId],
    queryFn: () => assistantApi.priorViolations(entityId as string),
    enabled: !!entityId,
  });
  const evaluate = useMutation({
    mutationFn: assistantApi.evaluate,
    // The engine names `facts.discoveredOn`, `proposedPenalty.amount`…: put each on its field of this form.
    onError: (e) => {
      if (isApiError(e)) {
        form.setFields(
          e.fields.map((f) => ({
            name: f.path
              .replace(/^facts\./, '')
              .replace(/^proposedPenalty\.amount$/, 'amount')
              .split('.')[0] as keyof FormValues,
            errors: [f.message],
          })),
        );
      }
    },
  });

  const submit = (v: FormValues) => {
    const request: DecisionInput = {
      violation: v.code ? { code: v.code } : undefined,
      authority: me.departmentName ?? me.regionName,
      facts: {
        partyType: v.partyType,
        age: v.partyType === 'natural_person' ? (v.age ?? null) : null,
        mentalState: v.mentalState,
        occurredOn: day(v.occurredOn) as string,
        discoveredOn: day(v.discoveredOn) as string,
        continuing: v.continuing,
        endedOn: v.continuing ? null : (day(v.endedOn) ?? null),
        harm: v.harm,
        minorViolation: v.minorViolation,
        correctedInTime: v.correctedInTime,
        involvesLifeHealthOrFinancialSecurity: v.involvesLifeHealthOrFinancialSecurity,
        provenNoFault: v.provenNoFault,
        alreadyFinedForSameAct: v.alreadyFinedForSameAct,
        inObservationPeriod: v.inObservationPeriod,
        mitigating: v.mitigating as DecisionInput['facts']['mitigating'],
        aggravating: v.aggravating,
        ...(v.entityId
          ? {
              priorViolations: (priors.data ?? []).map((p) => ({
                on: p.decidedOn,
                authority: p.authority,
                violationCode: p.violationCode ?? undefined,
              })),
            }
          : {}),
      },
      ...(v.penaltyType ? { proposedPenalty: { type: v.penaltyType, ...(v.amount != null ? { amount: v.amount } : {}) } } : {}),
    };
    evaluate.mutate(request);
  };

  const selectEntity = (id: string | undefined) => {
    form.setFieldValue('entityId', id);
    const e = entities.data?.items.find((x) => x.id === id);
    if (e) {
      form.setFieldsValue({ partyType: 'legal_person', inObservationPeriod: e.inObservationPeriod });
    }
  };

  return (
    <>
      <PageHeader title={t('assistant.title')} testId="page-assistant" />
      <Alert type="info" showIcon style={{ marginBottom: 16 }} message={t('assistant.intro')} />
      <Row gutter={16}>
        <Col xs={24} lg={12}>
          <Card title={t('assistant.facts')}>
            <Form<FormValues>
              form={form}
              layout="vertical"
              onFinish={submit}
              initialValues={{
                partyType: 'legal_person',
                mentalState: 'normal',
                occurredOn: dayjs().subtract(20, 'day'),
                discoveredOn: dayjs().subtract(10, 'day'),
                continuing: false,
                harm: 'none',
                minorViolation: true,
                correctedInTime: true,
                involvesLifeHealthOrFinancialSecurity: false,
                provenNoFault: false,
                alreadyFinedForSameAct: false,
                inObservationPeriod: false,
                mitigating: [],
                aggravating: [],
              }}
            >
              <Form.Item name="code" label={t('assistant.item')} rules={[{ required: true, message: t('assistant.itemRequired') }]}>
                <Select
                  showSearch
                  filterOption={false}
                  onSearch={setItemQuery}
                  loading={items.isFetching}
                  data-testid="assistant-item"
                  placeholder={t('assistant.itemPlaceholder')}
                  options={(items.data?.items ?? []).map((i) => ({ value: i.code, label: `${i.code} ${i.name}` }))}
                />
              </Form.Item>
              <Form.Item name="entityId" label={t('assistant.party')} extra={t('assistant.partyHelp')}>
                <Select
                  showSearch
                  allowClear
                  filterOption={false}
                  onSearch={setEntityQuery}
                  onChange={selectEntity}
                  loading={entities.isFetching}
                  data-testid="assistant-entity"
                  placeholder={t('assistant.partyPlaceholder')}
                  options={(entities.data?.items ?? []).map((e) => ({ value: e.id, label: `${e.name}（${e.uscc}）` }))}
                />
              </Form.Item>
              {entityId && <PriorTable rows={priors.data ?? []} loading={priors.isLoading} />}
              <Row gutter={12}>
                <Col xs={24} sm={12}>
                  <Form.Item name="partyType" label={t('assistant.partyType')}>
                    <Radio.Group
                      optionType="button"
                      options={['legal_person', 'natural_person', 'other_organization'].map((v) => ({
                        value: v,
                        label: t(`assistant.partyTypes.${v}`),
                      }))}
                    />
                  </Form.Item>
                </Col>
                {partyType === 'natural_person' && (
                  <Col xs={12} sm={6}>
                    <Form.Item name="age" label={t('assistant.age')}>
                      <InputNumber min={0} precision={0} style={{ width: '100%' }} />
                    </Form.Item>
                  </Col>
                )}
                {partyType === 'natural_person' && (
                  <Col xs={12} sm={6}>
                    <Form.Item name="mentalState" label={t('assistant.mentalState')}>
                      <Select
                        options={['normal', 'partially_impaired', 'unable_to_recognize_or_control'].map((v) => ({
                          value: v,
                          label: t(`assistant.mental.${v}`),
                        }))}
                      />
                    </Form.Item>
                  </Col>
                )}
              </Row>
              <Row gutter={12}>
                <Col xs={12}>
                  <Form.Item name="occurredOn" label={t('assistant.occurredOn')} rules={[{ required: true }]}>
                    <DatePicker style={{ width: '100%' }} data-testid="assistant-occurred" />
                  </Form.Item>
                </Col>
                <Col xs={12}>
                  <Form.Item name="discoveredOn" label={t('assistant.discoveredOn')} rules={[{ required: true }]}>
                    <DatePicker style={{ width: '100%' }} data-testid="assistant-discovered" />
                  </Form.Item>
                </Col>
                <Col xs={12}>
                  <Form.Item name="continuing" label={t('assistant.continuing')} valuePropName="checked">
                    <Switch />
                  </Form.Item>
                </Col>
                {!continuing && (
                  <Col xs={12}>
                    <Form.Item name="endedOn" label={t('assistant.endedOn')}>
                      <DatePicker style={{ width: '100%' }} />
                    </Form.Item>
                  </Col>
                )}
              </Row>
              <Form.Item name="harm" label={t('assistant.harm')}>
                <Radio.Group
                  optionType="button"
                  options={HARMS.map((h) => ({ value: h, label: t(`assistant.harms.${h}`) }))}
                  data-testid="assistant-harm"
                />
              </Form.Item>
              <Row gutter={12}>
                {(
                  [
                    'minorViolation',
                    'correctedInTime',
                    'provenNoFault',
                    'involvesLifeHealthOrFinancialSecurity',
                    'alreadyFinedForSameAct',
                    'inObservationPeriod',
                  ] as const
                ).map((k) => (
                  <Col xs={12} key={k}>
                    <Form.Item name={k} label={t(`assistant.${k}`)} valuePropName="checked">
                      <Switch data-testid={`assistant-${k}`} />
                    </Form.Item>
                  </Col>
                ))}
              </Row>
              <Form.Item name="mitigating" label={t('assistant.mitigating')}>
                <Checkbox.Group options={MITIGATING.map((m) => ({ value: m, label: t(`assistant.mitigatingCodes.${m}`) }))} />
              </Form.Item>
              {resolved.data?.benchmark && resolved.data.benchmark.aggravating.length > 0 && (
                <Form.Item name="aggravating" label={t('assistant.aggravating')}>
                  <Checkbox.Group options={resolved.data.benchmark.aggravating.map((a) => ({ value: a.code, label: a.label }))} />
                </Form.Item>
              )}
              <Row gutter={12}>
                <Col xs={12}>
                  <Form.Item name="penaltyType" label={t('assistant.proposedType')}>
                    <Select
                      allowClear
                      data-testid="assistant-penalty-type"
                      options={PENALTY_TYPES.map((p) => ({ value: p, label: t(`assistant.penaltyTypes.${p}`) }))}
                    />
                  </Form.Item>
                </Col>
                <Col xs={12}>
                  <Form.Item name="amount" label={t('assistant.proposedAmount')}>
                    <InputNumber
                      min={0}
                      precision={0}
                      style={{ width: '100%' }}
                      addonAfter={t('assistant.yuan')}
                      data-testid="assistant-amount"
                    />
                  </Form.Item>
                </Col>
              </Row>
              <Button
                type="primary"
                htmlType="submit"
                icon={<SearchOutlined />}
                loading={evaluate.isPending}
                data-testid="assistant-evaluate"
              >
                {t('assistant.evaluate')}
              </Button>
            </Form>
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <div className="rx-sticky">
            <Card title={t('assistant.result')} data-testid="assistant-result">
              {evaluate.data ? (
                <>
                  <DecisionResult result={evaluate.data} rules={resolved.data} />
                  {WAIVED.includes(evaluate.data.outcome) && evaluate.variables && can(me, 'case.handle') && (
                    <>
                      <Button
                        type="primary"
                        icon={<FileDoneOutlined />}
                        style={{ marginTop: 16 }}
                        onClick={() => setProposing(true)}
                        data-testid="assistant-propose"
                      >
                        {t('assistant.propose.button')}
                      </Button>
                      <NoPenaltyProposalModal
                        open={proposing}
                        onClose={() => setProposing(false)}
                        request={evaluate.variables}
                        explanation={evaluate.data.explanation}
                        presetCaseId={presetCaseId}
                      />
                    </>
                  )}
                </>
              ) : evaluate.error ? (
                <Alert type="error" showIcon message={(evaluate.error as Error).message} />
              ) : (
                <Empty description={t('assistant.noResult')} />
              )}
            </Card>
            {resolved.data && <RulesCard rules={resolved.data} />}
          </div>
        </Col>
      </Row>
    </>
  );
}

function PriorTable({ rows, loading }: { rows: PriorViolationRecord[]; loading: boolean }) {
  const { t } = useTranslation();
  return (
    <Table<PriorViolationRecord>
      size="small"
      rowKey="id"
      loading={loading}
      pagination={false}
      style={{ marginBottom: 16 }}
      data-testid="assistant-priors"
      title={() => t('assistant.priors')}
      locale={{ emptyText: t('assistant.noPriors') }}
      dataSource={rows}
      columns={[
        { title: t('assistant.priorOn'), dataIndex: 'decidedOn', width: 110 },
        { title: t('assistant.priorAuthority'), dataIndex: 'authority' },
        { title: t('assistant.priorItem'), render: (_, r) => [r.violationCode, r.violationName].filter(Boolean).join(' ') },
        {
          title: t('assistant.priorOutcome'),
          dataIndex: 'outcome',
          render: (o: string) => t(`assistant.priorOutcomes.${o}`, { defaultValue: o }),
        },
      ]}
    />
  );
}

const lawText = (b: { law: string; article: number; paragraph?: number }) => lawCitation(b.law, b.article, b.paragraph);

function DecisionResult({ result, rules }: { result: DecisionResponse; rules: ResolvedRules | undefined }) {
  const { t } = useTranslation();
  const listEntry = (listId: string, itemCode: string) => rules?.listEntries.find((e) => e.listId === listId && e.itemCode === itemCode);
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <div>
        <Tag color={OUTCOME_COLOR[result.outcome]} style={{ fontSize: 18, padding: '4px 12px' }} data-testid="assistant-outcome">
          {t(`assistant.outcomes.${result.outcome}`)}
        </Tag>
        {result.educationRequired && <Tag color="purple">{t('assistant.education')}</Tag>}
        {result.firstOffense && <Tag>{t('assistant.firstOffense')}</Tag>}
      </div>
      {result.flags.includes('disproportionate') && (
        <Alert
          type="error"
          showIcon
          data-testid="assistant-disproportionate"
          message={t('assistant.flags.disproportionate')}
          description={t('assistant.disproportionateHelp')}
        />
      )}
      {result.flags
        .filter((f) => f !== 'disproportionate')
        .map((f) => (
          <Alert key={f} type="warning" showIcon message={t(`assistant.flags.${f}`)} />
        ))}
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label={t('assistant.fineRange')}>
          <span data-testid="assistant-fine-range">
            {result.fineRange ? t('assistant.rangeYuan', { min: result.fineRange.min, max: result.fineRange.max }) : t('assistant.noFine')}
          </span>
        </Descriptions.Item>
        <Descriptions.Item label={t('assistant.basis')}>
          <List
            size="small"
            dataSource={result.basis}
            data-testid="assistant-basis"
            renderItem={(b) =>
              b.source === 'law' ? (
                <List.Item>{lawText(b)}</List.Item>
              ) : (
                <List.Item>
                  <Space direction="vertical" size={0}>
                    <Typography.Text strong>
                      {listEntry(b.listId, b.itemCode)?.listTitle ?? b.listId} · {t('assistant.entryNo', { no: b.itemCode })}
                    </Typography.Text>
                    <Typography.Text type="secondary">{listEntry(b.listId, b.itemCode)?.itemText}</Typography.Text>
                  </Space>
                </List.Item>
              )
            }
          />
        </Descriptions.Item>
      </Descriptions>
      <Typography.Paragraph data-testid="assistant-explanation">{result.explanation}</Typography.Paragraph>
    </Space>
  );
}

function RulesCard({ rules }: { rules: ResolvedRules }) {
  const { t } = useTranslation();
  const { item, benchmark } = rules;
  return (
    <Card title={t('assistant.rules')} style={{ marginTop: 16 }} size="small">
      <Descriptions column={1} size="small">
        <Descriptions.Item label={t('assistant.item')}>
          {item.code} {item.name}
        </Descriptions.Item>
        <Descriptions.Item label={t('assistant.legalBasis')}>{item.legalBasis.text}</Descriptions.Item>
        {item.normalPenaltyText && <Descriptions.Item label={t('assistant.normalPenalty')}>{item.normalPenaltyText}</Descriptions.Item>}
        <Descriptions.Item label={t('assistant.benchmark')}>
          {benchmark
            ? `${benchmark.issuer}（${t(`assistant.levels.${benchmark.level}`)}）${t('assistant.rangeYuan', { min: benchmark.fine.min, max: benchmark.fine.max })}`
            : t('assistant.noBenchmark')}
        </Descriptions.Item>
        {rules.benchmarkChain.length > 1 && (
          <Descriptions.Item label={t('assistant.chain')}>{rules.benchmarkChain.map((b) => b.issuer).join(' → ')}</Descriptions.Item>
        )}
      </Descriptions>
      <List
        size="small"
        header={t('assistant.entries')}
        dataSource={rules.listEntries}
        locale={{ emptyText: t('assistant.noEntries') }}
        renderItem={(e) => (
          <List.Item>
            <Space direction="vertical" size={0}>
              <span>
                <Tag color="green">{e.kind}</Tag>
                {e.listTitle} · {t('assistant.entryNo', { no: e.itemCode })}
              </span>
              <Typography.Text type="secondary">{e.conditionsText.join('；')}</Typography.Text>
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
}
