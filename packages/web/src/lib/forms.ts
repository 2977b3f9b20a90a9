import type { FormInstance, FormRule as Rule } from 'antd';
import type { FieldError } from '../api/client';
import { isApiError } from '../api/client';

type SafeParser = { safeParse: (v: unknown) => { success: true } | { success: false; error: { issues: { message: string }[] } } };

/**
 * An antd rule that validates with a contracts zod schema, so the form says what the server would.
 * Empty values pass (use `required` for those), unless `checkEmpty` is set.
 */
export function zodRule(schema: SafeParser, checkEmpty = false): Rule {
  return {
    validator: async (_rule, value: unknown) => {
      if (!checkEmpty && (value === undefined || value === null || value === '')) {
        return;
      }
      const r = schema.safeParse(value);
      if (!r.success) {
        throw new Error(r.error.issues[0]?.message ?? '');
      }
    },
  };
}

function namePath(path: string): (string | number)[] {
  return path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

/**
 * Puts the server's `error.fields[]` on the form's fields. Returns the errors that match no field
 * (shown with the general message instead).
 */
export function applyFieldErrors(form: FormInstance, error: unknown, fieldNames: readonly string[]): FieldError[] {
  if (!isApiError(error) || error.fields.length === 0) {
    return [];
  }
  const known = new Set(fieldNames);
  const matched: { name: (string | number)[]; errors: string[] }[] = [];
  const rest: FieldError[] = [];
  for (const f of error.fields) {
    const top = f.path.split('.')[0] ?? '';
    if (known.has(f.path)) {
      matched.push({ name: namePath(f.path), errors: [f.message] });
    } else if (known.has(top)) {
      matched.push({ name: [top], errors: [f.message] });
    } else {
      rest.push(f);
    }
  }
  if (matched.length > 0) {
    form.setFields(matched);
    form.scrollToField(matched[0]?.name ?? [], { block: 'center' });
  }
  return rest;
}

/** '' → null for optional text fields (the contracts accept null, not an empty string). */
export function blankToNull(v: string | null | undefined): string | null {
  if (v === undefined || v === null) {
    return null;
  }
  const t = v.trim();
  return t === '' ? null : t;
}

/**
 * A form's `onKeyDown`: Enter inside a date picker commits the typed date instead of submitting the form,
 * so a date still being typed is never silently dropped from the submission.
 */
export function keepEnterInDatePickers(e: { key: string; target: EventTarget; preventDefault(): void }): void {
  if (e.key === 'Enter' && e.target instanceof HTMLElement && e.target.closest('.ant-picker')) {
    e.preventDefault();
  }
}
