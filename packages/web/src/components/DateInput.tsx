/**
 * The date fields of every form: antd's DatePicker and RangePicker, with the typed text checked
 * (issue 14, defect 2). antd drops a date that does not exist (2026-02-30) silently, and Enter in the
 * field used to submit the form with the old value. Here Enter in a date field never submits the form
 * (it only commits the date typed), and a typed date that does not exist is shown as a Chinese error on
 * the field instead of being dropped. Import `DatePicker` from here, not from antd.
 */
import { DatePicker as AntDatePicker } from 'antd';
import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import { type ComponentProps, type KeyboardEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

dayjs.extend(customParseFormat);

const DAY = 'YYYY-MM-DD';

type PickerProps = ComponentProps<typeof AntDatePicker>;
type RangeProps = ComponentProps<typeof AntDatePicker.RangePicker>;

/** The typed text when it is not a date that exists in the field's format; null when it is (or is empty). */
export function invalidDateText(text: string, format: unknown): string | null {
  const t = text.trim();
  if (t === '') {
    return null;
  }
  const formats = (Array.isArray(format) ? format : [format ?? DAY]).filter((f): f is string => typeof f === 'string');
  return formats.some((f) => dayjs(t, f, true).isValid()) ? null : t;
}

/** Checks the field's text on Enter (never submitting the form) and when the field is left. */
function useDateGuard(format: unknown, checked: boolean) {
  const { t } = useTranslation();
  const [bad, setBad] = useState<string | null>(null);
  const check = (target: EventTarget | null) => {
    if (checked && target instanceof HTMLInputElement) {
      const text = invalidDateText(target.value, format);
      setBad(text === null ? null : t('form.invalidDate', { text }));
    }
  };
  return {
    bad,
    clear: () => setBad(null),
    onKeyDown: (e: KeyboardEvent<HTMLElement>) => {
      if (e.key === 'Enter') {
        // Enter commits the date typed; it does not send the form with whatever the field held before.
        e.preventDefault();
        check(e.target);
      }
    },
    onBlur: (e: { target: EventTarget | null }) => check(e.target),
  };
}

function DateError({ text }: { text: string | null }) {
  return text ? (
    <div className="ant-form-item-explain-error" role="alert" data-testid="date-error">
      {text}
    </div>
  ) : null;
}

function DateInput(props: PickerProps) {
  const g = useDateGuard(props.format, !props.picker || props.picker === 'date');
  return (
    <>
      <AntDatePicker
        {...props}
        status={g.bad ? 'error' : props.status}
        onKeyDown={(e, preventDefault) => {
          g.onKeyDown(e);
          props.onKeyDown?.(e, preventDefault);
        }}
        onBlur={(e, info) => {
          g.onBlur(e);
          props.onBlur?.(e, info);
        }}
        onChange={(...a: Parameters<NonNullable<PickerProps['onChange']>>) => {
          g.clear();
          props.onChange?.(...a);
        }}
      />
      <DateError text={g.bad} />
    </>
  );
}

function DateRangeInput(props: RangeProps) {
  const g = useDateGuard(props.format, !props.picker || props.picker === 'date');
  return (
    <>
      <AntDatePicker.RangePicker
        {...props}
        status={g.bad ? 'error' : props.status}
        onKeyDown={(e, preventDefault) => {
          g.onKeyDown(e);
          props.onKeyDown?.(e, preventDefault);
        }}
        onBlur={(e, info) => {
          g.onBlur(e);
          props.onBlur?.(e, info);
        }}
        onChange={(...a: Parameters<NonNullable<RangeProps['onChange']>>) => {
          g.clear();
          props.onChange?.(...a);
        }}
      />
      <DateError text={g.bad} />
    </>
  );
}

/** Drop-in for antd's `DatePicker` (with `DatePicker.RangePicker`). */
export const DatePicker = Object.assign(DateInput, { RangePicker: DateRangeInput });
