import { App } from 'antd';
import type { MessageInstance } from 'antd/es/message/interface';
import type { NotificationInstance } from 'antd/es/notification/interface';
import type { FieldError } from '../api/client';
import { isApiError } from '../api/client';
import i18n from '../i18n';

let notify: NotificationInstance | null = null;
let toast: MessageInstance | null = null;

/** Hands antd's context-aware message/notification to code outside components (query caches). */
export function FeedbackBridge() {
  const app = App.useApp();
  notify = app.notification;
  toast = app.message;
  return null;
}

/**
 * The title of a refusal: 输入有误 only for input the server could not accept (VALIDATION), 数据已变化 only
 * for a stale version; a business rule's refusal (a module's own code) reads 无法办理 (issue 14 defect 9).
 */
export function titleFor(status: number, code = ''): string {
  if ((status === 409 || status === 422) && code && !['VALIDATION', 'BAD_REQUEST', 'CONFLICT.VERSION', 'CONFLICT'].includes(code)) {
    return code === 'CONFLICT.DUPLICATE' ? i18n.t('error.duplicate') : i18n.t('error.refused');
  }
  if (status === 0) {
    return i18n.t('error.network');
  }
  if (status === 401) {
    return i18n.t('error.unauthenticated');
  }
  if (status === 403) {
    return i18n.t('error.forbidden');
  }
  if (status === 404) {
    return i18n.t('error.notFound');
  }
  if (status === 409) {
    return i18n.t('error.conflict');
  }
  if (status === 413 || status === 415 || status === 422) {
    return i18n.t('error.invalid');
  }
  return i18n.t('error.failed');
}

/** Shows an API error with the server's Chinese message (and any field errors no form field took). */
export function showError(error: unknown, extraFields: FieldError[] = []): void {
  const status = isApiError(error) ? error.status : -1;
  const code = isApiError(error) ? error.code : '';
  const serverMessage = isApiError(error) ? error.message : error instanceof Error ? error.message : String(error);
  const description = errorDescription(serverMessage || i18n.t('error.networkDetail'), extraFields);
  if (notify) {
    notify.error({ title: titleFor(status, code), description, style: { whiteSpace: 'pre-line' }, placement: 'topRight' });
  }
}

/**
 * A field error no form field took, named by its Chinese label (`fieldLabels.*`, by its full path or its
 * last part); a field without a label (or named in the message already) shows the server's message alone, never the raw path.
 */
export function fieldLine(f: FieldError): string {
  const last =
    f.path
      .split('.')
      .filter((p) => !/^\d+$/.test(p))
      .pop() ?? '';
  const label =
    i18n.t(`fieldLabels.${f.path.replaceAll('.', '_')}`, { defaultValue: '' }) ||
    (last ? i18n.t(`fieldLabels.${last}`, { defaultValue: '' }) : '');
  if (!label || f.message.includes(label)) {
    return f.message;
  }
  return `${label}：${f.message}`;
}

/** The server's message, then each field error not already said by it (a message is never printed twice). */
export function errorDescription(message: string, fields: FieldError[]): string {
  const lines = fields.filter((f) => !message.includes(f.message)).map(fieldLine);
  return [message, ...new Set(lines)].join('\n');
}

export function showSuccess(text: string): void {
  toast?.success(text);
}
