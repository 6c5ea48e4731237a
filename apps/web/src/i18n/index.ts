/**
 * vue-i18n with the Composition API: Simplified Chinese by default and always loaded; English,
 * behind the switch and remembered in localStorage, is fetched the first time it is needed.
 * Enumeration labels come from the shared lib in Chinese. The build compiles both message files
 * ahead of time and ships vue-i18n's runtime without its message compiler (vite.config.ts).
 */
import { createI18n } from 'vue-i18n';
import zhCN from './zh-CN';

export type Messages = typeof zhCN;

export type Locale = 'zh-CN' | 'en';
const KEY = 'techmarket.locale';

export function savedLocale(): Locale {
  return localStorage.getItem(KEY) === 'en' ? 'en' : 'zh-CN';
}

export const i18n = createI18n<[Messages], Locale, false>({
  legacy: false,
  locale: 'zh-CN',
  fallbackLocale: 'zh-CN',
  messages: { 'zh-CN': zhCN } as Record<Locale, Messages>,
  missingWarn: false,
  fallbackWarn: false,
});

/** Switches the language (loading English on first use) and tells the document. */
export async function setLocale(locale: Locale): Promise<void> {
  if (locale === 'en' && !i18n.global.availableLocales.includes('en')) {
    const en: Messages = (await import('./en')).default;
    i18n.global.setLocaleMessage('en', en);
  }
  i18n.global.locale.value = locale;
  localStorage.setItem(KEY, locale);
  document.documentElement.lang = locale;
}
