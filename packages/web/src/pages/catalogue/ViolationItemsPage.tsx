import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import type { ViolationItem, ViolationItemInput } from '@rouxing/contracts';
import { PENALTY_TYPES } from '@rouxing/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Form, Input, InputNumber, Modal, Row, Select, Space, Switch, Table, Tag, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { catalogueApi } from '../../api/catalogue';
import { isApiError } from '../../api/client';
import { useDepartments } from '../../api/hooks';
import { useCurrentUser } from '../../app/auth';
import { showError, showSuccess } from '../../app/feedback';
import { PageHeader } from '../../components/PageHeader';
import { formatCount } from '../../lib/format';
import { applyFieldErrors } from '../../lib/forms';
import { can } from '../../lib/permissions';

const FIELDS = [
  'code',
  'name',
  'departmentId',
  'domain',
  'legalBasis.law',
  'legalBasis.article',
  'legalBasis.paragraph',
  'legalBasis.item',
  'legalBasis.text',
  'penaltyTypes',
  'fineMin',
  'fineMax',
  'normalPenaltyText',
  'key',
  'noFaultRule',
  'limitationMonths',
];

/** 违法行为目录: the catalogue every list entry and benchmark points at; a department's reviewers maintain its items. */
export default function ViolationItemsPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const qc = useQueryClient();
  const departments = useDepartments();
  const [filter, setFilter] = useState<ItemFilter>({});
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<ViolationItem | 'new' | null>(null);
  const [importing, setImporting] = useState(false);
  const items = useQuery({
    queryKey: ['violation-items', filter, page],
    queryFn: () => catalogueApi.items({ ...filter, page, pageSize: 20 }),
    placeholderData: keepPreviousData,
  });
  const refine = (patch: ItemFilter) => {
    setFilter((f) => ({ ...f, ...patch }));
    setPage(1);
  };
  const writer = can(me, 'catalogue.write');
  return (
    <>
      <PageHeader
        title={t('rules.catalogue')}
        testId="page-violation-items"
        extra={
          writer && (
            <Space>
              <Button icon={<UploadOutlined />} onClick={() => setImporting(true)} data-testid="items-import">
                {t('rules.import')}
              </Button>
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="items-new">
                {t('rules.newItem')}
              </Button>
            </Space>
          )
        }
      />
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          <Input.Search
            allowClear
            placeholder={t('rules.searchItems')}
            style={{ width: 300 }}
            onSearch={(v) => refine({ q: v || undefined })}
            data-testid="items-q"
          />
          <Select
            allowClear
            placeholder={t('rules.department')}
            style={{ width: 240 }}
            value={filter.departmentId}
            onChange={(v?: string) => refine({ departmentId: v })}
            options={(departments.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
            data-testid="items-department"
          />
          <Input.Search
            allowClear
            placeholder={t('rules.domain')}
            style={{ width: 200 }}
            onSearch={(v) => refine({ domain: v || undefined })}
            data-testid="items-domain"
          />
        </Space>
        <Table<ViolationItem>
          rowKey="id"
          loading={items.isLoading}
          dataSource={items.data?.items ?? []}
          scroll={{ x: 1150 }}
          pagination={{
            current: page,
            pageSize: 20,
            total: items.data?.total ?? 0,
            onChange: setPage,
            showSizeChanger: false,
            showTotal: (total) => t('common.total', { total }),
          }}
          columns={[
            { title: t('rules.code'), dataIndex: 'code', width: 120 },
            { title: t('rules.itemName'), dataIndex: 'name' },
            { title: t('rules.department'), dataIndex: 'departmentName', width: 150 },
            { title: t('rules.domain'), dataIndex: 'domain', width: 110 },
            { title: t('rules.basis'), render: (_, r) => r.legalBasis.text, width: 260 },
            { title: t('rules.fineRange'), width: 140, render: (_, r) => fineRange(r.fineMin, r.fineMax) },
            { title: t('rules.key'), width: 70, render: (_, r) => (r.key ? <Tag color="red">{t('rules.keyTag')}</Tag> : null) },
            {
              title: '',
              width: 70,
              render: (_, r) =>
                writer && me.departmentId === r.departmentId ? (
                  <Button type="link" onClick={() => setEditing(r)} data-testid="item-edit">
                    {t('common.edit')}
                  </Button>
                ) : null,
            },
          ]}
        />
      </Card>
      {editing && (
        <ItemForm
          item={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={() => qc.invalidateQueries({ queryKey: ['violation-items'] })}
        />
      )}
      <ImportModal
        open={importing}
        onClose={() => setImporting(false)}
        onDone={() => qc.invalidateQueries({ queryKey: ['violation-items'] })}
      />
    </>
  );
}

type ItemFilter = { q?: string; departmentId?: string; domain?: string };

/** A fine range in whole yuan with digit groups (50,000 – 200,000), or a dash when the item sets none. */
export function fineRange(min: number | null, max: number | null): string {
  return min === null || max === null ? '—' : `${formatCount(min)} – ${formatCount(max)}`;
}

type ItemValues = Omit<ViolationItemInput, 'penaltyBasis' | 'noFaultBasis' | 'limitationBasis'>;

function ItemForm({ item, onClose, onSaved }: { item: ViolationItem | null; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const departments = useDepartments();
  const [form] = Form.useForm<ItemValues>();
  const save = useMutation({
    mutationFn: (v: ItemValues) => {
      const body = {
        ...v,
        legalBasis: {
          ...v.legalBasis,
          article: v.legalBasis.article ?? null,
          paragraph: v.legalBasis.paragraph ?? null,
          item: v.legalBasis.item ?? null,
        },
        fineMin: v.fineMin ?? null,
        fineMax: v.fineMax ?? null,
        limitationMonths: v.limitationMonths ?? null,
        penaltyBasis: item?.penaltyBasis ?? null,
        noFaultBasis: item?.noFaultBasis ?? null,
        limitationBasis: item?.limitationBasis ?? null,
      };
      return item ? catalogueApi.updateItem(item.id, { ...body, version: item.version }) : catalogueApi.createItem(body);
    },
    onSuccess: () => {
      showSuccess(t('common.saved'));
      onSaved();
      onClose();
    },
    onError: (e) => showError(e, applyFieldErrors(form, e, FIELDS)),
  });
  return (
    <Modal
      open
      width={760}
      title={item ? t('rules.editItem') : t('rules.newItem')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      okButtonProps={{ 'data-testid': 'item-save' } as Record<`data-${string}`, string>}
    >
      <Form<ItemValues>
        form={form}
        layout="vertical"
        onFinish={(v) => save.mutate(v)}
        initialValues={
          item ?? {
            departmentId: me.departmentId ?? undefined,
            penaltyTypes: ['fine'],
            key: false,
            noFaultRule: 'no_penalty',
            normalPenaltyText: '',
            legalBasis: { law: '', text: '' },
          }
        }
      >
        <Row gutter={12}>
          <Col span={8}>
            <Form.Item name="code" label={t('rules.code')} rules={[{ required: true }]}>
              <Input disabled={!!item} placeholder="SC-FOOD-017" />
            </Form.Item>
          </Col>
          <Col span={16}>
            <Form.Item name="name" label={t('rules.itemName')} rules={[{ required: true }]}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="departmentId" label={t('rules.department')} rules={[{ required: true }]}>
              <Select options={(departments.data ?? []).map((d) => ({ value: d.id, label: d.name }))} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="domain" label={t('rules.domain')} rules={[{ required: true }]}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name={['legalBasis', 'law']} label={t('rules.law')} rules={[{ required: true }]}>
              <Input placeholder="中华人民共和国食品安全法" />
            </Form.Item>
          </Col>
          <Col span={4}>
            <Form.Item name={['legalBasis', 'article']} label={t('rules.article')}>
              <InputNumber min={1} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={4}>
            <Form.Item name={['legalBasis', 'paragraph']} label={t('rules.paragraph')}>
              <InputNumber min={1} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={4}>
            <Form.Item name={['legalBasis', 'item']} label={t('rules.subItem')}>
              <InputNumber min={1} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name={['legalBasis', 'text']} label={t('rules.basisText')} rules={[{ required: true }]}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="penaltyTypes" label={t('rules.penaltyTypes')}>
              <Select mode="multiple" options={PENALTY_TYPES.map((p) => ({ value: p, label: t(`assistant.penaltyTypes.${p}`) }))} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="fineMin" label={t('rules.fineMin')}>
              <InputNumber min={0} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="fineMax" label={t('rules.fineMax')}>
              <InputNumber min={0} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="normalPenaltyText" label={t('rules.penaltyText')}>
              <Input.TextArea rows={2} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="key" label={t('rules.key')} valuePropName="checked">
              <Switch />
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item name="noFaultRule" label={t('rules.noFaultRule')}>
              <Select options={['no_penalty', 'may_waive'].map((v) => ({ value: v, label: t(`rules.noFault.${v}`) }))} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="limitationMonths" label={t('rules.limitationMonths')}>
              <InputNumber min={1} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}

/** Import of a file: template link, upload, and the server's row errors (第N行.列名) when refused. */
export function ImportModal({
  open,
  onClose,
  onDone,
  upload = (file: File) => catalogueApi.importItems(file).then((r) => r as unknown),
  templateUrl = catalogueApi.itemTemplateUrl(),
  children,
}: {
  open: boolean;
  onClose: () => void;
  onDone: (result: unknown) => void;
  upload?: (file: File) => Promise<unknown>;
  templateUrl?: string;
  children?: React.ReactNode;
}) {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<{ path: string; message: string }[]>([]);
  const [busy, setBusy] = useState(false);
  const run = async (file: File) => {
    setBusy(true);
    setErrors([]);
    try {
      const r = await upload(file);
      showSuccess(t('rules.imported'));
      onDone(r);
      onClose();
    } catch (e) {
      if (isApiError(e) && e.fields.length > 0) {
        setErrors(e.fields);
      } else if (!(typeof e === 'object' && e !== null && 'errorFields' in e)) {
        // (a form of the modal that did not validate shows its own messages)
        showError(e);
      }
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal open={open} title={t('rules.import')} onCancel={onClose} footer={null} width={720} destroyOnHidden>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Alert type="info" showIcon message={t('rules.importHelp')} />
        <Button icon={<DownloadOutlined />} href={templateUrl} data-testid="import-template">
          {t('rules.template')}
        </Button>
        {children}
        <Upload
          accept=".xlsx,.csv"
          showUploadList={false}
          beforeUpload={(f) => {
            void run(f);
            return false;
          }}
        >
          <Button type="primary" icon={<UploadOutlined />} loading={busy} data-testid="import-file">
            {t('rules.chooseFile')}
          </Button>
        </Upload>
        {errors.length > 0 && (
          <Table
            size="small"
            data-testid="import-errors"
            rowKey={(r) => `${r.path}${r.message}`}
            dataSource={errors}
            pagination={{ pageSize: 10 }}
            columns={[
              { title: t('rules.errorWhere'), dataIndex: 'path', width: 200 },
              { title: t('rules.errorWhy'), dataIndex: 'message' },
            ]}
          />
        )}
      </Space>
    </Modal>
  );
}
