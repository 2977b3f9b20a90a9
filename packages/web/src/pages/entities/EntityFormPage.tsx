import { ENTITY_TYPES, type Entity, type EntityInput, EntityInputSchema } from '@rouxing/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Col, Form, Input, Row, Select, Skeleton, Space, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { entityApi, keys } from '../../api/endpoints';
import { useCurrentUser } from '../../app/auth';
import { showError, showSuccess } from '../../app/feedback';
import { DatePicker } from '../../components/DateInput';
import { ErrorResult } from '../../components/ErrorResult';
import { IndustrySelect } from '../../components/IndustrySelect';
import { PageHeader } from '../../components/PageHeader';
import { applyFieldErrors, blankToNull, zodRule } from '../../lib/forms';

type Values = Omit<EntityInput, 'establishedOn'> & { establishedOn?: Dayjs | null };
const FIELDS = Object.keys(EntityInputSchema.shape);

/** 新增/修改市场主体. The server checks the USCC's check character and answers with the reason. */
export default function EntityFormPage() {
  const { id } = useParams();
  const editing = !!id;
  const existing = useQuery({ queryKey: keys.entity(id ?? 'new'), queryFn: () => entityApi.get(id as string), enabled: editing });
  if (editing && existing.isLoading) {
    return <Skeleton active />;
  }
  if (editing && (existing.error || !existing.data)) {
    return <ErrorResult error={existing.error} onRetry={() => existing.refetch()} />;
  }
  return <EntityForm entity={existing.data ?? null} />;
}

function EntityForm({ entity }: { entity: Entity | null }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const [form] = Form.useForm<Values>();
  const save = useMutation({
    mutationFn: (v: Values) => {
      const body: EntityInput = {
        ...v,
        legalRepresentativeIdNo: blankToNull(v.legalRepresentativeIdNo),
        contactPhone: blankToNull(v.contactPhone),
        establishedOn: v.establishedOn ? v.establishedOn.format('YYYY-MM-DD') : null,
        newBusinessForm: !!v.newBusinessForm,
      };
      if (entity) {
        const { uscc: _u, regionCode: _r, ...rest } = body;
        return entityApi.update(entity.id, { ...rest, version: entity.version });
      }
      return entityApi.create(body);
    },
    onSuccess: (saved) => {
      qc.invalidateQueries({ queryKey: ['entities'] });
      qc.setQueryData(keys.entity(saved.id), saved);
      showSuccess(t('common.saved'));
      navigate(`/entities/${saved.id}`);
    },
    onError: (e) => showError(e, applyFieldErrors(form, e, FIELDS)),
  });
  const initial: Partial<Values> = entity
    ? {
        uscc: entity.uscc,
        name: entity.name,
        entityType: entity.entityType,
        legalRepresentative: entity.legalRepresentative,
        industryCode: entity.industryCode,
        address: entity.address,
        regionCode: entity.regionCode,
        establishedOn: entity.establishedOn ? dayjs(entity.establishedOn) : null,
        newBusinessForm: entity.newBusinessForm,
      }
    : { regionCode: me.regionCode, entityType: 'enterprise', newBusinessForm: false };
  const required = (key: string) => ({ required: true, message: t('form.required', { field: t(key) }) });
  return (
    <>
      <PageHeader title={entity ? t('crumb.entityEdit') : t('crumb.entityNew')} testId="page-entity-form" />
      <Card>
        <Form form={form} layout="vertical" initialValues={initial} onFinish={(v) => save.mutate(v)} scrollToFirstError>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name="uscc" label={t('entity.field.uscc')} rules={[required('entity.field.uscc')]} extra={t('entity.help.uscc')}>
                <Input disabled={!!entity} maxLength={18} data-testid="field-uscc" style={{ textTransform: 'uppercase' }} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="name"
                label={t('entity.field.name')}
                rules={[required('entity.field.name'), zodRule(EntityInputSchema.shape.name)]}
              >
                <Input data-testid="field-name" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="entityType" label={t('entity.field.entityType')} rules={[required('entity.field.entityType')]}>
                <Select options={ENTITY_TYPES.map((v) => ({ value: v, label: t(`entityType.${v}`) }))} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="legalRepresentative"
                label={t('entity.field.legalRepresentative')}
                rules={[required('entity.field.legalRepresentative')]}
              >
                <Input data-testid="field-legal-representative" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="legalRepresentativeIdNo"
                label={t('entity.field.legalRepresentativeIdNo')}
                rules={[zodRule(EntityInputSchema.shape.legalRepresentativeIdNo)]}
                extra={t('entity.help.personal')}
              >
                <Input maxLength={18} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="contactPhone" label={t('entity.field.contactPhone')} rules={[zodRule(EntityInputSchema.shape.contactPhone)]}>
                <Input />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="industryCode" label={t('entity.field.industry')} rules={[required('entity.field.industry')]}>
                <IndustrySelect testId="field-industry" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="establishedOn" label={t('entity.field.establishedOn')}>
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item name="address" label={t('entity.field.address')} rules={[required('entity.field.address')]}>
                <Input data-testid="field-address" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="regionCode" label={t('entity.field.region')} rules={[required('entity.field.region')]}>
                <Input disabled />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="newBusinessForm" label={t('entity.tag.newBusinessForm')} valuePropName="checked">
                <Switch />
              </Form.Item>
            </Col>
          </Row>
          <Space>
            <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="entity-save">
              {t('common.save')}
            </Button>
            <Button onClick={() => navigate(-1)}>{t('common.cancel')}</Button>
          </Space>
        </Form>
      </Card>
    </>
  );
}
