import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { NoPenaltyListDetail, NoPenaltyListEntryInput } from '@rouxing/contracts';
import { HARMS, LIST_KINDS, RULE_LEVELS } from '@rouxing/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Checkbox, Col, DatePicker, Form, Input, InputNumber, Row, Select, Skeleton, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { catalogueApi } from '../../api/catalogue';
import { ApiError, isApiError } from '../../api/client';
import { useCurrentUser } from '../../app/auth';
import { showError, showSuccess } from '../../app/feedback';
import { ErrorResult } from '../../components/ErrorResult';
import { PageHeader } from '../../components/PageHeader';
import { applyFieldErrors } from '../../lib/forms';
import { KIND_KEYS } from './NoPenaltyListDetailPage';

type EntryValues = Omit<NoPenaltyListEntryInput, 'conditionsText'> & { conditionsText: string };
type Values = {
  title: string;
  level: string;
  issuer: string;
  domain: string;
  documentNo: string;
  effective: [Dayjs, Dayjs | null];
  entries: EntryValues[];
};

/** 起草/修改清单: a draft's fields and entries (the structured conditions beside the list's own wording). */
export default function NoPenaltyListEditPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const existing = useQuery({ queryKey: ['no-penalty-list', id ?? 'new'], queryFn: () => catalogueApi.list(id as string), enabled: !!id });
  if (id && existing.isLoading) {
    return <Skeleton active />;
  }
  if (id && (existing.error || !existing.data)) {
    return <ErrorResult error={existing.error} onRetry={() => existing.refetch()} />;
  }
  if (existing.data && existing.data.status !== 'draft') {
    // Published versions never change: a revision is a new version.
    return (
      <Alert
        type="warning"
        showIcon
        message={t('rules.onlyDrafts')}
        action={<Link to={`/rules/no-penalty-lists/${existing.data.id}`}>{t('rules.backToVersion')}</Link>}
      />
    );
  }
  return <ListForm list={existing.data ?? null} />;
}

const ENTRY_FIELDS = ['itemCode', 'violationCode', 'kind', 'itemText', 'conditionsText', 'legalBasisText', 'normalPenaltyText', 'notes'];
const CONDITION_FIELDS = ['firstOffense', 'firstOffenseScope', 'maxHarm', 'correctedInTime', 'correctionDays'];

/** The form's field paths the server may name: the list's own, and each entry's (entries.3.violationCode). */
function fieldPaths(entryCount: number): string[] {
  const paths = ['title', 'level', 'issuer', 'domain', 'documentNo', 'effective'];
  for (let i = 0; i < entryCount; i++) {
    paths.push(...ENTRY_FIELDS.map((f) => `entries.${i}.${f}`), ...CONDITION_FIELDS.map((f) => `entries.${i}.conditions.${f}`));
  }
  return paths;
}

/** The server checks effectiveFrom/effectiveTo; the form has one range field. Entries' text lines (conditionsText.2) go on the text area. */
function onFormFields(e: unknown): unknown {
  if (!isApiError(e)) {
    return e;
  }
  const fields = e.fields.map((f) => ({
    ...f,
    path: f.path.replace(/^effective(From|To)$/, 'effective').replace(/^(entries\.\d+\.conditionsText)\.\d+$/, '$1'),
  }));
  return new ApiError(e.status, e.code, e.message, fields);
}

