import type { CreditMatrixInput } from '@rouxing/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, InputNumber, Skeleton, Switch, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { creditSupervisionApi, creditSupervisionKeys } from '../../api/credit-supervision';
import { showError, showSuccess } from '../../app/feedback';
import { ErrorResult } from '../../components/ErrorResult';
import { PageHeader } from '../../components/PageHeader';

type Cell = CreditMatrixInput['cells'][number];

/** 信用监管矩阵 (司法局, 常政办发〔2025〕5号 第十三项): grade × risk → sampling ratio, yearly cap, self-inspection; errors name the cell. */
export default function CreditMatrixPage() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const q = useQuery({ queryKey: creditSupervisionKeys.matrix, queryFn: creditSupervisionApi.matrix });
  const [cells, setCells] = useState<Cell[]>([]);
  useEffect(() => {
    if (q.data) {
      setCells(q.data.cells.map((c) => ({ ...c })));
    }
  }, [q.data]);
  const save = useMutation({
    mutationFn: () => creditSupervisionApi.saveMatrix({ grades: q.data?.grades ?? [], ungradedAs: q.data?.ungradedAs ?? '', cells }),
    onSuccess: () => {
      showSuccess(t('creditMatrix.saved'));
      qc.invalidateQueries({ queryKey: creditSupervisionKeys.matrix });
    },
    onError: (e) => showError(e),
  });
  const set = (i: number, patch: Partial<Cell>) => setCells((cs) => cs.map((c, j) => (j === i ? { ...c, ...patch } : c)));
  const risk = (r: string) => t(`creditProfile.riskLevel.${r}`);
  if (q.error) {
    return <ErrorResult error={q.error} onRetry={() => q.refetch()} />;
  }
  return (
    <div style={{ maxWidth: 900 }}>
      <PageHeader title={t('creditMatrix.title')} testId="page-credit-matrix" />
      <Typography.Paragraph>{t('creditMatrix.intro')}</Typography.Paragraph>
      {q.isLoading || !q.data ? (
        <Skeleton active />
      ) : (
        <Card size="small">
          <Alert
            style={{ marginBottom: 12 }}
            type="info"
            message={
              q.data.saved
                ? t('creditMatrix.savedAt', { at: new Date(q.data.updatedAt ?? '').toLocaleString('zh-CN') })
                : t('creditMatrix.default')
            }
          />
          <Table<Cell & { i: number }>
            rowKey={(r) => `${r.grade}-${r.risk}`}
            size="small"
            pagination={false}
            dataSource={cells.map((c, i) => ({ ...c, i }))}
            columns={[
              { title: t('creditMatrix.grade'), dataIndex: 'grade' },
              { title: t('creditMatrix.risk'), render: (_, r) => risk(r.risk) },
              {
                title: t('creditMatrix.ratio'),
                render: (_, r) => (
                  <InputNumber
                    aria-label={t('creditMatrix.ratioFor', { grade: r.grade, risk: risk(r.risk) })}
                    value={Math.round(r.samplingRatio * 1000) / 10}
                    onChange={(v) => set(r.i, { samplingRatio: (v ?? 0) / 100 })}
                    data-testid={`matrix-ratio-${r.grade}-${r.risk}`}
                  />
                ),
              },
              {
                title: t('creditMatrix.cap'),
                render: (_, r) => (
                  <InputNumber
                    aria-label={t('creditMatrix.capFor', { grade: r.grade, risk: risk(r.risk) })}
                    value={r.maxRoutinePerYear}
                    onChange={(v) => set(r.i, { maxRoutinePerYear: v ?? null })}
                  />
                ),
              },
              {
                title: t('creditMatrix.self'),
                render: (_, r) => (
                  <Switch
                    aria-label={t('creditMatrix.selfFor', { grade: r.grade, risk: risk(r.risk) })}
                    checked={r.selfInspection}
                    onChange={(v) => set(r.i, { selfInspection: v })}
                  />
                ),
              },
            ]}
          />
          <Button type="primary" style={{ marginTop: 12 }} loading={save.isPending} onClick={() => save.mutate()} data-testid="matrix-save">
            {t('creditMatrix.save')}
          </Button>
        </Card>
      )}
    </div>
  );
}
