import { EyeOutlined, SendOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ButtonProps } from 'antd';
import { Alert, Button, Col, Form, Input, InputNumber, Popconfirm, Row, Select, Space, Switch } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { inspectionApi } from '../../api/inspections';
import {
  CAMPAIGN_MEASURES,
  type CampaignBody,
  type CampaignPreview,
  type CampaignTarget,
  registerApi,
  registerKeys,
} from '../../api/registers';
import { showError, showSuccess } from '../../app/feedback';
import { IndustrySelect } from '../../components/IndustrySelect';
import { applyFieldErrors } from '../../lib/forms';

type Values = Omit<CampaignBody, 'target'> & { target: Partial<CampaignTarget> };
const FIELDS = [
  'measureType',
  'title',
  'facts',
  'content',
  'legalBasis',
  'target.industryPrefix',
  'target.area',
  'target.complaintItemId',
  'target.fromCases',
  'target.sinceDays',
];
const TARGET_FIELDS = FIELDS.filter((f) => f.startsWith('target.')).map((f) => f.split('.'));

function targetOf(v: Partial<CampaignTarget> | undefined): CampaignTarget {
  return {
    industryPrefix: v?.industryPrefix ?? '',
    area: v?.area?.trim() ?? '',
    complaintItemId: v?.complaintItemId ?? null,
    fromCases: !!v?.fromCases,
    sinceDays: v?.sinceDays ?? 365,
  };
}

/** At least one criterion (the server says the same): an empty target would reach every entity. */
const hasCriterion = (t: CampaignTarget) => !!(t.industryPrefix || t.area || t.complaintItemId || t.fromCases);

