// 中文 / English: switches the whole app at once and is remembered for the next start.
import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { languages } from '../../../shared/i18n/validation';
import { currentLanguage, setLanguage } from '../i18n/i18n';

export function LanguageSwitch({ size = 'middle' }: { size?: 'small' | 'middle' }) {
  const { t, i18n } = useTranslation();
  // Read through i18n so this re-renders when the language changes elsewhere.
  const value = i18n.language ? currentLanguage() : 'zh-CN';
  return (
    <Segmented
      size={size}
      aria-label={t('language.label')}
      value={value}
      onChange={(lang) => setLanguage(lang)}
      options={languages.map((lang) => ({ value: lang, label: t(`language.${lang}`) }))}
    />
  );
}