function ListForm({ list }: { list: NoPenaltyListDetail | null }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const [form] = Form.useForm<Values>();
  const items = useQuery({ queryKey: ['violation-items', 'all-own'], queryFn: () => catalogueApi.items({ pageSize: 500 }) });
  const save = useMutation({
    mutationFn: (v: Values) => {
      const body = {
        title: v.title,
        level: v.level as NoPenaltyListDetail['level'],
        issuer: v.issuer,
        domain: v.domain,
        documentNo: v.documentNo ?? '',
        source: list?.source ?? '',
        sourceUrl: list?.sourceUrl ?? '',
        departmentId: me.departmentId ?? '',
        effectiveFrom: v.effective[0].format('YYYY-MM-DD'),
        effectiveTo: v.effective[1] ? v.effective[1].format('YYYY-MM-DD') : null,
        entries: (v.entries ?? []).map((e, i) => ({
          ...e,
          itemCode: e.itemCode || String(i + 1),
          conditions: {
            firstOffense: !!e.conditions?.firstOffense,
            firstOffenseScope: e.conditions?.firstOffenseScope ?? 'authority',
            maxHarm: e.conditions?.maxHarm ?? null,
            correctedInTime: !!e.conditions?.correctedInTime,
            correctionDays: e.conditions?.correctionDays ?? null,
          },
          conditionsText: (e.conditionsText ?? '')
            .split(/\n/)
            .map((s) => s.trim())
            .filter(Boolean),
          legalBasisText: e.legalBasisText ?? '',
          normalPenaltyText: e.normalPenaltyText ?? '',
          notes: e.notes ?? '',
        })),
      };
      return list ? catalogueApi.updateList(list.id, { ...body, revision: list.revision }) : catalogueApi.createList(body);
    },
    onSuccess: (d) => {
      qc.invalidateQueries({ queryKey: ['no-penalty-lists'] });
      qc.setQueryData(['no-penalty-list', d.id], d);
      showSuccess(t('common.saved'));
      navigate(`/rules/no-penalty-lists/${d.id}`);
    },
    onError: (e) => showError(e, applyFieldErrors(form, onFormFields(e), fieldPaths(form.getFieldValue('entries')?.length ?? 0))),
  });
  const initial: Partial<Values> = list
    ? {
        ...list,
        effective: [dayjs(list.effectiveFrom), list.effectiveTo ? dayjs(list.effectiveTo) : null],
        entries: list.entries.map((e) => ({ ...e, conditionsText: e.conditionsText.join('\n') })),
      }
    : { level: 'county', issuer: me.departmentName ?? '', effective: [dayjs(), null], entries: [] };
  return (
    <>
      <PageHeader title={list ? t('rules.editList') : t('rules.newList')} testId="page-list-edit" />
      <Form<Values> form={form} layout="vertical" initialValues={initial} onFinish={(v) => save.mutate(v)}>
        <Card style={{ marginBottom: 16 }}>
          <Row gutter={12}>
            <Col xs={24} md={12}>
              <Form.Item name="title" label={t('rules.listTitle')} rules={[{ required: true }]}>
                <Input data-testid="list-title" />
              </Form.Item>
            </Col>
            <Col xs={12} md={4}>
              <Form.Item name="level" label={t('rules.level')}>
                <Select options={RULE_LEVELS.map((l) => ({ value: l, label: t(`assistant.levels.${l}`) }))} />
              </Form.Item>
            </Col>
            <Col xs={12} md={8}>
              <Form.Item name="issuer" label={t('rules.issuer')} rules={[{ required: true }]}>
                <Input />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item name="domain" label={t('rules.domain')} rules={[{ required: true }]}>
                <Input data-testid="list-domain" />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item name="documentNo" label={t('rules.documentNo')}>
                <Input />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="effective" label={t('rules.effectivePeriod')} rules={[{ required: true }]}>
                <DatePicker.RangePicker allowEmpty={[false, true]} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Card title={t('rules.entries')} style={{ marginBottom: 16 }}>
          <Form.List name="entries">
            {(fields, { add, remove }) => (
              <Space direction="vertical" style={{ width: '100%' }}>
                {fields.map((f, i) => (
                  <Card
                    key={f.key}
                    size="small"
                    title={t('rules.entryN', { n: i + 1 })}
                    extra={
                      <Button icon={<DeleteOutlined />} type="text" danger onClick={() => remove(f.name)} aria-label={t('common.delete')} />
                    }
                  >
                    <Row gutter={12}>
                      <Col xs={6} md={3}>
                        <Form.Item name={[f.name, 'itemCode']} label={t('rules.itemCode')}>
                          <Input />
                        </Form.Item>
                      </Col>
                      <Col xs={18} md={9}>
                        <Form.Item name={[f.name, 'violationCode']} label={t('rules.code')} rules={[{ required: true }]}>
                          <Select
                            showSearch
                            optionFilterProp="label"
                            data-testid={`entry-code-${i}`}
                            options={(items.data?.items ?? []).map((it) => ({ value: it.code, label: `${it.code} ${it.name}` }))}
                          />
                        </Form.Item>
                      </Col>
                      <Col xs={12} md={4}>
                        <Form.Item name={[f.name, 'kind']} label={t('rules.kind')} rules={[{ required: true }]}>
                          <Select
                            options={LIST_KINDS.map((k) => ({ value: k, label: t(`rules.kinds.${KIND_KEYS[k]}`) }))}
                            data-testid={`entry-kind-${i}`}
                          />
                        </Form.Item>
                      </Col>
                      <Col xs={12} md={8}>
                        <Form.Item name={[f.name, 'conditions', 'maxHarm']} label={t('rules.maxHarm')}>
                          <Select allowClear options={HARMS.map((h) => ({ value: h, label: t(`assistant.harms.${h}`) }))} />
                        </Form.Item>
                      </Col>
                      <Col xs={24}>
                        <Form.Item name={[f.name, 'itemText']} label={t('rules.itemText')} rules={[{ required: true }]}>
                          <Input.TextArea rows={2} data-testid={`entry-text-${i}`} />
                        </Form.Item>
                      </Col>
                      <Col xs={12} md={6}>
                        <Form.Item name={[f.name, 'conditions', 'firstOffense']} valuePropName="checked">
                          <Checkbox>{t('portal.first')}</Checkbox>
                        </Form.Item>
                      </Col>
                      <Col xs={12} md={6}>
                        <Form.Item name={[f.name, 'conditions', 'firstOffenseScope']}>
                          <Select
                            allowClear
                            placeholder={t('rules.scope')}
                            options={[
                              { value: 'authority', label: t('rules.scopeAuthority') },
                              { value: 'same_item', label: t('rules.scopeSameItem') },
                            ]}
                          />
                        </Form.Item>
                      </Col>
                      <Col xs={12} md={6}>
                        <Form.Item name={[f.name, 'conditions', 'correctedInTime']} valuePropName="checked">
                          <Checkbox>{t('portal.corrected')}</Checkbox>
                        </Form.Item>
                      </Col>
                      <Col xs={12} md={6}>
                        <Form.Item name={[f.name, 'conditions', 'correctionDays']}>
                          <InputNumber min={1} precision={0} placeholder={t('rules.correctionDays')} style={{ width: '100%' }} />
                        </Form.Item>
                      </Col>
                      <Col xs={24} md={12}>
                        <Form.Item name={[f.name, 'conditionsText']} label={t('rules.conditionsText')}>
                          <Input.TextArea rows={3} />
                        </Form.Item>
                      </Col>
                      <Col xs={24} md={12}>
                        <Form.Item name={[f.name, 'legalBasisText']} label={t('rules.basisText')}>
                          <Input.TextArea rows={3} />
                        </Form.Item>
                      </Col>
                      <Col xs={24} md={12}>
                        <Form.Item name={[f.name, 'normalPenaltyText']} label={t('rules.penaltyText')}>
                          <Input.TextArea rows={2} />
                        </Form.Item>
                      </Col>
                      <Col xs={24} md={12}>
                        <Form.Item name={[f.name, 'notes']} label={t('rules.notes')}>
                          <Input.TextArea rows={2} />
                        </Form.Item>
                      </Col>
                    </Row>
                  </Card>
                ))}
                <Button
                  type="dashed"
                  icon={<PlusOutlined />}
                  onClick={() =>
                    add({
                      itemCode: String(fields.length + 1),
                      kind: '首违不罚',
                      conditions: { firstOffense: true, correctedInTime: true },
                    })
                  }
                  block
                  data-testid="entry-add"
                >
                  {t('rules.addEntry')}
                </Button>
              </Space>
            )}
          </Form.List>
        </Card>
        <Space>
          <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="list-save">
            {t('rules.saveDraft')}
          </Button>
          <Button onClick={() => navigate(-1)}>{t('common.cancel')}</Button>
        </Space>
      </Form>
    </>
  );
}
