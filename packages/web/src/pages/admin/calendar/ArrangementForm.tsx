import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Form, Input, InputNumber, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { calendarApi, calendarKeys, type HolidayArrangement } from '../../../api/calendar';
import { showError, showSuccess } from '../../../app/feedback';
import { DatePicker } from '../../../components/DateInput';
import { applyFieldErrors, keepEnterInDatePickers } from '../../../lib/forms';

type Values = {
  year: number;
  source: string;
  holidays: { name: string; from: Dayjs; to: Dayjs }[];
  workdays: Dayjs[];
};

const DAY = 'YYYY-MM-DD';

function valuesOf(a: HolidayArrangement | null, year: number): Values {
  if (!a) {
    return { year, source: '', holidays: [{ name: '', from: dayjs(`${year}-01-01`), to: dayjs(`${year}-01-01`) }], workdays: [] };
  }
  return {
    year: a.year,
    source: a.source,
    holidays: a.holidays.map((h) => ({ name: h.name, from: dayjs(h.from), to: dayjs(h.to) })),
    workdays: a.workdays.map((d) => dayjs(d)),
  };
}

/** One year's arrangement as the notice gives it: its source, the holiday blocks and the adjusted working weekends. */
export function ArrangementForm({
  arrangement,
  year,
  onSaved,
}: {
  arrangement: HolidayArrangement | null;
  year: number;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [form] = Form.useForm<Values>();
  const save = useMutation({
    mutationFn: (v: Values) =>
      calendarApi.save(v.year, {
        source: v.source,
        holidays: v.holidays.map((h) => ({ name: h.name, from: h.from.format(DAY), to: h.to.format(DAY) })),
        workdays: [...(v.workdays ?? [])].sort((a, b) => a.valueOf() - b.valueOf()).map((d) => d.format(DAY)),
      }),
    onSuccess: () => {
      qc.invalidateQueries({ queryKey: calendarKeys.arrangements });
      showSuccess(t('common.saved'));
      onSaved();
    },
    onError: (e) => {
      // The server names `holidays.N.from|to` and `workdays.N`: show them on the block or on the list.
      const rest = applyFieldErrors(form, e, ['source', 'holidays', 'workdays']);
      showError(e, rest);
    },
  });
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      initialValues={valuesOf(arrangement, year)}
      onFinish={(v) => save.mutate(v)}
      onKeyDown={keepEnterInDatePickers}
      data-testid="arrangement-form"
    >
      <Form.Item name="year" label={t('calendar.year')} rules={[{ required: true, message: t('calendar.yearRequired') }]}>
        <InputNumber min={2000} max={2100} precision={0} disabled={arrangement !== null} data-testid="arrangement-year" />
      </Form.Item>
      <Form.Item
        name="source"
        label={t('calendar.source')}
        rules={[{ required: true, whitespace: true, message: t('calendar.sourceRequired') }]}
      >
        <Input placeholder={t('calendar.sourcePlaceholder')} maxLength={200} data-testid="arrangement-source" />
      </Form.Item>
      <Form.List name="holidays">
        {(fields, { add, remove }) => (
          <Form.Item label={t('calendar.holidays')} required>
            {fields.map((f) => (
              <Space key={f.key} align="baseline" wrap>
                <Form.Item
                  name={[f.name, 'name']}
                  rules={[{ required: true, whitespace: true, message: t('calendar.holidayNameRequired') }]}
                >
                  <Input placeholder={t('calendar.holidayName')} aria-label={t('calendar.holidayName')} style={{ width: 160 }} />
                </Form.Item>
                <Form.Item name={[f.name, 'from']} rules={[{ required: true, message: t('calendar.fromRequired') }]}>
                  <DatePicker format={DAY} placeholder={t('calendar.from')} aria-label={t('calendar.from')} />
                </Form.Item>
                <Form.Item name={[f.name, 'to']} rules={[{ required: true, message: t('calendar.toRequired') }]}>
                  <DatePicker format={DAY} placeholder={t('calendar.to')} aria-label={t('calendar.to')} />
                </Form.Item>
                {fields.length > 1 && <MinusCircleOutlined aria-label={t('common.delete')} onClick={() => remove(f.name)} />}
              </Space>
            ))}
            <Button type="dashed" onClick={() => add({ name: '' })} icon={<PlusOutlined />}>
              {t('calendar.addHoliday')}
            </Button>
          </Form.Item>
        )}
      </Form.List>
      <Form.Item name="workdays" label={t('calendar.workdays')} extra={t('calendar.workdaysHelp')}>
        <DatePicker multiple format={DAY} style={{ width: '100%' }} aria-label={t('calendar.workdays')} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={save.isPending} disabled={save.isPending} data-testid="arrangement-save">
        {t('common.save')}
      </Button>
    </Form>
  );
}
