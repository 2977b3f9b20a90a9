import { SafetyCertificateFilled } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

/** The platform's name with its mark, as the header and the login page show it. */
export function PlatformMark({ compact = false, large = false }: { compact?: boolean; large?: boolean }) {
  const { t } = useTranslation();
  return (
    <div className={large ? 'rx-mark rx-mark-large' : 'rx-mark'}>
      <SafetyCertificateFilled className="rx-mark-icon" aria-hidden />
      <div className="rx-mark-text">
        <div className="rx-mark-title" data-testid="platform-name">
          {t('app.name')}
        </div>
        {!compact && <div className="rx-mark-sub">{t('app.subtitle')}</div>}
      </div>
    </div>
  );
}
