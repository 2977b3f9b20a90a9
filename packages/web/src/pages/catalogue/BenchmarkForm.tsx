import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import type { BenchmarkInput, DiscretionBenchmark } from '@rouxing/contracts';
import { RULE_LEVELS } from '@rouxing/contracts';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Button, type ButtonProps, Col, Form, Input, InputNumber, Modal, Row, Select, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { catalogueApi } from '../../api/catalogue';
import { useCurrentUser } from '../../app/auth';
import { showError, showSuccess } from '../../app/feedback';
import { DatePicker } from '../../components/DateInput';
import { applyFieldErrors } from '../../lib/forms';
import { fineRange, tierYuan } from './fine-range';

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** The yuan range of a tier for the fine range being entered (nothing while a number is missing or out of order). */
function TierPreview({ fine, tier }: { fine?: { min?: number | null; max?: number | null }; tier?: [number | null, number | null] }) {
  const { t } = useTranslation();
  const [a, b] = tier ?? [];
  if (!isNum(fine?.min) || !isNum(fine?.max) || !isNum(a) || !isNum(b) || fine.min > fine.max || a > b) {
    return null;
  }
  const [lo, hi] = tierYuan(fine.min, fine.max, [a, b]);
  return (
    <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }} data-testid="tier-preview">
      {t('rules.tierRange', { range: fineRange(lo, hi) })}
    </Typography.Text>
  );
}

type Values = Omit<BenchmarkInput, 'effectiveFrom' | 'departmentId'> & { effectiveFrom: Dayjs };

/** A benchmark version, new or a draft edited: the fine range, its three tiers (with their yuan), the circumstances. */
export function BenchmarkForm({
  benchmark,
  onClose,
  onSaved,
}: {
  benchmark: DiscretionBenchmark | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [form] = Form.useForm<Values>();
  const items = useQuery({ queryKey: ['violation-items', 'all-own'], queryFn: () => catalogueApi.items({ pageSize: 500 }) });
  const fine = Form.useWatch('fine', form);
  const tiers = Form.useWatch('tiers', form);
  const save = useMutation({
    mutationFn: (v: Values) => {
      const body = {
        ...v,
        departmentId: me.departmentId ?? '',
        effectiveFrom: v.effectiveFrom.format('YYYY-MM-DD'),
        note: v.note ?? '',
        aggravating: v.aggravating ?? [],
        mitigating: v.mitigating ?? [],
      };
      return benchmark
        ? catalogueApi.updateBenchmark(benchmark.id, { ...body, revision: benchmark.revision })
        : catalogueApi.createBenchmark(body);
    },
    onSuccess: () => {
      showSuccess(t('common.saved'));
      onSaved();
      onClose();
    },
    onError: (e) =>
      showError(
        e,
        applyFieldErrors(form, e, ['violationCode', 'level', 'issuer', 'fine.min', 'fine.max', 'mitigatedFloor', 'effectiveFrom', 'note']),
      ),
  });
  const circumstances = (name: 'aggravating' | 'mitigating') => (
    <Form.List name={name}>
      {(fields, { add, remove }) => (
        <>
          {fields.map((f) => (
            <Space key={f.key} align="baseline">
              <Form.Item name={[f.name, 'code']} rules={[{ required: true }]}>
                <Input placeholder="refused_correction" style={{ width: 170 }} />
              </Form.Item>
              <Form.Item name={[f.name, 'label']} rules={[{ required: true }]}>
                <Input placeholder={t('rules.circumstanceLabel')} style={{ width: 320 }} />
              </Form.Item>
              <MinusCircleOutlined onClick={() => remove(f.name)} aria-label={t('common.delete')} />
            </Space>
          ))}
          <Button type="dashed" size="small" icon={<PlusOutlined />} onClick={() => add()}>
            {t(`rules.add.${name}`)}
          </Button>
        </>
      )}
    </Form.List>
  );
  const b = benchmark;
  return (
    <Modal
      open
      width={820}
      title={b ? t('rules.editBenchmark') : t('rules.newBenchmark')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      okButtonProps={{ 'data-testid': 'benchmark-save' } as ButtonProps}
    >
      {b?.status === 'draft' && b.rejectionReason && (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} message={t('rules.returned', { reason: b.rejectionReason })} />
      )}
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(v) => save.mutate(v)}
        initialValues={
          b
            ? { ...b, effectiveFrom: dayjs(b.effectiveFrom) }
            : {
                level: 'department',
                issuer: me.departmentName ?? '',
                fine: { min: 0, max: 10000 },
                tiers: { lighter: [0, 0.3], ordinary: [0.3, 0.7], heavier: [0.7, 1] },
                mitigatedFloor: 0,
                effectiveFrom: dayjs(),
                aggravating: [],
                mitigating: [],
              }
        }
      >
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="violationCode" label={t('rules.code')} rules={[{ required: true }]}>
              <Select
                showSearch
                optionFilterProp="label"
                options={(items.data?.items ?? []).map((i) => ({ value: i.code, label: `${i.code} ${i.name}` }))}
              />
            </Form.Item>
          </Col>
          <Col span={4}>
            <Form.Item name="level" label={t('rules.level')}>
              <Select options={RULE_LEVELS.map((l) => ({ value: l, label: t(`assistant.levels.${l}`) }))} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="issuer" label={t('rules.issuer')} rules={[{ required: true }]}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name={['fine', 'min']} label={t('rules.fineMin')}>
              <InputNumber min={0} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name={['fine', 'max']} label={t('rules.fineMax')}>
              <InputNumber min={0} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="mitigatedFloor" label={t('rules.mitigatedFloor')}>
              <InputNumber min={0} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="effectiveFrom" label={t('rules.effective')} rules={[{ required: true }]}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          {(['lighter', 'ordinary', 'heavier'] as const).map((k) => (
            <Col span={8} key={k}>
              <Form.Item label={t(`rules.tier.${k}`)}>
                <Space.Compact>
                  <Form.Item name={['tiers', k, 0]} noStyle>
                    <InputNumber min={0} max={1} step={0.05} style={{ width: 90 }} />
                  </Form.Item>
                  <Form.Item name={['tiers', k, 1]} noStyle>
                    <InputNumber min={0} max={1} step={0.05} style={{ width: 90 }} />
                  </Form.Item>
                </Space.Compact>
                <TierPreview fine={fine} tier={tiers?.[k]} />
              </Form.Item>
            </Col>
          ))}
          <Col span={24}>
            <Form.Item label={t('rules.aggravating')}>{circumstances('aggravating')}</Form.Item>
            <Form.Item label={t('rules.mitigating')}>{circumstances('mitigating')}</Form.Item>
            <Form.Item name="note" label={t('rules.note')}>
              <Input.TextArea rows={2} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