/** 行政提示、建议、指导 to a class of entities (常政办发〔2025〕5号 第三项): write it, choose the class, preview the count, send. */
export function CampaignForm() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [preview, setPreview] = useState<{ key: string; result: CampaignPreview } | null>(null);
  const target = targetOf(Form.useWatch('target', form));
  const targetKey = JSON.stringify(target);
  const current = preview?.key === targetKey ? preview.result : null;
  const items = useQuery({ queryKey: ['complaint-items'], queryFn: inspectionApi.complaintItems, staleTime: 30 * 60_000 });
  const previewing = useMutation({
    mutationFn: (tg: CampaignTarget) => registerApi.previewCampaign(tg),
    onSuccess: (result, tg) => setPreview({ key: JSON.stringify(tg), result }),
    onError: (e) => showError(e, applyFieldErrors(form, e, FIELDS)),
  });
  const send = useMutation({
    mutationFn: (v: Values) => registerApi.sendCampaign({ ...v, target: targetOf(v.target) }),
    onSuccess: (r) => {
      qc.invalidateQueries({ queryKey: registerKeys.campaigns });
      showSuccess(t('campaign.sent', { count: r.entityCount }));
      form.resetFields();
      setPreview(null);
    },
    onError: (e) => showError(e, applyFieldErrors(form, e, FIELDS)),
  });
  const runPreview = async () => {
    const valid = await form.validateFields(TARGET_FIELDS).then(
      () => true,
      () => false,
    );
    if (!valid) {
      return;
    }
    if (!hasCriterion(target)) {
      showError(new Error(t('campaign.targetRequired')));
      return;
    }
    previewing.mutate(target);
  };
  const followsRecords = !!target.complaintItemId || target.fromCases;
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      initialValues={{ measureType: 'administrative_reminder', target: { fromCases: false, sinceDays: 365 } }}
      onFinish={(v) => send.mutate(v)}
    >
      <Form.Item name="measureType" label={t('campaign.type')} rules={[{ required: true }]}>
        <Select options={CAMPAIGN_MEASURES.map((m) => ({ value: m, label: t(`case.measureTypes.${m}`) }))} data-testid="campaign-type" />
      </Form.Item>
      <Form.Item name="title" label={t('campaign.titleLabel')} rules={[{ required: true, min: 4, message: t('campaign.titleMin') }]}>
        <Input maxLength={100} placeholder={t('campaign.titlePlaceholder')} data-testid="campaign-title" />
      </Form.Item>
      <Form.Item name="facts" label={t('campaign.facts')} rules={[{ required: true, min: 4, message: t('campaign.factsMin') }]}>
        <Input.TextArea rows={3} maxLength={2000} placeholder={t('campaign.factsPlaceholder')} data-testid="campaign-facts" />
      </Form.Item>
      <Form.Item name="content" label={t('campaign.content')} rules={[{ required: true, min: 4, message: t('campaign.contentMin') }]}>
        <Input.TextArea rows={4} maxLength={4000} showCount data-testid="campaign-content" />
      </Form.Item>
      <Form.Item name="legalBasis" label={t('campaign.legalBasis')} rules={[{ required: true, min: 2, message: t('campaign.legalBasis') }]}>
        <Input.TextArea rows={2} maxLength={1000} data-testid="campaign-basis" />
      </Form.Item>
      <fieldset className="rx-fieldset">
        <legend>{t('campaign.target')}</legend>
        <Row gutter={12}>
          <Col xs={24} md={12}>
            <Form.Item name={['target', 'industryPrefix']} label={t('campaign.industry')} extra={t('campaign.industryHelp')}>
              <IndustrySelect sectionsSelectable placeholder={t('campaign.industryPlaceholder')} testId="campaign-industry" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name={['target', 'area']} label={t('campaign.area')} extra={t('campaign.areaHelp')}>
              <Input maxLength={30} allowClear placeholder={t('campaign.areaPlaceholder')} data-testid="campaign-area" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name={['target', 'complaintItemId']} label={t('campaign.complaintItem')} extra={t('campaign.optional')}>
              <Select
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                loading={items.isLoading}
                options={(items.data ?? []).map((i) => ({ value: i.id, label: `${i.name}（${i.departmentName}）` }))}
                data-testid="campaign-complaint-item"
              />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name={['target', 'fromCases']} label={t('campaign.fromCases')} valuePropName="checked">
              <Switch data-testid="campaign-from-cases" />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name={['target', 'sinceDays']} label={t('campaign.sinceDays')}>
              <InputNumber
                min={1}
                max={1095}
                precision={0}
                disabled={!followsRecords}
                suffix={t('caseSettings.daysUnit')}
                style={{ width: '100%' }}
              />
            </Form.Item>
          </Col>
        </Row>
      </fieldset>
      {current && (
        <Alert
          type={current.tooMany || current.count === 0 ? 'warning' : 'success'}
          showIcon
          style={{ margin: '16px 0' }}
          data-testid="campaign-preview"
          title={
            current.tooMany
              ? t('campaign.tooMany')
              : current.count === 0
                ? t('campaign.noTargets')
                : t('campaign.previewCount', { count: current.count })
          }
          description={current.sample.length > 0 ? t('campaign.sample', { names: current.sample.join('、') }) : undefined}
        />
      )}
      <Space wrap style={{ marginTop: 16 }}>
        <Button
          icon={<EyeOutlined />}
          size="large"
          onClick={runPreview}
          loading={previewing.isPending}
          data-testid="campaign-preview-button"
        >
          {t('campaign.preview')}
        </Button>
        <Popconfirm
          title={t('campaign.sendConfirm', { count: current?.count ?? 0 })}
          onConfirm={() => form.submit()}
          disabled={!current || current.count === 0 || current.tooMany}
          okButtonProps={{ 'data-testid': 'campaign-send-confirm' } as ButtonProps}
        >
          <Button
            type="primary"
            size="large"
            icon={<SendOutlined />}
            disabled={!current || current.count === 0 || current.tooMany}
            loading={send.isPending}
            data-testid="campaign-send"
          >
            {t('campaign.send')}
          </Button>
        </Popconfirm>
        {!current && <span className="rx-muted">{t('campaign.previewFirst')}</span>}
      </Space>
    </Form>
  );
}
