import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isApiError } from '../api/client';

/** A failed page load: 404 (missing or out of scope) or the server's message. */
export function ErrorResult({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const notFound = isApiError(error) && error.status === 404;
  const message = isApiError(error) ? error.message : '';
  return (
    <Result
      status={notFound ? '404' : 'error'}
      title={notFound ? t('error.notFoundTitle') : t('error.loadFailed')}
      subTitle={message || t('error.networkDetail')}
      data-testid="error-result"
      extra={[
        onRetry && !notFound ? (
          <Button key="retry" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        ) : null,
        <Link key="home" to="/">
          <Button type="primary">{t('common.backHome')}</Button>
        </Link>,
      ]}
    />
  );
}
