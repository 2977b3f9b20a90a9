import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import type { NoPenaltyList, NoPenaltyListDetail, RuleStatus } from '@rouxing/contracts';
import { RULE_LEVELS, RULE_STATUSES } from '@rouxing/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, DatePicker, Form, Input, Select, Space, Table } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { catalogueApi, type ReviewStep } from '../../api/catalogue';
import { useDepartments } from '../../api/hooks';
import { useCurrentUser } from '../../app/auth';
import { showError, showSuccess } from '../../app/feedback';
import { PageHeader } from '../../components/PageHeader';
import { can } from '../../lib/permissions';
import { ReviewActions, StatusTag } from './ReviewActions';
import { ImportModal } from './ViolationItemsPage';

type ListFilter = { q?: string; departmentId?: string; status?: RuleStatus };
type ImportMeta = { title: string; level: string; issuer: string; domain: string; documentNo?: string; effective: [Dayjs, Dayjs | null] };

/** 不予处罚清单: every version of every list of the region, with its review status and workflow. */
export default function NoPenaltyListsPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const departments = useDepartments();
  const [filter, setFilter] = useState<ListFilter>({});
  const [page, setPage] = useState(1);
  const [importing, setImporting] = useState(false);
  const [meta] = Form.useForm<ImportMeta>();
  const lists = useQuery({
    queryKey: ['no-penalty-lists', filter, page],
    queryFn: () => catalogueApi.lists({ ...filter, page, pageSize: 20 }),
    placeholderData: keepPreviousData,
  });
  const step = useMutation({
    mutationFn: ({ id, s, body }: { id: string; s: ReviewStep; body: object }) => catalogueApi.listStep(id, s, body),
    onSuccess: (d, { s }) => {
      qc.invalidateQueries({ queryKey: ['no-penalty-lists'] });
      qc.setQueryData(['no-penalty-list', d.id], d);
      showSuccess(t(`rules.done.${s}`));
      if (s === 'new-version') {
        navigate(`/rules/no-penalty-lists/${d.id}`);
      }
    },
    onError: (e) => showError(e),
  });
  const refine = (patch: ListFilter) => {
    setFilter((f) => ({ ...f, ...patch }));
    setPage(1);
  };
  return (
    <>
      <PageHeader
        title={t('rules.lists')}
        testId="page-no-penalty-lists"
        extra={
          can(me, 'rules.draft') && (
            <Space>
              <Button icon={<UploadOutlined />} onClick={() => setImporting(true)} data-testid="lists-import">
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
        <Space wrap style={{ marginBottom: 16 }}>
          <Input.Search
            allowClear
            placeholder={t('rules.searchLists')}
            style={{ width: 300 }}
            onSearch={(v) => refine({ q: v || undefined })}
            data-testid="lists-q"
          />
          <Select
            allowClear
            placeholder={t('rules.department')}
            style={{ width: 240 }}
            value={filter.departmentId}
            onChange={(v?: string) => refine({ departmentId: v })}
            options={(departments.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
            data-testid="lists-department"
          />
          <Select
            allowClear
            placeholder={t('rules.statusTitle')}
            style={{ width: 140 }}
            value={filter.status}
            onChange={(v?: RuleStatus) => refine({ status: v })}
            options={RULE_STATUSES.map((s) => ({ value: s, label: t(`rules.status.${s}`) }))}
            data-testid="lists-status"
          />
        </Space>
        <Table<NoPenaltyList>
          rowKey="id"
          loading={lists.isLoading}
          dataSource={lists.data?.items ?? []}
          scroll={{ x: 1350 }}
          pagination={{
            current: page,
            pageSize: 20,
            total: lists.data?.total ?? 0,
            onChange: setPage,
            showSizeChanger: false,
            showTotal: (total) => t('common.total', { total }),
          }}
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
            { title: t('rules.statusTitle'), width: 90, render: (_, r) => <StatusTag status={r.displayStatus} /> },
            { title: t('rules.level'), dataIndex: 'level', width: 90, render: (v: string) => t(`assistant.levels.${v}`) },
            { title: t('rules.issuer'), dataIndex: 'issuer', width: 150 },
            { title: t('rules.department'), dataIndex: 'departmentName', width: 150 },
            { title: t('rules.domain'), dataIndex: 'domain', width: 110 },
            { title: t('rules.entries'), dataIndex: 'entryCount', width: 60 },
            {
              title: t('rules.effectiveDates'),
              width: 110,
              render: (_, r) => (
                <>
                  <div>{r.effectiveFrom}</div>
                  <div className="rx-muted">~ {r.effectiveTo ?? t('portal.open')}</div>
                </>
              ),
            },
            {
              title: t('common.actions'),
              width: 200,
              fixed: 'right',
              render: (_, r) => (
                <ReviewActions
                  version={r}
                  size="small"
                  busy={step.isPending && step.variables?.id === r.id}
                  onStep={(s, body) => step.mutate({ id: r.id, s, body })}
                  onEdit={() => navigate(`/rules/no-penalty-lists/${r.id}/edit`)}
                />
              ),
            },
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
            documentNo: v.documentNo ?? '',
            departmentId: me.departmentId ?? '',
            effectiveFrom: v.effective[0].format('YYYY-MM-DD'),
            effectiveTo: v.effective[1] ? v.effective[1].format('YYYY-MM-DD') : '',
          });
        }}
        onDone={(r) => {
          qc.invalidateQueries({ queryKey: ['no-penalty-lists'] });
          navigate(`/rules/no-penalty-lists/${(r as NoPenaltyListDetail).id}`);
        }}
      >
        <Form form={meta} layout="vertical" initialValues={{ level: 'county', issuer: me.departmentName ?? '' }}>
          <Form.Item name="title" label={t('rules.listTitle')} rules={[{ required: true }]}>
            <Input data-testid="import-title" />
          </Form.Item>
          <Space wrap>
            <Form.Item name="level" label={t('rules.level')}>
              <Select style={{ width: 120 }} options={RULE_LEVELS.map((l) => ({ value: l, label: t(`assistant.levels.${l}`) }))} />
            </Form.Item>
            <Form.Item name="issuer" label={t('rules.issuer')} rules={[{ required: true }]}>
              <Input style={{ width: 220 }} />
            </Form.Item>
            <Form.Item name="domain" label={t('rules.domain')} rules={[{ required: true }]}>
              <Input style={{ width: 160 }} data-testid="import-domain" />
            </Form.Item>
            <Form.Item name="documentNo" label={t('rules.documentNo')}>
              <Input style={{ width: 220 }} />
            </Form.Item>
            <Form.Item name="effective" label={t('rules.effectivePeriod')} rules={[{ required: true }]}>
              <DatePicker.RangePicker allowEmpty={[false, true]} />
            </Form.Item>
          </Space>
        </Form>
      </ImportModal>
    </>
  );
}
