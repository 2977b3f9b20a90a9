import type { AuditEntry } from '@rouxing/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Card, Form, Input, Select, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AuditFilters, auditApi, keys } from '../api/endpoints';
import { DatePicker } from '../components/DateInput';
import { PageHeader } from '../components/PageHeader';
import { dash, formatDateTime } from '../lib/format';
import { auditActionLabel, auditObjectLabel } from './audit-labels';

/** The action filter (a prefix): the named actions, then every object's records. */
const ACTION_FILTERS = [
  'auth.login',
  'auth.login_failed',
  'entity.personal_data.read',
  'person.personal_data.read',
  'entity.export',
  ...['case', 'entity', 'person', 'user', 'inspection', 'random_draw', 'no_penalty_list', 'whitelist', 'supervision_task'].map(
    (o) => `${o}.`,
  ),
];

type FilterForm = { range?: [Dayjs, Dayjs] | null; action?: string; actor?: string; result?: 'success' | 'failure' };

/** 审计日志 (审计管理员 only): logins, changes, exports and reads of personal data, each row hash-chained. */
export default function AuditLogPage() {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<AuditFilters>({});
  const [page, setPage] = useState(1);
  const q = useQuery({
    queryKey: keys.audit({ ...filters, page }),
    queryFn: () => auditApi.list({ ...filters, page, pageSize: 20 }),
    placeholderData: keepPreviousData,
  });
  const apply = (v: FilterForm) => {
    setPage(1);
    setFilters({
      from: v.range?.[0]?.format('YYYY-MM-DD'),
      to: v.range?.[1]?.format('YYYY-MM-DD'),
      action: v.action || undefined,
      actor: v.actor || undefined,
      result: v.result,
    });
  };
  return (
    <>
      <PageHeader title={t('menu.auditLog')} testId="page-audit-log" />
      <Card style={{ marginBottom: 16 }}>
        <Form layout="inline" onFinish={apply} className="rx-filters">
          <Form.Item name="range" label={t('audit.range')}>
            <DatePicker.RangePicker />
          </Form.Item>
          <Form.Item name="action" label={t('audit.action')}>
            <Select
              allowClear
              showSearch
              optionFilterProp="label"
              style={{ width: 200 }}
              options={ACTION_FILTERS.map((a) => ({
                value: a,
                label: a.endsWith('.') ? t(`auditObject.${a.slice(0, -1)}`) : auditActionLabel(t, a),
              }))}
            />
          </Form.Item>
          <Form.Item name="actor" label={t('audit.actor')}>
            <Input allowClear style={{ width: 140 }} />
          </Form.Item>
          <Form.Item name="result" label={t('audit.result')}>
            <Select
              allowClear
              style={{ width: 110 }}
              options={[
                { value: 'success', label: t('audit.success') },
                { value: 'failure', label: t('audit.failure') },
              ]}
            />
          </Form.Item>
          <Form.Item>
            <Button type="primary" htmlType="submit">
              {t('common.search')}
            </Button>
          </Form.Item>
        </Form>
      </Card>
      <Card>
        <Table<AuditEntry>
          rowKey="id"
          size="small"
          loading={q.isFetching}
          dataSource={q.data?.items ?? []}
          scroll={{ x: 1200 }}
          pagination={{
            current: page,
            pageSize: 20,
            total: q.data?.total ?? 0,
            onChange: setPage,
            showTotal: (total) => t('common.total', { total }),
          }}
          columns={[
            { title: t('audit.time'), dataIndex: 'occurredAt', width: 170, render: formatDateTime },
            { title: t('audit.actor'), dataIndex: 'actorName', width: 120 },
            {
              title: t('audit.action'),
              dataIndex: 'action',
              width: 180,
              render: (a: string) => (
                <span title={a} style={{ whiteSpace: 'nowrap' }}>
                  {auditActionLabel(t, a)}
                </span>
              ),
            },
            {
              title: t('audit.object'),
              key: 'object',
              width: 260,
              render: (_v, a) => (
                <span title={a.objectId ? `${t('audit.objectCode')}：${a.objectId}` : undefined} data-testid="audit-object">
                  {dash(auditObjectLabel(t, a))}
                </span>
              ),
            },
            {
              title: t('audit.result'),
              dataIndex: 'result',
              width: 90,
              render: (r: string) => <Tag color={r === 'success' ? 'green' : 'red'}>{t(`audit.${r}`)}</Tag>,
            },
            { title: t('audit.sourceIp'), dataIndex: 'sourceIp', width: 130, render: dash },
            {
              title: t('audit.hash'),
              dataIndex: 'hash',
              width: 120,
              render: (h: string) => <Typography.Text code>{h.slice(0, 10)}</Typography.Text>,
            },
          ]}
        />
      </Card>
    </>
  );
}
