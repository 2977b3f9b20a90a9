import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { NoPenaltyListDetail } from '@rouxing/contracts';
import { RULE_LEVELS } from '@rouxing/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Col, Form, Input, Row, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { catalogueApi } from '../../api/catalogue';
import { useCurrentUser } from '../../app/auth';
import { showError, showSuccess } from '../../app/feedback';
import { DatePicker } from '../../components/DateInput';
import { PageHeader } from '../../components/PageHeader';
import { applyFieldErrors } from '../../lib/forms';
import { ListEntryFields } from './ListEntryFields';
import { initialListValues, type ListValues, listFieldPaths, onListFormFields, toListBody } from './list-form';

/** The draft's fields and entries; saving goes to the version's page. */
export function NoPenaltyListForm({ list }: { list: NoPenaltyListDetail | null }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const [form] = Form.useForm<ListValues>();
  const items = useQuery({ queryKey: ['violation-items', 'all-own'], queryFn: () => catalogueApi.items({ pageSize: 500 }) });
  const save = useMutation({
    mutationFn: (v: ListValues) => {
      const body = toListBody(v, list, me.departmentId);
      return list ? catalogueApi.updateList(list.id, { ...body, revision: list.revision }) : catalogueApi.createList(body);
    },
    onSuccess: (d) => {
      qc.invalidateQueries({ queryKey: ['no-penalty-lists'] });
      qc.setQueryData(['no-penalty-list', d.id], d);
      showSuccess(t('common.saved'));
      navigate(`/rules/no-penalty-lists/${d.id}`);
    },
    onError: (e) => showError(e, applyFieldErrors(form, onListFormFields(e), listFieldPaths(form.getFieldValue('entries')?.length ?? 0))),
  });
  const initial = initialListValues(list, me.departmentName);
  return (
    <>
      <PageHeader title={list ? t('rules.editList') : t('rules.newList')} testId="page-list-edit" />
      <Form<ListValues> form={form} layout="vertical" initialValues={initial} onFinish={(v) => save.mutate(v)}>
        <Card style={{ marginBottom: 16 }}>
          <Row gutter={12}>
            <Col xs={24} md={12}>
              <Form.Item name="title" label={t('rules.listTitle')} rules={[{ required: true }]}>
                <Input data-testid="list-title" />
              </Form.Item>
            </Col>
            <Col xs={12} md={4}>
              <Form.Item name="level" label={t('rules.level')}>
                <Select options={RULE_LEVELS.map((l) => ({ value: l, label: t(`assistant.levels.${l}`) }))} />
              </Form.Item>
            </Col>
            <Col xs={12} md={8}>
              <Form.Item name="issuer" label={t('rules.issuer')} rules={[{ required: true }]}>
                <Input />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item name="domain" label={t('rules.domain')} rules={[{ required: true }]}>
                <Input data-testid="list-domain" />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item name="documentNo" label={t('rules.documentNo')}>
                <Input />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="effective" label={t('rules.effectivePeriod')} rules={[{ required: true }]}>
                <DatePicker.RangePicker allowEmpty={[false, true]} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Card title={t('rules.entries')} style={{ marginBottom: 16 }}>
          <Form.List name="entries">
            {(fields, { add, remove }) => (
              <Space direction="vertical" style={{ width: '100%' }}>
                {fields.map((f, i) => (
                  <Card
                    key={f.key}
                    size="small"
                    title={t('rules.entryN', { n: i + 1 })}
                    extra={
                      <Button icon={<DeleteOutlined />} type="text" danger onClick={() => remove(f.name)} aria-label={t('common.delete')} />
                    }
                  >
                    <ListEntryFields name={f.name} index={i} items={items.data?.items ?? []} />
                  </Card>
                ))}
                <Button
                  type="dashed"
                  icon={<PlusOutlined />}
                  onClick={() =>
                    add({
                      itemCode: String(fields.length + 1),
                      kind: '首违不罚',
                      conditions: { firstOffense: true, correctedInTime: true },
                    })
                  }
                  block
                  data-testid="entry-add"
                >
                  {t('rules.addEntry')}
                </Button>
              </Space>
            )}
          </Form.List>
        </Card>
        <Space>
          <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="list-save">
            {t('rules.saveDraft')}
          </Button>
          <Button onClick={() => navigate(-1)}>{t('common.cancel')}</Button>
        </Space>
      </Form>
    </>
  );
}
