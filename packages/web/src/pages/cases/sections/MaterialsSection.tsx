import type { CaseDetail, MaterialFields, MaterialView } from '@rouxing/contracts';
import { UPLOADABLE_ITEMS } from '@rouxing/contracts';
import { Button, Card, Divider, Form, Input, Progress, Select, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { caseApi } from '../../../api/cases';
import { useCurrentUser } from '../../../app/auth';
import { formatDateTime } from '../../../lib/format';
import { can } from '../../../lib/permissions';
import { FilePicker } from '../FilePicker';
import { useCaseAction } from '../shared';

type Values = { item: MaterialFields['item']; measureId?: string; note?: string; file?: File | null };
const ACCEPT = 'image/*,video/*,audio/*,.pdf';

/** 上传案卷材料: a photo straight from the phone's camera, a recording or a scan, filed under a measure. */
function UploadForm({ kase }: { kase: CaseDetail }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [percent, setPercent] = useState<number | null>(null);
  const upload = useCaseAction(
    kase.id,
    (v: Values) =>
      caseApi.uploadMaterial(kase.id, { item: v.item, measureId: v.measureId ?? null, note: v.note ?? '' }, v.file as File, setPercent),
    {
      form,
      fields: ['item', 'measureId', 'note', 'file'],
      success: t('case.materials.uploaded'),
      onDone: () => {
        form.resetFields(['note', 'file']);
        setPercent(null);
      },
    },
  );
  const lastMeasure = kase.measures.at(-1)?.id;
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      initialValues={{ item: 'evidence', measureId: lastMeasure }}
      onFinish={(v) => upload.mutate(v)}
      onFinishFailed={() => setPercent(null)}
      data-testid="material-form"
    >
      <Form.Item name="item" label={t('case.materials.item')} rules={[{ required: true }]}>
        <Select data-testid="material-item" options={UPLOADABLE_ITEMS.map((i) => ({ value: i, label: t(`case.archiveItems.${i}`) }))} />
      </Form.Item>
      <Form.Item name="measureId" label={t('case.materials.measure')}>
        <Select
          allowClear
          placeholder={t('case.materials.measureNone')}
          data-testid="material-measure"
          options={kase.measures.map((m) => ({ value: m.id, label: `${m.id} ${t(`case.measureTypes.${m.type}`)}` }))}
        />
      </Form.Item>
      <Form.Item name="note" label={t('case.materials.note')}>
        <Input maxLength={500} data-testid="material-note" />
      </Form.Item>
      <Form.Item
        name="file"
        label={t('case.materials.file')}
        extra={t('case.materials.fileHelp')}
        rules={[{ required: true, message: t('case.materials.fileRequired') }]}
      >
        <FilePicker accept={ACCEPT} camera testId="material-file" />
      </Form.Item>
      {upload.isPending && percent !== null && <Progress percent={percent} size="small" />}
      <Button type="primary" htmlType="submit" block size="large" loading={upload.isPending} data-testid="material-submit">
        {t('case.materials.upload')}
      </Button>
    </Form>
  );
}

/** 案卷材料: what the case file holds (documents, receipts, records, uploads) and the upload form. */
export function MaterialsSection({ kase }: { kase: CaseDetail }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const staff = can(me, 'case.handle') && me.departmentId === kase.departmentId && kase.state !== 'archived';
  return (
    <Card title={t('case.materials.title')} data-testid="case-materials">
      <Table<MaterialView>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={kase.materials}
        locale={{ emptyText: t('case.materials.empty') }}
        scroll={{ x: 720 }}
        columns={[
          {
            title: t('case.materials.item'),
            dataIndex: 'item',
            width: 200,
            render: (v: string, m) => (
              <>
                {t(`case.archiveItems.${v}`)} {m.measureId && <Tag>{m.measureId}</Tag>}
              </>
            ),
          },
          {
            title: t('case.materials.note'),
            render: (_, m) => (
              <>
                {m.note}
                {m.fileName && m.fileSha256 && (
                  <div>
                    <a href={caseApi.materialUrl(kase.id, m.id)} download data-testid="material-link">
                      {m.fileName}
                    </a>
                  </div>
                )}
              </>
            ),
          },
          {
            title: t('case.materials.source'),
            width: 190,
            render: (_, m) => (
              <span className="rx-muted">
                {t(`case.materials.sources.${m.source}`)} ·{' '}
                {t('case.materials.by', { name: m.createdByName, time: formatDateTime(m.createdAt) })}
              </span>
            ),
          },
        ]}
      />
      {staff && (
        <>
          <Divider titlePlacement="start">{t('case.materials.upload')}</Divider>
          <UploadForm kase={kase} />
        </>
      )}
    </Card>
  );
}
