import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Drawer, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { calendarApi, calendarKeys, type HolidayArrangement } from '../../api/calendar';
import { ErrorResult } from '../../components/ErrorResult';
import { PageHeader } from '../../components/PageHeader';
import { ArrangementForm } from './calendar/ArrangementForm';

/**
 * 节假日安排: the State Council's arrangement for each year, which every deadline counted in working days reads
 * (docs/contracts/workdays-api.md). A year without one is refused, never guessed — the administrator enters the
 * next year here once the notice is published.
 */
export default function HolidayArrangementsPage() {
  const { t } = useTranslation();
  const q = useQuery({ queryKey: calendarKeys.arrangements, queryFn: calendarApi.arrangements });
  const [editing, setEditing] = useState<{ arrangement: HolidayArrangement | null; year: number } | null>(null);
  if (q.error) {
    return <ErrorResult error={q.error} onRetry={() => q.refetch()} />;
  }
  const years = (q.data ?? []).map((a) => a.year);
  const next = (years.length ? Math.max(...years) : new Date().getFullYear()) + 1;
  return (
    <>
      <PageHeader
        title={t('menu.holidayArrangements')}
        testId="page-holiday-arrangements"
        extra={
          <Button type="primary" onClick={() => setEditing({ arrangement: null, year: next })} data-testid="arrangement-add">
            {t('calendar.addYear', { year: next })}
          </Button>
        }
      />
      <Alert type="info" showIcon style={{ marginBottom: 16 }} message={t('calendar.help')} />
      <Card>
        <Table<HolidayArrangement>
          rowKey="year"
          loading={q.isLoading}
          dataSource={q.data ?? []}
          pagination={false}
          scroll={{ x: 800 }}
          columns={[
            { title: t('calendar.year'), dataIndex: 'year', width: 90 },
            { title: t('calendar.source'), dataIndex: 'source' },
            {
              title: t('calendar.holidays'),
              render: (_, a) =>
                a.holidays.map((h) => (
                  <Tag key={h.from}>
                    {h.name} {h.from.slice(5)}～{h.to.slice(5)}
                  </Tag>
                )),
            },
            { title: t('calendar.workdays'), render: (_, a) => a.workdays.map((d) => d.slice(5)).join('、') || '—' },
            {
              title: t('common.actions'),
              width: 100,
              render: (_, a) => (
                <Button size="small" onClick={() => setEditing({ arrangement: a, year: a.year })}>
                  {t('common.edit')}
                </Button>
              ),
            },
          ]}
        />
      </Card>
      <Drawer
        open={editing !== null}
        width={640}
        destroyOnHidden
        title={editing ? t('calendar.editTitle', { year: editing.year }) : ''}
        onClose={() => setEditing(null)}
      >
        {editing && <ArrangementForm arrangement={editing.arrangement} year={editing.year} onSaved={() => setEditing(null)} />}
      </Drawer>
    </>
  );
}
