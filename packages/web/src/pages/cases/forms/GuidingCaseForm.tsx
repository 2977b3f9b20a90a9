import type { CaseDetail } from '@rouxing/contracts';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { type GuidingCaseBody, registerApi } from '../../../api/registers';
import { showError, showSuccess } from '../../../app/feedback';
import { applyFieldErrors } from '../../../lib/forms';

const FIELDS = ['title', 'summary', 'keywords'];

/** 发布为指导性案例 (常政办发〔2025〕5号 第十项): the server masks the party's names and numbers in what is published. */
export function GuidingCaseForm({ kase, onDone }: { kase: CaseDetail; onDone: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<GuidingCaseBody>();
  const publish = useMutation({
    mutationFn: (v: GuidingCaseBody) => registerApi.publishGuidingCase(kase.id, { ...v, keywords: v.keywords ?? [] }),
    onSuccess: () => {
      showSuccess(t('guiding.published'));
      onDone();
    },
    onError: (e) => showError(e, applyFieldErrors(form, e, FIELDS)),
  });
  return (
    <Form<GuidingCaseBody> form={form} layout="vertical" initialValues={{ keywords: [] }} onFinish={(v) => publish.mutate(v)}>
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('guiding.formHelp')} />
      <Form.Item name="title" label={t('guiding.caseTitle')} rules={[{ required: true, min: 4, message: t('guiding.titleMin') }]}>
        <Input maxLength={100} showCount data-testid="guiding-title" />
      </Form.Item>
      <Form.Item
        name="summary"
        label={t('guiding.summary')}
        extra={t('guiding.summaryHelp')}
        rules={[{ required: true, min: 10, message: t('guiding.summaryMin') }]}
      >
        <Input.TextArea rows={4} maxLength={1000} showCount data-testid="guiding-summary" />
      </Form.Item>
      <Form.Item
        name="keywords"
        label={t('guiding.keywords')}
        extra={t('guiding.keywordsHelp')}
        rules={[{ type: 'array', max: 10, message: t('guiding.keywordsMax') }]}
      >
        <Select mode="tags" open={false} tokenSeparators={[',', '，', ' ', '、']} suffixIcon={null} data-testid="guiding-keywords" />
      </Form.Item>
      <Button type="primary" htmlType="submit" block size="large" loading={publish.isPending} data-testid="guiding-submit">
        {t('guiding.submit')}
      </Button>
    </Form>
  );
}
