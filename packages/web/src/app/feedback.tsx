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

function titleFor(status: number): string {
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
  const serverMessage = isApiError(error) ? error.message : error instanceof Error ? error.message : String(error);
  const lines = extraFields.map((f) => `${f.path}：${f.message}`);
  const description = [serverMessage || i18n.t('error.networkDetail'), ...lines].join('\n');
  if (notify) {
    notify.error({ title: titleFor(status), description, style: { whiteSpace: 'pre-line' }, placement: 'topRight' });
  }
}

export function showSuccess(text: string): void {
  toast?.success(text);
}
