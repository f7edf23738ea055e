// Sets up i18next with both catalogues, remembers the chosen language and keeps dayjs in step with it.
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { type Language, languages } from '../../../shared/i18n/validation';
import { en } from './en';
import { zhCN } from './zh-CN';

export const languageStorageKey = 'griddesk.lang';

const dayjsLocales: Record<Language, string> = { 'zh-CN': 'zh-cn', en: 'en' };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

function storedLanguage(): Language {
  try {
    const value = localStorage.getItem(languageStorageKey);
    return isLanguage(value) ? value : 'zh-CN';
  } catch {
    // Storage can be unavailable (privacy settings); the default language still works.
    return 'zh-CN';
  }
}

function applyLanguage(lang: string): void {
  const language = isLanguage(lang) ? lang : 'zh-CN';
  dayjs.locale(dayjsLocales[language]);
  document.documentElement.lang = language;
}

i18next.on('languageChanged', applyLanguage);

void i18next.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
  lng: storedLanguage(),
  fallbackLng: 'zh-CN',
  supportedLngs: languages,
  // The catalogues are bundled, so there is nothing to wait for: the first render is already translated.
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

export function currentLanguage(): Language {
  return isLanguage(i18next.language) ? i18next.language : 'zh-CN';
}

export function setLanguage(lang: Language): void {
  try {
    localStorage.setItem(languageStorageKey, lang);
  } catch {
    // Not remembered across starts, but switched for this one.
  }
  void i18next.changeLanguage(lang);
}

export { i18next };
