import type { CaseDetail, CaseState, DecisionInput, DeliveryMethod } from '@rouxing/contracts';
import { useMutation, useQueries, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Form, Input, Modal, Result, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { caseApi, caseKeys, LIVE } from '../../api/cases';
import { isApiError } from '../../api/client';
import { deliveryOptions } from '../cases/shared';

/** A 不予处罚决定 may be proposed on a case the party accepted, before or after other measures. */
const PROPOSABLE: readonly CaseState[] = ['accepted', 'measures'];

type Values = { caseId: string; content: string; delivery: DeliveryMethod };

/**
 * 作为案件的不予处罚决定提交: hands the assistant's request to a case as a proposal. The server runs
 * the engine again on the day of the decision and refuses unless it still waives the penalty.
 */
export function NoPenaltyProposalModal({
  open,
  onClose,
  request,
  explanation,
  presetCaseId,
}: {
  open: boolean;
  onClose: () => void;
  request: DecisionInput;
  explanation: string;
  presetCaseId?: string;
}) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [form] = Form.useForm<Values>();
  const lists = useQueries({
    queries: PROPOSABLE.map((state) => {
      const q = { state, page: 1, pageSize: 200 };
      return { queryKey: caseKeys.list(q), queryFn: () => caseApi.list(q), enabled: open, ...LIVE };
    }),
  });
  const cases = lists.flatMap((l) => l.data?.items ?? []);
  const loading = lists.some((l) => l.isLoading);
  const presetMissing = !!presetCaseId && !loading && !cases.some((c) => c.id === presetCaseId);
  const propose = useMutation({
    mutationFn: (v: Values) =>
      caseApi.recordMeasure(v.caseId, {
        type: 'no_penalty_decision',
        content: v.content,
        delivery: v.delivery,
        // The same request the assistant evaluated; the server decides it on the day of the decision.
        decisionRequest: request,
      }),
    onSuccess: (c: CaseDetail) => {
      qc.setQueryData(caseKeys.detail(c.id), c);
      qc.invalidateQueries({ queryKey: caseKeys.all, predicate: (q) => q.queryKey[1] !== 'detail' });
    },
  });
  const close = () => {
    propose.reset();
    onClose();
  };
  const error = propose.error;
  return (
    <Modal
      open={open}
      onCancel={close}
      title={t('assistant.propose.title')}
      destroyOnHidden
      footer={null}
      data-testid="assistant-propose-modal"
    >
      {propose.data ? (
        <Result
          status="success"
          title={t('assistant.propose.done', { caseNo: propose.data.caseNo })}
          subTitle={t('assistant.propose.doneHelp')}
          extra={[
            <Link key="case" to={`/cases/${encodeURIComponent(propose.data.id)}`} data-testid="assistant-propose-case-link">
              {t('assistant.propose.openCase')}
            </Link>,
            <Button key="close" onClick={close}>
              {t('assistant.propose.close')}
            </Button>,
          ]}
        />
      ) : (
        <Form<Values>
          form={form}
          layout="vertical"
          preserve={false}
          initialValues={{ caseId: presetCaseId, content: explanation, delivery: 'direct' }}
          onFinish={(v) => propose.mutate(v)}
        >
          <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('assistant.propose.note')} />
          {presetMissing && <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('assistant.propose.presetMissing')} />}
          <Form.Item
            name="caseId"
            label={t('assistant.propose.case')}
            extra={t('assistant.propose.caseHelp')}
            rules={[{ required: true, message: t('assistant.propose.caseRequired') }]}
          >
            <Select
              showSearch
              optionFilterProp="label"
              loading={loading}
              data-testid="assistant-propose-case"
              placeholder={t('assistant.propose.casePlaceholder')}
              notFoundContent={loading ? undefined : t('assistant.propose.noCases')}
              options={cases.map((c) => ({ value: c.id, label: `${c.caseNo} ${c.entityName}` }))}
            />
          </Form.Item>
          <Form.Item
            name="content"
            label={t('assistant.propose.content')}
            rules={[{ required: true, whitespace: true, message: t('assistant.propose.content') }]}
          >
            <Input.TextArea rows={5} maxLength={4000} showCount data-testid="assistant-propose-content" />
          </Form.Item>
          <Form.Item name="delivery" label={t('assistant.propose.delivery')} extra={t('assistant.propose.deliveryHelp')}>
            <Select options={deliveryOptions(t, true)} data-testid="assistant-propose-delivery" />
          </Form.Item>
          {error && (
            <Alert
              type="error"
              showIcon
              style={{ marginBottom: 16 }}
              data-testid="assistant-propose-error"
              title={error.message}
              description={
                isApiError(error) && error.fields.length > 0
                  ? error.fields
                      .map((f) => f.message)
                      .filter((m) => !error.message.includes(m))
                      .join('；') || undefined
                  : undefined
              }
            />
          )}
          <Button type="primary" htmlType="submit" block loading={propose.isPending} data-testid="assistant-propose-submit">
            {t('assistant.propose.submit')}
          </Button>
        </Form>
      )}
    </Modal>
  );
}
