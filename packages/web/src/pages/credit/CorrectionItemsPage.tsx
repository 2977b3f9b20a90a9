import { type CorrectionItem, PENALTY_KIND_LABELS, PENALTY_KINDS } from '@rouxing/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Form, Input, InputNumber, Modal, Select, Space, Switch, Table, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { creditApi } from '../../api/credit';
import { useCurrentUser } from '../../app/auth';
import { showError, showSuccess } from '../../app/feedback';
import { DatePicker } from '../../components/DateInput';
import { PageHeader } from '../../components/PageHeader';
import { can } from '../../lib/permissions';
import { OpenTaskModal, type TaskPreset } from '../supervision/OpenTaskModal';

type Action = { kind: 'correct' | 'justify'; item: CorrectionItem } | null;

/** 纠正事项: issued decisions the engine flagged; the department corrects (a corrected decision) or justifies, before the deadline. */
export default function CorrectionItemsPage() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const me = useCurrentUser();
  const [page, setPage] = useState(1);
  const [overdueOnly, setOverdueOnly] = useState(false);
  const [status, setStatus] = useState<string>('open');
  const [action, setAction] = useState<Action>(null);
  const [supervise, setSupervise] = useState<TaskPreset | null>(null);
  const [form] = Form.useForm();
  // The OK button shows the submission in flight, so it is not sent twice.
  const [busy, setBusy] = useState(false);
  const canAct = can(me, 'supervision.manage') || can(me, 'correction.resolve');
  const list = useQuery({
    queryKey: ['correction-items', page, status, overdueOnly],
    queryFn: () => creditApi.items({ page, pageSize: 20, ...(status ? { status } : {}), ...(overdueOnly ? { overdue: 'true' } : {}) }),
  });
  const submit = async () => {
    if (!action) {
      return;
    }
    const v = await form.validateFields();
    setBusy(true);
    try {
      if (action.kind === 'justify') {
        await creditApi.justify(action.item.id, { justification: v.justification });
      } else {
        const decidedOn = (v.decidedOn as Dayjs).format('YYYY-MM-DD');
        await creditApi.correct(action.item.id, {
          documentNo: v.documentNo,
          penalties: v.penalties ?? [],
          fineYuan: v.fineYuan ?? 0,
          decidedOn,
        });
      }
      showSuccess(t('credit.done'));
      setAction(null);
      form.resetFields();
      await qc.invalidateQueries({ queryKey: ['correction-items'] });
    } catch (e) {
      showError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <PageHeader title={t('credit.itemsTitle')} testId="page-correction-items" />
      <Card>
        <Space style={{ marginBottom: 16 }} wrap>
          <Select
            value={status}
            style={{ width: 140 }}
            onChange={(v) => setStatus(v)}
            options={[
              { value: 'open', label: t('credit.status.open') },
              { value: 'corrected', label: t('credit.status.corrected') },
              { value: 'justified', label: t('credit.status.justified') },
              { value: '', label: t('credit.all') },
            ]}
          />
          <Space>
            <Switch checked={overdueOnly} onChange={setOverdueOnly} data-testid="overdue-only" />
            {t('credit.overdueOnly')}
          </Space>
        </Space>
        <Table<CorrectionItem>
          size="small"
          rowKey="id"
          loading={list.isLoading}
          dataSource={list.data?.items ?? []}
          scroll={{ x: 900 }}
          data-testid="correction-items"
          pagination={{
            current: page,
            pageSize: 20,
            total: list.data?.total ?? 0,
            onChange: setPage,
            showSizeChanger: false,
            showTotal: (n) => t('common.total', { total: n }),
          }}
          expandable={{ expandedRowRender: (r) => <p style={{ margin: 0 }}>{r.explanation}</p> }}
          columns={[
            { title: t('credit.documentNo'), dataIndex: 'documentNo' },
            { title: t('credit.department'), dataIndex: 'departmentName' },
            { title: t('credit.party'), dataIndex: 'partyName' },
            {
              title: t('credit.reasonLabel'),
              dataIndex: 'reason',
              render: (r: CorrectionItem['reason']) => <Tag color="red">{t(`credit.reason.${r}`)}</Tag>,
            },
            {
              title: t('credit.imposed'),
              dataIndex: 'fineYuan',
              render: (_: number, r) =>
                `${r.penalties.map((k) => PENALTY_KIND_LABELS[k]).join('、')}${r.fineYuan ? ` ${r.fineYuan}元` : ''}`,
            },
            {
              title: t('credit.range'),
              dataIndex: 'fineRange',
              render: (f: CorrectionItem['fineRange']) => (f ? `${f.min}–${f.max}元` : t('credit.noPenalty')),
            },
            {
              title: t('credit.dueOn'),
              dataIndex: 'dueOn',
              render: (d: string, r) => (r.overdue ? <Tag color="red">{`${d} ${t('credit.overdue')}`}</Tag> : d),
            },
            { title: t('credit.statusLabel'), dataIndex: 'status', render: (s: string) => t(`credit.status.${s}`) },
            // An officer only reads the items: no column of actions he cannot take.
            ...(!canAct
              ? []
              : [
                  {
                    title: t('credit.actions'),
                    key: 'actions',
                    render: (_: unknown, r: CorrectionItem) =>
                      can(me, 'supervision.manage') ? (
                        <Button
                          size="small"
                          data-testid="supervise-item"
                          onClick={() =>
                            setSupervise({
                              departmentId: r.departmentId,
                              title: t('supervision.fromCorrection', { documentNo: r.documentNo }),
                              subject: { kind: 'correction_item', id: r.id },
                            })
                          }
                        >
                          {t('supervision.supervise')}
                        </Button>
                      ) : r.status === 'open' && can(me, 'correction.resolve') ? (
                        <Space>
                          <Button size="small" onClick={() => setAction({ kind: 'correct', item: r })}>
                            {t('credit.correct')}
                          </Button>
                          <Button size="small" onClick={() => setAction({ kind: 'justify', item: r })}>
                            {t('credit.justify')}
                          </Button>
                        </Space>
                      ) : null,
                  },
                ]),
          ]}
        />
      </Card>
      {supervise && <OpenTaskModal preset={supervise} onClose={() => setSupervise(null)} />}
      <Modal
        open={!!action}
        title={action ? `${t(action.kind === 'correct' ? 'credit.correct' : 'credit.justify')}：${action.item.documentNo}` : ''}
        onCancel={() => setAction(null)}
        onOk={submit}
        confirmLoading={busy}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" preserve={false}>
          {action?.kind === 'justify' ? (
            <Form.Item
              name="justification"
              label={t('credit.justification')}
              rules={[{ required: true, min: 10, message: t('credit.justificationRule') }]}
            >
              <Input.TextArea rows={4} />
            </Form.Item>
          ) : (
            <>
              <Form.Item name="documentNo" label={t('credit.newDocumentNo')} rules={[{ required: true }]}>
                <Input />
              </Form.Item>
              <Form.Item name="penalties" label={t('credit.penalties')}>
                <Select mode="multiple" options={PENALTY_KINDS.map((k) => ({ value: k, label: PENALTY_KIND_LABELS[k] }))} />
              </Form.Item>
              <Form.Item name="fineYuan" label={t('credit.fine')}>
                <InputNumber min={0} style={{ width: '100%' }} />
              </Form.Item>
              <Form.Item name="decidedOn" label={t('credit.decidedOn')} rules={[{ required: true }]}>
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>
            </>
          )}
        </Form>
      </Modal>
    </>
  );
}
