import type { MeasureType } from '@rouxing/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Checkbox, Form, InputNumber, Skeleton, Table } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { type FollowUpSetting, registerApi, registerKeys } from '../../api/registers';
import { showError, showSuccess } from '../../app/feedback';
import { ErrorResult } from '../../components/ErrorResult';

type Values = { none: Partial<Record<MeasureType, boolean>>; days: Partial<Record<MeasureType, number | null>> };

function valuesOf(rows: readonly FollowUpSetting[]): Values {
  const v: Values = { none: {}, days: {} };
  for (const r of rows) {
    v.none[r.measureType] = r.days === null;
    v.days[r.measureType] = r.days ?? r.defaultDays ?? 30;
  }
  return v;
}

/** 回访期限 (常政办发〔2025〕5号 第五项): days after completion per measure type, or no visit; a reviewer of the department sets them. */
export function FollowUpSettingsCard({ editable }: { editable: boolean }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [form] = Form.useForm<Values>();
  const q = useQuery({ queryKey: registerKeys.followUpSettings, queryFn: registerApi.followUpSettings, staleTime: 0 });
  const none = Form.useWatch('none', form) ?? {};
  useEffect(() => {
    if (q.data) {
      form.setFieldsValue(valuesOf(q.data));
    }
  }, [q.data, form]);
  const save = useMutation({
    mutationFn: (v: Values) => {
      const body: Partial<Record<MeasureType, number | null>> = {};
      for (const r of q.data ?? []) {
        body[r.measureType] = v.none[r.measureType] ? null : (v.days[r.measureType] ?? null);
      }
      return registerApi.setFollowUpSettings(body);
    },
    onSuccess: (rows) => {
      qc.setQueryData(registerKeys.followUpSettings, rows);
      showSuccess(t('common.saved'));
    },
    onError: (e) => showError(e),
  });
  if (q.isLoading) {
    return <Skeleton active />;
  }
  if (q.error || !q.data) {
    return <ErrorResult error={q.error} onRetry={() => q.refetch()} />;
  }
  return (
    <Card title={t('caseSettings.followUpTitle')} data-testid="follow-up-settings">
      <p>{t('caseSettings.followUpHelp')}</p>
      <Form<Values> form={form} onFinish={(v) => save.mutate(v)} disabled={!editable}>
        <Table<FollowUpSetting>
          rowKey="measureType"
          size="small"
          pagination={false}
          dataSource={q.data}
          columns={[
            { title: t('case.measureForm.type'), dataIndex: 'measureType', render: (m: MeasureType) => t(`case.measureTypes.${m}`) },
            {
              title: t('caseSettings.days'),
              width: 170,
              render: (_, r) => (
                <Form.Item name={['days', r.measureType]} noStyle>
                  <InputNumber
                    min={1}
                    max={365}
                    precision={0}
                    suffix={t('caseSettings.daysUnit')}
                    disabled={!editable || !!none[r.measureType]}
                    aria-label={`${t(`case.measureTypes.${r.measureType}`)} ${t('caseSettings.days')}`}
                    data-testid={`follow-up-days-${r.measureType}`}
                    style={{ width: 140 }}
                  />
                </Form.Item>
              ),
            },
            {
              title: t('caseSettings.noVisit'),
              width: 110,
              render: (_, r) => (
                <Form.Item name={['none', r.measureType]} valuePropName="checked" noStyle>
                  <Checkbox data-testid={`follow-up-none-${r.measureType}`}>{t('caseSettings.noVisit')}</Checkbox>
                </Form.Item>
              ),
            },
            {
              title: t('caseSettings.default'),
              width: 110,
              render: (_, r) => (
                <span className="rx-muted">
                  {r.defaultDays === null ? t('caseSettings.noVisit') : t('caseSettings.daysValue', { days: r.defaultDays })}
                </span>
              ),
            },
          ]}
        />
        {editable && (
          <Button type="primary" htmlType="submit" loading={save.isPending} style={{ marginTop: 16 }} data-testid="follow-up-save">
            {t('common.save')}
          </Button>
        )}
      </Form>
    </Card>
  );
}
