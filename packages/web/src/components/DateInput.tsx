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
import { type ComponentProps, type KeyboardEvent, type RefObject, useEffect, useRef, useState } from 'react';
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

/**
 * Checks the field's text on Enter (never submitting the form) and when the field is left. The text typed is
 * followed as it is typed: antd puts the old value back into the field when it loses focus, so a click on
 * 提交 (the field loses focus first) must not find the old value there and send it. While a typed date does
 * not exist, the form's submit event is stopped before antd's Form sees it (issue 14 defect 4).
 */
function useDateGuard(format: unknown, checked: boolean) {
  const { t } = useTranslation();
  const [bad, setBad] = useState<string | null>(null);
  const typed = useRef(new Map<EventTarget, string | null>());
  const marker = useRef<HTMLSpanElement>(null);
  const firstBad = () => [...typed.current.values()].find((v) => v !== null) ?? null;
  const show = () => {
    const text = firstBad();
    setBad(text === null ? null : t('form.invalidDate', { text }));
  };
  useEffect(() => {
    const picker = marker.current?.previousElementSibling;
    const form = marker.current?.closest('form');
    if (!checked || !picker) {
      return;
    }
    const onInput = (e: Event) => {
      if (e.target instanceof HTMLInputElement) {
        typed.current.set(e.target, invalidDateText(e.target.value, format));
      }
    };
    const onSubmit = (e: Event) => {
      if (firstBad() !== null) {
        e.preventDefault();
        e.stopPropagation();
        show();
      }
    };
    picker.addEventListener('input', onInput);
    form?.addEventListener('submit', onSubmit);
    return () => {
      picker.removeEventListener('input', onInput);
      form?.removeEventListener('submit', onSubmit);
    };
  });
  return {
    bad,
    marker: marker as RefObject<HTMLSpanElement>,
    clear: () => {
      typed.current.clear();
      setBad(null);
    },
    onKeyDown: (e: KeyboardEvent<HTMLElement>) => {
      if (e.key === 'Enter') {
        // Enter commits the date typed; it does not send the form with whatever the field held before.
        e.preventDefault();
        show();
      }
    },
    onBlur: () => show(),
  };
}

function DateError({ text, marker }: { text: string | null; marker: RefObject<HTMLSpanElement> }) {
  return (
    <>
      <span ref={marker} hidden />
      {text ? (
        <div className="ant-form-item-explain-error" role="alert" data-testid="date-error">
          {text}
        </div>
      ) : null}
    </>
  );
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
          g.onBlur();
          props.onBlur?.(e, info);
        }}
        onChange={(...a: Parameters<NonNullable<PickerProps['onChange']>>) => {
          g.clear();
          props.onChange?.(...a);
        }}
      />
      <DateError text={g.bad} marker={g.marker} />
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
          g.onBlur();
          props.onBlur?.(e, info);
        }}
        onChange={(...a: Parameters<NonNullable<RangeProps['onChange']>>) => {
          g.clear();
          props.onChange?.(...a);
        }}
      />
      <DateError text={g.bad} marker={g.marker} />
    </>
  );
}

/** Drop-in for antd's `DatePicker` (with `DatePicker.RangePicker`). */
export const DatePicker = Object.assign(DateInput, { RangePicker: DateRangeInput });
