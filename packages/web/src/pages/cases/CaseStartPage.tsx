import type { CaseStartInput, PartyKind, PersonBody } from '@rouxing/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Radio, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { caseApi, caseKeys } from '../../api/cases';
import { showError, showSuccess } from '../../app/feedback';
import { EntitySearchSelect } from '../../components/EntitySearchSelect';
import { PageHeader } from '../../components/PageHeader';
import { applyFieldErrors } from '../../lib/forms';

type Values = Pick<CaseStartInput, 'entityId' | 'facts' | 'legalBasis'> & { partyKind: PartyKind; person?: PersonBody };
const FIELDS = [
  'partyKind',
  'entityId',
  'person.name',
  'person.idNumber',
  'person.phone',
  'person.address',
  'facts',
  'legalBasis',
  'violationItemId',
];

/** 依职权启动柔性执法: the party — 企业 (searched in the registry) or 个人 (name and 公民身份号码) —, the facts and the legal basis. */
export default function CaseStartPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('partyKind', form) ?? 'entity';
  const start = useMutation({
    mutationFn: (v: Values) =>
      caseApi.start({
        partyKind: v.partyKind,
        facts: v.facts,
        legalBasis: v.legalBasis,
        violationItemId: null,
        ...(v.partyKind === 'person' && v.person
          ? { person: { name: v.person.name, idNumber: v.person.idNumber, phone: v.person.phone || null, address: v.person.address ?? '' } }
          : { entityId: v.entityId }),
      }),
    onSuccess: (c) => {
      qc.invalidateQueries({ queryKey: caseKeys.all });
      qc.setQueryData(caseKeys.detail(c.id), c);
      showSuccess(t('case.started'));
      navigate(`/cases/${c.id}`);
    },
    onError: (e) => showError(e, applyFieldErrors(form, e, FIELDS)),
  });
  return (
    <>
      <PageHeader title={t('case.new')} testId="page-case-new" />
      <Card>
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('case.newHelp')} />
        <Form<Values>
          form={form}
          layout="vertical"
          style={{ maxWidth: 760 }}
          initialValues={{ partyKind: 'entity' }}
          onFinish={(v) => start.mutate(v)}
        >
          <Form.Item name="partyKind" label={t('parties.kind')}>
            <Radio.Group optionType="button" data-testid="case-party-kind">
              <Radio.Button value="entity" data-testid="case-party-kind-entity">
                {t('parties.kinds.entity')}
              </Radio.Button>
              <Radio.Button value="person" data-testid="case-party-kind-person">
                {t('parties.kinds.person')}
              </Radio.Button>
            </Radio.Group>
          </Form.Item>
          {kind === 'entity' ? (
            <Form.Item name="entityId" label={t('case.party')} rules={[{ required: true, message: t('case.partyRequired') }]}>
              <EntitySearchSelect placeholder={t('case.partyPlaceholder')} testId="case-entity" />
            </Form.Item>
          ) : (
            <PersonFields />
          )}
          <Form.Item name="facts" label={t('case.facts')} rules={[{ required: true, message: t('case.facts') }]}>
            <Input.TextArea rows={4} maxLength={2000} showCount placeholder={t('case.factsPlaceholder')} data-testid="case-facts" />
          </Form.Item>
          <Form.Item name="legalBasis" label={t('case.legalBasis')} rules={[{ required: true, message: t('case.legalBasis') }]}>
            <Input.TextArea rows={2} maxLength={1000} placeholder={t('case.legalBasisPlaceholder')} data-testid="case-legal-basis" />
          </Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" loading={start.isPending} data-testid="case-start-submit">
              {t('case.submitStart')}
            </Button>
            <Button onClick={() => navigate(-1)}>{t('common.cancel')}</Button>
          </Space>
        </Form>
      </Card>
    </>
  );
}

/** A natural person: name, 公民身份号码 (checked on the server), phone and address. */
function PersonFields() {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item name={['person', 'name']} label={t('parties.name')} rules={[{ required: true, message: t('parties.nameRequired') }]}>
        <Input maxLength={50} autoComplete="off" data-testid="case-person-name" />
      </Form.Item>
      <Form.Item
        name={['person', 'idNumber']}
        label={t('parties.idNumber')}
        extra={t('parties.idNumberHelp')}
        rules={[{ required: true, message: t('parties.idNumberRequired') }]}
      >
        <Input maxLength={18} autoComplete="off" data-testid="case-person-id-number" />
      </Form.Item>
      <Form.Item name={['person', 'phone']} label={t('parties.phone')}>
        <Input maxLength={20} inputMode="tel" autoComplete="off" data-testid="case-person-phone" />
      </Form.Item>
      <Form.Item name={['person', 'address']} label={t('parties.address')}>
        <Input maxLength={200} data-testid="case-person-address" />
      </Form.Item>
    </>
  );
}
