import type { CaseStartInput } from '@rouxing/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { caseApi, caseKeys } from '../../api/cases';
import { showError, showSuccess } from '../../app/feedback';
import { EntitySearchSelect } from '../../components/EntitySearchSelect';
import { PageHeader } from '../../components/PageHeader';
import { applyFieldErrors } from '../../lib/forms';

type Values = Pick<CaseStartInput, 'entityId' | 'facts' | 'legalBasis'>;
const FIELDS = ['entityId', 'facts', 'legalBasis', 'violationItemId'];

/** 依职权启动柔性执法: the party (searched in the registry), the facts and the legal basis. */
export default function CaseStartPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const [form] = Form.useForm<Values>();
  const start = useMutation({
    mutationFn: (v: Values) => caseApi.start({ ...v, violationItemId: null }),
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
        <Form<Values> form={form} layout="vertical" style={{ maxWidth: 760 }} onFinish={(v) => start.mutate(v)}>
          <Form.Item name="entityId" label={t('case.party')} rules={[{ required: true, message: t('case.partyRequired') }]}>
            <EntitySearchSelect placeholder={t('case.partyPlaceholder')} testId="case-entity" />
          </Form.Item>
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
