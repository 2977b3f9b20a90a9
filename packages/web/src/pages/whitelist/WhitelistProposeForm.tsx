import type { WhitelistPropose } from '@rouxing/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { whitelistApi, whitelistKeys } from '../../api/whitelist';
import { showError, showSuccess } from '../../app/feedback';
import { EntitySearchSelect } from '../../components/EntitySearchSelect';
import { applyFieldErrors } from '../../lib/forms';

const FIELDS = ['entityId', 'basis', 'reason'];

/** 提出列入白名单 (常政办发〔2025〕5号 第十二项): the entity, the basis (重点行业/重点企业) and the reasons. */
export function WhitelistProposeForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [form] = Form.useForm<WhitelistPropose>();
  const propose = useMutation({
    mutationFn: (v: WhitelistPropose) => whitelistApi.propose(v),
    onSuccess: () => {
      qc.invalidateQueries({ queryKey: whitelistKeys.all });
      showSuccess(t('whitelist.proposed'));
      onDone();
    },
    onError: (e) => showError(e, applyFieldErrors(form, e, FIELDS)),
  });
  return (
    <Form<WhitelistPropose> form={form} layout="vertical" initialValues={{ basis: 'key_enterprise' }} onFinish={(v) => propose.mutate(v)}>
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('whitelist.formHelp')} />
      <Form.Item name="entityId" label={t('whitelist.entity')} rules={[{ required: true, message: t('whitelist.entityRequired') }]}>
        <EntitySearchSelect placeholder={t('whitelist.entityPlaceholder')} testId="whitelist-entity" />
      </Form.Item>
      <Form.Item name="basis" label={t('whitelist.basis')} rules={[{ required: true }]}>
        <Radio.Group
          data-testid="whitelist-basis"
          options={[
            { value: 'key_enterprise', label: t('whitelist.bases.key_enterprise') },
            { value: 'key_industry', label: t('whitelist.bases.key_industry') },
          ]}
        />
      </Form.Item>
      <Form.Item
        name="reason"
        label={t('whitelist.reason')}
        rules={[{ required: true, min: 4, whitespace: true, message: t('whitelist.reasonMin') }]}
      >
        <Input.TextArea rows={3} maxLength={500} showCount data-testid="whitelist-reason" />
      </Form.Item>
      <Button type="primary" htmlType="submit" block size="large" loading={propose.isPending} data-testid="whitelist-submit">
        {t('whitelist.submit')}
      </Button>
    </Form>
  );
}
