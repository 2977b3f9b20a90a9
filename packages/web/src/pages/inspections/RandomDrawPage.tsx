import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Form, Input, InputNumber, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { inspectionApi, type RandomDraw } from '../../api/inspections';
import { showError } from '../../app/feedback';
import { PageHeader } from '../../components/PageHeader';

type Values = { title: string; industryPrefix: string; seed?: number | null; A: number; B: number; C: number; D: number };

/** 双随机抽查 (常政办发〔2025〕5号 第十三项): the department head draws entities and officers; the seed is published with the result. */
export default function RandomDrawPage() {
  const { t } = useTranslation();
  const run = useMutation({
    mutationFn: (v: Values) =>
      inspectionApi.runDraw({
        title: v.title,
        industryPrefix: v.industryPrefix ?? '',
        ...(v.seed != null ? { seed: v.seed } : {}),
        ratios: { A: v.A / 100, B: v.B / 100, C: v.C / 100, D: v.D / 100 },
      }),
    onError: (e) => showError(e),
  });
  return (
    <>
      <PageHeader title={t('draw.title')} testId="page-random-draw" />
      <Card style={{ marginBottom: 16 }}>
        <Alert type="info" showIcon style={{ marginBottom: 16 }} message={t('draw.intro')} />
        <Form<Values>
          layout="vertical"
          initialValues={{ industryPrefix: 'H62', A: 1, B: 3, C: 5, D: 10 }}
          onFinish={(v) => run.mutate(v)}
          style={{ maxWidth: 720 }}
        >
          <Form.Item name="title" label={t('draw.name')} rules={[{ required: true, message: t('draw.nameRequired') }]}>
            <Input maxLength={100} data-testid="draw-title" />
          </Form.Item>
          <Space wrap>
            <Form.Item name="industryPrefix" label={t('draw.industry')}>
              <Input style={{ width: 140 }} />
            </Form.Item>
            <Form.Item name="seed" label={t('draw.seed')} extra={t('draw.seedHelp')}>
              <InputNumber min={0} max={4294967295} precision={0} style={{ width: 200 }} />
            </Form.Item>
          </Space>
          <Space wrap>
            {(['A', 'B', 'C', 'D'] as const).map((g) => (
              <Form.Item key={g} name={g} label={t('draw.ratio', { grade: g })}>
                <InputNumber min={0} max={100} addonAfter="%" style={{ width: 140 }} />
              </Form.Item>
            ))}
          </Space>
          <div>
            <Button type="primary" htmlType="submit" loading={run.isPending} data-testid="draw-submit">
              {t('draw.run')}
            </Button>
          </div>
        </Form>
      </Card>
      {run.data && <DrawResult draw={run.data} />}
    </>
  );
}

export function DrawResult({ draw }: { draw: RandomDraw }) {
  const { t } = useTranslation();
  return (
    <Card title={draw.title} data-testid="draw-result">
      <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('draw.seed')}>{draw.seed}</Descriptions.Item>
        <Descriptions.Item label={t('draw.pool')}>{draw.poolSize}</Descriptions.Item>
        <Descriptions.Item label={t('draw.fingerprint')} span={2}>
          <Typography.Text copyable style={{ fontFamily: 'monospace', fontSize: 12 }}>
            {draw.poolFingerprint}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('draw.strata')} span={2}>
          {draw.strata.map((s) => `${s.grade}：${s.drawn}/${s.eligible}（${(s.ratio * 100).toFixed(1)}%）`).join('；')}
        </Descriptions.Item>
        <Descriptions.Item label={t('draw.excluded')} span={2}>
          {t('draw.excludedText', { whitelisted: draw.excluded.whitelisted, atCap: draw.excluded.atCap })}
        </Descriptions.Item>
      </Descriptions>
      <Table
        rowKey="seq"
        size="small"
        dataSource={draw.entries}
        pagination={{ pageSize: 20 }}
        columns={[
          { title: '#', dataIndex: 'seq', width: 60 },
          { title: t('inspection.entity'), dataIndex: 'entityName' },
          { title: t('complaint.uscc'), dataIndex: 'uscc', width: 200 },
          { title: t('inspection.officers'), dataIndex: 'officerNames', render: (v: string[]) => v.join('、') },
        ]}
      />
    </Card>
  );
}
