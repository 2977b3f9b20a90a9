import type { ViolationItem, ViolationItemInput } from '@rouxing/contracts';
import { PENALTY_TYPES } from '@rouxing/contracts';
import { useMutation } from '@tanstack/react-query';
import { Col, Form, Input, InputNumber, Modal, Row, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { catalogueApi } from '../../api/catalogue';
import { useDepartments } from '../../api/hooks';
import { useCurrentUser } from '../../app/auth';
import { showError, showSuccess } from '../../app/feedback';
import { applyFieldErrors } from '../../lib/forms';

const FIELDS = [
  'code',
  'name',
  'departmentId',
  'domain',
  'legalBasis.law',
  'legalBasis.article',
  'legalBasis.paragraph',
  'legalBasis.item',
  'legalBasis.text',
  'penaltyTypes',
  'fineMin',
  'fineMax',
  'normalPenaltyText',
  'key',
  'noFaultRule',
  'limitationMonths',
];

type ItemValues = Omit<ViolationItemInput, 'penaltyBasis' | 'noFaultBasis' | 'limitationBasis'>;

/** A catalogue item, new or edited (its code stays once created). */
export function ViolationItemForm({ item, onClose, onSaved }: { item: ViolationItem | null; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const departments = useDepartments();
  const [form] = Form.useForm<ItemValues>();
  const save = useMutation({
    mutationFn: (v: ItemValues) => {
      const body = {
        ...v,
        legalBasis: {
          ...v.legalBasis,
          article: v.legalBasis.article ?? null,
          paragraph: v.legalBasis.paragraph ?? null,
          item: v.legalBasis.item ?? null,
        },
        fineMin: v.fineMin ?? null,
        fineMax: v.fineMax ?? null,
        limitationMonths: v.limitationMonths ?? null,
        penaltyBasis: item?.penaltyBasis ?? null,
        noFaultBasis: item?.noFaultBasis ?? null,
        limitationBasis: item?.limitationBasis ?? null,
      };
      return item ? catalogueApi.updateItem(item.id, { ...body, version: item.version }) : catalogueApi.createItem(body);
    },
    onSuccess: () => {
      showSuccess(t('common.saved'));
      onSaved();
      onClose();
    },
    onError: (e) => showError(e, applyFieldErrors(form, e, FIELDS)),
  });
  return (
    <Modal
      open
      width={760}
      title={item ? t('rules.editItem') : t('rules.newItem')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      okButtonProps={{ 'data-testid': 'item-save' } as Record<`data-${string}`, string>}
    >
      <Form<ItemValues>
        form={form}
        layout="vertical"
        onFinish={(v) => save.mutate(v)}
        initialValues={
          item ?? {
            departmentId: me.departmentId ?? undefined,
            penaltyTypes: ['fine'],
            key: false,
            noFaultRule: 'no_penalty',
            normalPenaltyText: '',
            legalBasis: { law: '', text: '' },
          }
        }
      >
        <Row gutter={12}>
          <Col span={8}>
            <Form.Item name="code" label={t('rules.code')} rules={[{ required: true }]}>
              <Input disabled={!!item} placeholder="SC-FOOD-017" />
            </Form.Item>
          </Col>
          <Col span={16}>
            <Form.Item name="name" label={t('rules.itemName')} rules={[{ required: true }]}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="departmentId" label={t('rules.department')} rules={[{ required: true }]}>
              <Select options={(departments.data ?? []).map((d) => ({ value: d.id, label: d.name }))} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="domain" label={t('rules.domain')} rules={[{ required: true }]}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name={['legalBasis', 'law']} label={t('rules.law')} rules={[{ required: true }]}>
              <Input placeholder="中华人民共和国食品安全法" />
            </Form.Item>
          </Col>
          <Col span={4}>
            <Form.Item name={['legalBasis', 'article']} label={t('rules.article')}>
              <InputNumber min={1} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={4}>
            <Form.Item name={['legalBasis', 'paragraph']} label={t('rules.paragraph')}>
              <InputNumber min={1} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={4}>
            <Form.Item name={['legalBasis', 'item']} label={t('rules.subItem')}>
              <InputNumber min={1} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name={['legalBasis', 'text']} label={t('rules.basisText')} rules={[{ required: true }]}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="penaltyTypes" label={t('rules.penaltyTypes')}>
              <Select mode="multiple" options={PENALTY_TYPES.map((p) => ({ value: p, label: t(`assistant.penaltyTypes.${p}`) }))} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="fineMin" label={t('rules.fineMin')}>
              <InputNumber min={0} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="fineMax" label={t('rules.fineMax')}>
              <InputNumber min={0} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="normalPenaltyText" label={t('rules.penaltyText')}>
              <Input.TextArea rows={2} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="key" label={t('rules.key')} valuePropName="checked">
              <Switch />
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item name="noFaultRule" label={t('rules.noFaultRule')}>
              <Select options={['no_penalty', 'may_waive'].map((v) => ({ value: v, label: t(`rules.noFault.${v}`) }))} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="limitationMonths" label={t('rules.limitationMonths')}>
              <InputNumber min={1} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
