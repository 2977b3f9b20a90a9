import type { CaseDetail, PartyChoice } from '@rouxing/contracts';
import { Alert, Button, Form, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { caseApi } from '../../../api/cases';
import { useCaseAction } from '../shared';

/** The officer records the party's choice from the signed 回执 (the party's own answer comes from the portal). */
export function ChoiceForm({ kase, onDone }: { kase: CaseDetail; onDone: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ choice: PartyChoice }>();
  const record = useCaseAction(kase.id, (v: { choice: PartyChoice }) => caseApi.recordChoice(kase.id, { choice: v.choice }), {
    form,
    fields: ['choice'],
    onDone,
  });
  return (
    <Form form={form} layout="vertical" initialValues={{ choice: 'accept' }} onFinish={(v) => record.mutate(v)}>
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('case.choiceForm.help')} />
      <Form.Item name="choice" label={t('case.choiceForm.choice')}>
        <Radio.Group
          data-testid="choice-radio"
          options={[
            { value: 'accept', label: t('case.choiceForm.accept') },
            { value: 'decline', label: t('case.choiceForm.decline') },
          ]}
        />
      </Form.Item>
      <Button type="primary" htmlType="submit" block size="large" loading={record.isPending} data-testid="choice-submit">
        {t('case.choiceForm.submit')}
      </Button>
    </Form>
  );
}
