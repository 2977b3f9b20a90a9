import type { Assessment } from '@rouxing/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, InputNumber, Modal, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { assessmentApi, assessmentKeys } from '../../api/assessment';
import { isApiError } from '../../api/client';
import { useCurrentUser } from '../../app/auth';
import { showError, showSuccess } from '../../app/feedback';
import { PageHeader } from '../../components/PageHeader';
import { applyFieldErrors } from '../../lib/forms';
import { can } from '../../lib/permissions';
import { IndicatorChart } from './IndicatorChart';

type Line = Assessment['departments'][number];
type Weight = Assessment['weights'][number];

const score = (v: number | null) => (v === null ? '—' : v.toFixed(1));
const shown = (unit: string, v: number | null) => (v === null ? '—' : unit === 'rate' ? `${(v * 100).toFixed(1)}%` : String(v));

/**
 * 督导考评 · 年度考评 (常政办发〔2025〕5号 保障措施（二）): the year's ranking of the enforcement departments, scored from
 * the kept indicators by the Judicial Bureau's weights and targets, with its additions and deductions; the annual
 * report as .docx (with charts) and .xlsx. The Judicial Bureau edits the weights and records adjustments.
 */
export default function AssessmentPage() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const bureau = can(useCurrentUser(), 'supervision.manage');
  const [year, setYear] = useState(new Date().getFullYear());
  const [editing, setEditing] = useState(false);
  const [adjusting, setAdjusting] = useState(false);
  const data = useQuery({ queryKey: assessmentKeys.year(year), queryFn: () => assessmentApi.get(year) });
  const a = data.data;
  const done = (next: Assessment) => qc.setQueryData(assessmentKeys.year(year), next);
  return (
    <>
      <PageHeader
        title={t('assessment.title')}
        testId="page-assessment"
        extra={
          <Space wrap>
            <InputNumber value={year} min={2000} max={2100} onChange={(v) => v && setYear(v)} aria-label={t('assessment.year')} />
            {bureau && (
              <Button onClick={() => setEditing(true)} data-testid="assessment-edit-weights">
                {t('assessment.editWeights')}
              </Button>
            )}
            {bureau && (
              <Button onClick={() => setAdjusting(true)} data-testid="assessment-adjust">
                {t('assessment.adjust')}
              </Button>
            )}
            <Button href={assessmentApi.docxUrl(year)} download data-testid="assessment-docx">
              {t('assessment.exportDocx')}
            </Button>
            <Button href={assessmentApi.xlsxUrl(year)} download data-testid="assessment-xlsx">
              {t('assessment.exportXlsx')}
            </Button>
          </Space>
        }
      />
      {a && (
        <Card title={t('assessment.ranking')} style={{ marginBottom: 16 }}>
          <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
            {a.weightsSet ? t('assessment.weightsSet') : t('assessment.weightsDefault')}{' '}
            {a.weights.map((w) => `${w.name} ${w.weight}`).join('；')}
          </Typography.Paragraph>
          <IndicatorChart
            bars={a.departments.filter((d) => d.score !== null).map((d) => ({ name: d.departmentName, value: d.score }))}
            target={null}
            rate={false}
            targetLabel=""
          />
          <Table<Line>
            size="small"
            rowKey="departmentId"
            pagination={false}
            scroll={{ x: 640 }}
            dataSource={a.departments}
            data-testid="assessment-table"
            columns={[
              { title: t('assessment.rank'), dataIndex: 'rank', width: 64, render: (r: number | null) => r ?? '—' },
              { title: t('assessment.department'), dataIndex: 'departmentName' },
              ...a.weights.map((w, i) => ({
                title: `${w.name}（${w.weight}）`,
                key: w.indicator,
                render: (_: unknown, d: Line) => `${shown(w.unit, d.lines[i]?.value ?? null)} → ${score(d.lines[i]?.points ?? null)}`,
              })),
              { title: t('assessment.base'), dataIndex: 'base', render: score },
              { title: t('assessment.adjustment'), dataIndex: 'adjustment', render: (v: number) => (v > 0 ? `+${v}` : String(v)) },
              { title: t('assessment.score'), dataIndex: 'score', render: (v: number | null) => <strong>{score(v)}</strong> },
            ]}
          />
        </Card>
      )}
      {a && (
        <Card title={t('assessment.adjustments')}>
          <Table
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={a.adjustments}
            data-testid="assessment-adjustments"
            locale={{ emptyText: t('assessment.noAdjustments') }}
            columns={[
              { title: t('assessment.department'), dataIndex: 'departmentName' },
              { title: t('assessment.points'), dataIndex: 'points', render: (v: number) => (v > 0 ? `+${v}` : String(v)) },
              { title: t('assessment.reason'), dataIndex: 'reason' },
              { title: t('assessment.recordedBy'), dataIndex: 'createdByName' },
              { title: t('assessment.recordedAt'), dataIndex: 'createdAt' },
            ]}
          />
        </Card>
      )}
      {a && editing && <WeightsModal year={year} weights={a.weights} onClose={() => setEditing(false)} onSaved={done} />}
      {a && adjusting && <AdjustModal year={year} departments={a.departments} onClose={() => setAdjusting(false)} onSaved={done} />}
    </>
  );
}

