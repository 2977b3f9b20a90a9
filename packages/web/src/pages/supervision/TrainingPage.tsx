import { UploadOutlined } from '@ant-design/icons';
import type { TrainingSession } from '@rouxing/contracts';
import { useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, DatePicker, Form, Input, InputNumber, Modal, Select, Space, Table, Upload } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDepartments } from '../../api/hooks';
import { supervisionApi, supervisionKeys } from '../../api/supervision';
import { useCurrentUser } from '../../app/auth';
import { showError, showSuccess } from '../../app/feedback';
import { PageHeader } from '../../components/PageHeader';
import { can } from '../../lib/permissions';

/** 业务培训 (常政办发〔2025〕5号 第十项): sessions per department with attendees and materials, and the year's figures. */
export default function TrainingPage() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const me = useCurrentUser();
  const bureau = can(me, 'supervision.manage');
  const record = can(me, 'training.record');
  const departments = useDepartments(record);
  const [year, setYear] = useState(new Date().getFullYear());
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const [form] = Form.useForm();
  const chosen: string[] = Form.useWatch('departmentIds', form) ?? [];
  const sessions = useQuery({
    queryKey: [...supervisionKeys.training, year, page],
    queryFn: () => supervisionApi.sessions({ page, pageSize: 20, year: String(year) }),
  });
  const figures = useQuery({ queryKey: [...supervisionKeys.training, 'figures', year], queryFn: () => supervisionApi.figures(year) });
  const candidates = useQueries({
    queries: chosen.map((d) => ({ queryKey: ['training-candidates', d], queryFn: () => supervisionApi.candidates(d), enabled: creating })),
  });
  const refresh = () => qc.invalidateQueries({ queryKey: supervisionKeys.training });
  const submit = async () => {
    const v = await form.validateFields();
    try {
      await supervisionApi.record({
        title: v.title,
        heldOn: (v.heldOn as Dayjs).format('YYYY-MM-DD'),
        departmentIds: v.departmentIds,
        hours: v.hours,
        trainer: v.trainer,
        content: v.content,
        attendeeIds: v.attendeeIds ?? [],
      });
      showSuccess(t('training.recorded'));
      setCreating(false);
      await refresh();
    } catch (e) {
      showError(e);
    }
  };
  const upload = async (s: TrainingSession, file: File) => {
    try {
      await supervisionApi.addMaterial(s.id, file);
      showSuccess(t('training.materialAdded'));
      await refresh();
    } catch (e) {
      showError(e);
    }
  };
  const departmentOptions = (departments.data ?? [])
    .filter((d) => bureau || d.id === me?.departmentId)
    .map((d) => ({ value: d.id, label: d.name }));
  return (
    <>
      <PageHeader
        title={t('training.title')}
        testId="page-training"
        extra={
          <Space>
            <InputNumber value={year} min={2000} max={2100} onChange={(v) => v && setYear(v)} aria-label={t('training.year')} />
            {record && (
              <Button type="primary" onClick={() => setCreating(true)} data-testid="record-training">
                {t('training.record')}
              </Button>
            )}
          </Space>
        }
      />
      <Card title={t('training.figuresTitle', { year })} style={{ marginBottom: 16 }}>
        <Table
          size="small"
          rowKey="departmentId"
          pagination={false}
          loading={figures.isLoading}
          dataSource={figures.data?.departments ?? []}
          data-testid="training-figures"
          columns={[
            { title: t('training.department'), dataIndex: 'departmentName' },
            { title: t('training.sessions'), dataIndex: 'sessions' },
            { title: t('training.hours'), dataIndex: 'hours' },
            { title: t('training.attendances'), dataIndex: 'attendances' },
          ]}
        />
      </Card>
      <Card>
        <Table<TrainingSession>
          size="small"
          rowKey="id"
          loading={sessions.isLoading}
          dataSource={sessions.data?.items ?? []}
          scroll={{ x: 800 }}
          data-testid="training-sessions"
          pagination={{
            current: page,
            pageSize: 20,
            total: sessions.data?.total ?? 0,
            onChange: setPage,
            showSizeChanger: false,
            showTotal: (n) => t('common.total', { total: n }),
          }}
          expandable={{ expandedRowRender: (r) => <p style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{r.content}</p> }}
          columns={[
            { title: t('training.sessionTitle'), dataIndex: 'title' },
            { title: t('training.heldOn'), dataIndex: 'heldOn' },
            {
              title: t('training.department'),
              dataIndex: 'departments',
              render: (d: TrainingSession['departments']) => d.map((x) => x.name).join('、'),
            },
            { title: t('training.hours'), dataIndex: 'hours' },
            { title: t('training.trainer'), dataIndex: 'trainer' },
            {
              title: t('training.attendees'),
              dataIndex: 'attendees',
              render: (a: TrainingSession['attendees']) => a.map((x) => x.name).join('、'),
            },
            {
              title: t('training.materials'),
              key: 'materials',
              render: (_, r) => (
                <Space direction="vertical" size={0}>
                  {r.materials.map((m) => (
                    <a key={m.id} href={supervisionApi.trainingMaterialUrl(r.id, m.id)}>
                      {m.fileName}
                    </a>
                  ))}
                  {record && (
                    <Upload
                      showUploadList={false}
                      beforeUpload={(f) => {
                        void upload(r, f);
                        return false;
                      }}
                    >
                      <Button size="small" icon={<UploadOutlined />}>
                        {t('training.upload')}
                      </Button>
                    </Upload>
                  )}
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <Modal open={creating} title={t('training.record')} onCancel={() => setCreating(false)} onOk={submit} destroyOnHidden>
        <Form
          form={form}
          layout="vertical"
          preserve={false}
          initialValues={{ departmentIds: bureau || !me?.departmentId ? [] : [me.departmentId], hours: 2 }}
        >
          <Form.Item name="title" label={t('training.sessionTitle')} rules={[{ required: true, message: t('training.titleRule') }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="heldOn" label={t('training.heldOn')} rules={[{ required: true, message: t('training.heldOnRule') }]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item
            name="departmentIds"
            label={t('training.department')}
            rules={[{ required: true, message: t('training.departmentRule') }]}
          >
            <Select mode="multiple" options={departmentOptions} optionFilterProp="label" />
          </Form.Item>
          <Form.Item name="hours" label={t('training.hours')} rules={[{ required: true }]}>
            <InputNumber min={0.5} max={100} step={0.5} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="trainer" label={t('training.trainer')} rules={[{ required: true, message: t('training.trainerRule') }]}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="content" label={t('training.content')} rules={[{ required: true, message: t('training.contentRule') }]}>
            <Input.TextArea rows={3} maxLength={4000} />
          </Form.Item>
          <Form.Item name="attendeeIds" label={t('training.attendees')}>
            <Select
              mode="multiple"
              optionFilterProp="label"
              options={candidates.flatMap((c) => (c.data ?? []).map((u) => ({ value: u.id, label: u.name })))}
            />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
