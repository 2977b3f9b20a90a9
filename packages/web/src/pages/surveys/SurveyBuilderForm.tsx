import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { SURVEY_QUESTION_KINDS, type SurveyInput } from '@rouxing/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Checkbox, Form, Input, Select, Space, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { surveyApi, surveyKeys } from '../../api/surveys';
import { showError, showSuccess } from '../../app/feedback';
import { applyFieldErrors } from '../../lib/forms';

const FIELDS = ['title', 'description', 'onPublicPortal'];

/** 问卷设计: title, portals, and questions of four kinds (single, multiple, rating, text) with their options. */
export function SurveyBuilderForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [form] = Form.useForm<SurveyInput>();
  const save = useMutation({
    mutationFn: (v: SurveyInput) =>
      surveyApi.create({
        ...v,
        questions: v.questions.map((q) => ({ ...q, options: q.kind === 'single' || q.kind === 'multiple' ? (q.options ?? []) : [] })),
      }),
    onSuccess: () => {
      qc.invalidateQueries({ queryKey: surveyKeys.all });
      showSuccess(t('survey.saved'));
      onDone();
    },
    onError: (e) => showError(e, applyFieldErrors(form, e, FIELDS)),
  });
  return (
    <Form<SurveyInput>
      form={form}
      layout="vertical"
      initialValues={{
        onPublicPortal: true,
        onEnterprisePortal: true,
        description: '',
        questions: [{ kind: 'single', title: '', options: [], required: true }],
      }}
      onFinish={(v) => save.mutate(v)}
    >
      <Form.Item
        name="title"
        label={t('survey.titleField')}
        rules={[{ required: true, whitespace: true, message: t('survey.titleRequired') }]}
      >
        <Input maxLength={100} data-testid="survey-title" />
      </Form.Item>
      <Form.Item name="description" label={t('survey.description')}>
        <Input.TextArea rows={2} maxLength={1000} />
      </Form.Item>
      <Space>
        <Form.Item name="onPublicPortal" valuePropName="checked">
          <Checkbox data-testid="survey-on-public">{t('survey.onPublicPortal')}</Checkbox>
        </Form.Item>
        <Form.Item name="onEnterprisePortal" valuePropName="checked">
          <Checkbox data-testid="survey-on-enterprise">{t('survey.onEnterprisePortal')}</Checkbox>
        </Form.Item>
      </Space>
      <Form.List name="questions">
        {(fields, { add, remove }) => (
          <>
            {fields.map((f, i) => (
              <Card
                key={f.key}
                size="small"
                style={{ marginBottom: 12 }}
                title={t('survey.questionN', { n: i + 1 })}
                extra={<MinusCircleOutlined onClick={() => remove(f.name)} aria-label={t('common.delete')} />}
                data-testid="survey-builder-question"
              >
                <Space wrap align="start">
                  <Form.Item name={[f.name, 'kind']} rules={[{ required: true }]}>
                    <Select
                      style={{ width: 120 }}
                      options={SURVEY_QUESTION_KINDS.map((k) => ({ value: k, label: t(`survey.kinds.${k}`) }))}
                      data-testid="question-kind"
                    />
                  </Form.Item>
                  <Form.Item name={[f.name, 'required']} valuePropName="checked" label={t('survey.required')}>
                    <Switch size="small" />
                  </Form.Item>
                </Space>
                <Form.Item name={[f.name, 'title']} rules={[{ required: true, whitespace: true, message: t('survey.questionRequired') }]}>
                  <Input placeholder={t('survey.questionTitle')} maxLength={200} data-testid="question-title" />
                </Form.Item>
                <Form.Item noStyle shouldUpdate>
                  {() =>
                    ['single', 'multiple'].includes(form.getFieldValue(['questions', f.name, 'kind'])) && (
                      <Form.Item
                        name={[f.name, 'options']}
                        extra={t('survey.optionsHelp')}
                        rules={[{ type: 'array', min: 2, message: t('survey.optionsTooFew') }]}
                      >
                        <Select mode="tags" open={false} placeholder={t('survey.options')} data-testid="question-options" />
                      </Form.Item>
                    )
                  }
                </Form.Item>
              </Card>
            ))}
            <Button
              type="dashed"
              block
              icon={<PlusOutlined />}
              onClick={() => add({ kind: 'single', title: '', options: [], required: true })}
              data-testid="survey-add-question"
            >
              {t('survey.addQuestion')}
            </Button>
          </>
        )}
      </Form.List>
      <Button
        type="primary"
        htmlType="submit"
        block
        size="large"
        style={{ marginTop: 16 }}
        loading={save.isPending}
        data-testid="survey-save"
      >
        {t('survey.save')}
      </Button>
    </Form>
  );
}