/** The year's weights (integers summing to 100) and targets; a refusal names the field. */
function WeightsModal({
  year,
  weights,
  onClose,
  onSaved,
}: {
  year: number;
  weights: Weight[];
  onClose: () => void;
  onSaved: (a: Assessment) => void;
}) {
  const { t } = useTranslation();
  const [rows, setRows] = useState(weights.map((w) => ({ ...w })));
  const [errors, setErrors] = useState<string[]>([]);
  const sum = rows.reduce((s, w) => s + (w.weight ?? 0), 0);
  const set = (i: number, patch: Partial<Weight>) => setRows(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const save = async () => {
    try {
      onSaved(
        await assessmentApi.saveWeights(year, {
          weights: rows.map((r) => ({ indicator: r.indicator, weight: r.weight, target: r.target })),
        }),
      );
      showSuccess(t('assessment.weightsSaved'));
      onClose();
    } catch (e) {
      if (isApiError(e) && e.fields.length > 0) {
        setErrors(
          e.fields.map((f) => {
            const i = /^weights\.(\d+)\./.exec(f.path)?.[1];
            return i === undefined ? f.message : `${rows[Number(i)]?.name ?? ''}：${f.message}`;
          }),
        );
      } else {
        showError(e);
      }
    }
  };
  return (
    <Modal open title={t('assessment.editWeightsOf', { year })} onCancel={onClose} onOk={save} okText={t('assessment.save')} width={640}>
      <Table<Weight>
        size="small"
        rowKey="indicator"
        pagination={false}
        dataSource={rows}
        data-testid="assessment-weights"
        columns={[
          { title: t('assessment.indicator'), dataIndex: 'name' },
          {
            title: t('assessment.weight'),
            render: (_: unknown, w: Weight, i: number) => (
              <InputNumber
                value={w.weight}
                min={0}
                max={100}
                aria-label={`${w.name} ${t('assessment.weight')}`}
                data-testid={`weight-${w.indicator}`}
                onChange={(v) => set(i, { weight: v ?? 0 })}
              />
            ),
          },
          {
            title: t('assessment.target'),
            render: (_: unknown, w: Weight, i: number) => (
              <InputNumber
                value={w.target === null ? null : w.unit === 'rate' ? Math.round(w.target * 1000) / 10 : w.target}
                min={0}
                placeholder={t('assessment.bestAsTarget')}
                addonAfter={w.unit === 'rate' ? '%' : w.unit === 'hours' ? t('assessment.hours') : undefined}
                aria-label={`${w.name} ${t('assessment.target')}`}
                onChange={(v) => set(i, { target: v === null ? null : w.unit === 'rate' ? v / 100 : v })}
              />
            ),
          },
        ]}
      />
      <Typography.Paragraph style={{ marginTop: 8 }} type={sum === 100 ? 'secondary' : 'danger'} data-testid="weights-sum">
        {t('assessment.weightSum', { sum })}
      </Typography.Paragraph>
      {errors.length > 0 && <Alert type="error" showIcon data-testid="weights-error" message={errors.join('；')} />}
    </Modal>
  );
}

/** An addition (+) or deduction (−) with its reason, recorded and audited; never edited. */
function AdjustModal({
  year,
  departments,
  onClose,
  onSaved,
}: {
  year: number;
  departments: Line[];
  onClose: () => void;
  onSaved: (a: Assessment) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const save = async () => {
    const v = await form.validateFields();
    try {
      onSaved(await assessmentApi.adjust(year, { departmentId: v.departmentId, points: v.points, reason: v.reason ?? '' }));
      showSuccess(t('assessment.adjusted'));
      onClose();
    } catch (e) {
      showError(e, applyFieldErrors(form, e, ['departmentId', 'points', 'reason']));
    }
  };
  return (
    <Modal open title={t('assessment.adjust')} onCancel={onClose} onOk={save} okText={t('assessment.save')}>
      <Form form={form} layout="vertical" data-testid="assessment-adjust-form">
        <Form.Item
          name="departmentId"
          label={t('assessment.department')}
          rules={[{ required: true, message: t('assessment.chooseDepartment') }]}
        >
          <Select options={departments.map((d) => ({ value: d.departmentId, label: d.departmentName }))} />
        </Form.Item>
        <Form.Item
          name="points"
          label={t('assessment.points')}
          extra={t('assessment.pointsHelp')}
          rules={[{ required: true, message: t('assessment.enterPoints') }]}
        >
          <InputNumber step={0.5} min={-100} max={100} />
        </Form.Item>
        <Form.Item name="reason" label={t('assessment.reason')}>
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
