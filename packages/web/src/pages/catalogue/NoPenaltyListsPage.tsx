import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import type { NoPenaltyList, NoPenaltyListDetail } from '@rouxing/contracts';
import { RULE_LEVELS } from '@rouxing/contracts';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, DatePicker, Form, Input, Select, Space, Table } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { catalogueApi } from '../../api/catalogue';
import { useCurrentUser } from '../../app/auth';
import { PageHeader } from '../../components/PageHeader';
import { can, P } from '../../lib/permissions';
import { StatusTag } from './ReviewActions';
import { ImportModal } from './ViolationItemsPage';

/** 不予处罚清单: every version of every list of the region, with its review status. */
export default function NoPenaltyListsPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const [importing, setImporting] = useState(false);
  const [meta] = Form.useForm<{ title: string; level: string; issuer: string; domain: string; effectiveFrom: Dayjs }>();
  const lists = useQuery({
    queryKey: ['no-penalty-lists', q, page],
    queryFn: () => catalogueApi.lists({ q, page, pageSize: 20 }),
    placeholderData: keepPreviousData,
  });
  return (
    <>
      <PageHeader
        title={t('rules.lists')}
        testId="page-no-penalty-lists"
        extra={
          can(me, P.rulesDraft) && (
            <Space>
              <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>
                {t('rules.import')}
              </Button>
              <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/rules/no-penalty-lists/new')} data-testid="list-new">
                {t('rules.newList')}
              </Button>
            </Space>
          )
        }
      />
      <Card>
        <Input.Search
          allowClear
          placeholder={t('rules.searchLists')}
          style={{ maxWidth: 360, marginBottom: 16 }}
          onSearch={(v) => (setQ(v), setPage(1))}
        />
        <Table<NoPenaltyList>
          rowKey="id"
          loading={lists.isLoading}
          dataSource={lists.data?.items ?? []}
          scroll={{ x: 1000 }}
          pagination={{ current: page, pageSize: 20, total: lists.data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
          columns={[
            {
              title: t('rules.listTitle'),
              dataIndex: 'title',
              render: (v: string, r) => (
                <Link to={`/rules/no-penalty-lists/${r.id}`} data-testid="list-link">
                  {v}
                </Link>
              ),
            },
            { title: t('rules.version'), dataIndex: 'version', width: 70 },
            { title: t('rules.level'), dataIndex: 'level', width: 80, render: (v: string) => t(`assistant.levels.${v}`) },
            { title: t('rules.issuer'), dataIndex: 'issuer', width: 180 },
            { title: t('rules.department'), dataIndex: 'departmentName', width: 180 },
            { title: t('rules.entries'), dataIndex: 'entryCount', width: 70 },
            { title: t('rules.effective'), width: 110, dataIndex: 'effectiveFrom' },
            { title: t('rules.statusTitle'), width: 100, render: (_, r) => <StatusTag status={r.displayStatus} /> },
          ]}
        />
      </Card>
      <ImportModal
        open={importing}
        onClose={() => setImporting(false)}
        templateUrl={catalogueApi.listTemplateUrl()}
        upload={async (file) => {
          const v = await meta.validateFields();
          return catalogueApi.importList(file, {
            title: v.title,
            level: v.level,
            issuer: v.issuer,
            domain: v.domain,
            departmentId: me.departmentId ?? '',
            effectiveFrom: v.effectiveFrom.format('YYYY-MM-DD'),
          });
        }}
        onDone={(r) => {
          qc.invalidateQueries({ queryKey: ['no-penalty-lists'] });
          navigate(`/rules/no-penalty-lists/${(r as NoPenaltyListDetail).id}`);
        }}
      >
        <Form form={meta} layout="vertical" initialValues={{ level: 'county', issuer: me.departmentName ?? '' }}>
          <Form.Item name="title" label={t('rules.listTitle')} rules={[{ required: true }]}>
            <Input />
          </Form.Item>
          <Space wrap>
            <Form.Item name="level" label={t('rules.level')}>
              <Select style={{ width: 120 }} options={RULE_LEVELS.map((l) => ({ value: l, label: t(`assistant.levels.${l}`) }))} />
            </Form.Item>
            <Form.Item name="issuer" label={t('rules.issuer')} rules={[{ required: true }]}>
              <Input style={{ width: 220 }} />
            </Form.Item>
            <Form.Item name="domain" label={t('rules.domain')} rules={[{ required: true }]}>
              <Input style={{ width: 160 }} />
            </Form.Item>
            <Form.Item name="effectiveFrom" label={t('rules.effective')} rules={[{ required: true }]}>
              <DatePicker />
            </Form.Item>
          </Space>
        </Form>
      </ImportModal>
    </>
  );
}
