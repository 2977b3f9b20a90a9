import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import type { Entity } from '@rouxing/contracts';
import { CREDIT_GRADES, ENTITY_TYPES } from '@rouxing/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { TableProps } from 'antd';
import { Button, Card, Form, Input, Select, Space, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { type EntityFilters, entityApi, keys } from '../../api/endpoints';
import { useCurrentUser } from '../../app/auth';
import { EntityTags } from '../../components/EntityTags';
import { IndustrySelect } from '../../components/IndustrySelect';
import { PageHeader } from '../../components/PageHeader';
import { dash } from '../../lib/format';
import { can } from '../../lib/permissions';

const FILTER_KEYS = ['q', 'industryCode', 'entityType', 'creditGrade', 'whitelisted', 'newBusinessForm', 'inObservationPeriod'] as const;

/** 主体名录: search, filters and pages live in the URL, so a list can be shared and reloaded. */
export default function EntityListPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const page = Number(params.get('page') ?? 1) || 1;
  const pageSize = Number(params.get('pageSize') ?? 20) || 20;
  const filters: EntityFilters = {};
  for (const k of FILTER_KEYS) {
    const v = params.get(k);
    if (v) {
      filters[k] = v;
    }
  }
  const q = useQuery({
    queryKey: keys.entities({ ...filters, page, pageSize }),
    queryFn: () => entityApi.list({ ...filters, page, pageSize }),
    placeholderData: keepPreviousData,
  });
  const [form] = Form.useForm<EntityFilters>();

  const apply = (values: EntityFilters) => {
    const next = new URLSearchParams();
    for (const k of FILTER_KEYS) {
      const v = values[k];
      if (v) {
        next.set(k, v);
      }
    }
    next.set('pageSize', String(pageSize));
    setParams(next);
  };

  const columns: TableProps<Entity>['columns'] = [
    { title: t('entity.field.name'), dataIndex: 'name', render: (name: string, e) => <Link to={`/entities/${e.id}`}>{name}</Link> },
    { title: t('entity.field.uscc'), dataIndex: 'uscc', width: 190 },
    { title: t('entity.field.entityType'), dataIndex: 'entityType', width: 110, render: (v: string) => t(`entityType.${v}`) },
    { title: t('entity.field.legalRepresentative'), dataIndex: 'legalRepresentative', width: 110 },
    { title: t('entity.field.contactPhone'), dataIndex: 'contactPhone', width: 130, render: dash },
    { title: t('entity.field.industry'), dataIndex: 'industryName', width: 190, render: (v: string, e) => `${e.industryCode} ${v}` },
    { title: t('entity.field.tags'), key: 'tags', width: 200, render: (_v, e) => <EntityTags entity={e} withGrade /> },
  ];

  return (
    <>
      <PageHeader
        title={t('menu.entities')}
        testId="page-entities"
        extra={
          <Space>
            {can(me, 'entity.export') && (
              <Button icon={<DownloadOutlined />} href={entityApi.exportUrl(filters)} data-testid="entity-export">
                {t('entity.export')}
              </Button>
            )}
            {can(me, 'entity.write') && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/entities/new')} data-testid="entity-new">
                {t('entity.new')}
              </Button>
            )}
          </Space>
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <Form form={form} layout="inline" initialValues={filters} onFinish={apply} className="rx-filters">
          <Form.Item name="q" label={t('entity.filter.q')}>
            <Input allowClear placeholder={t('entity.filter.qPlaceholder')} style={{ width: 240 }} data-testid="entity-search" />
          </Form.Item>
          <Form.Item name="industryCode" label={t('entity.field.industry')}>
            <IndustrySelect sectionsSelectable style={{ width: 220 }} />
          </Form.Item>
          <Form.Item name="entityType" label={t('entity.field.entityType')}>
            <Select allowClear style={{ width: 140 }} options={ENTITY_TYPES.map((v) => ({ value: v, label: t(`entityType.${v}`) }))} />
          </Form.Item>
          <Form.Item name="creditGrade" label={t('entity.field.creditGrade')}>
            <Select allowClear style={{ width: 100 }} options={CREDIT_GRADES.map((v) => ({ value: v, label: v }))} />
          </Form.Item>
          <Form.Item name="whitelisted" label={t('entity.tag.whitelisted')}>
            <Select
              allowClear
              style={{ width: 100 }}
              options={[
                { value: 'true', label: t('common.yes') },
                { value: 'false', label: t('common.no') },
              ]}
            />
          </Form.Item>
          <Form.Item>
            <Space>
              <Button type="primary" htmlType="submit" data-testid="entity-search-submit">
                {t('common.search')}
              </Button>
              <Button
                onClick={() => {
                  form.resetFields();
                  setParams(new URLSearchParams());
                }}
              >
                {t('common.reset')}
              </Button>
            </Space>
          </Form.Item>
        </Form>
      </Card>
      <Card>
        <Table<Entity>
          rowKey="id"
          size="middle"
          loading={q.isFetching}
          columns={columns}
          dataSource={q.data?.items ?? []}
          scroll={{ x: 1000 }}
          pagination={{
            current: page,
            pageSize,
            total: q.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (total) => t('common.total', { total }),
            onChange: (p, s) => {
              const next = new URLSearchParams(params);
              next.set('page', String(p));
              next.set('pageSize', String(s));
              setParams(next);
            },
          }}
        />
      </Card>
    </>
  );
}
