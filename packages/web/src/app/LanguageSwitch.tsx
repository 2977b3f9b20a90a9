import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';

/** 中文 / English: switches the texts, antd's locale and dayjs together (see App). */
export function LanguageSwitch({ dark = false }: { dark?: boolean }) {
  const { t, i18n } = useTranslation();
  return (
    <Segmented
      data-testid="lang-switch"
      size="small"
      className={dark ? 'rx-lang rx-lang-dark' : 'rx-lang'}
      value={i18n.language === 'en-US' ? 'en-US' : 'zh-CN'}
      options={[
        { label: t('language.zh'), value: 'zh-CN' },
        { label: t('language.en'), value: 'en-US' },
      ]}
      onChange={(v) => {
        void i18n.changeLanguage(String(v));
      }}
      aria-label={t('language.label')}
    />
  );
}
