/**
 * vue-i18n with the Composition API: Simplified Chinese by default, English as a switch
 * remembered in localStorage. Enumeration labels come from the shared lib in Chinese.
 */
import { createI18n } from 'vue-i18n';
import { en } from './en';
import { zhCN } from './zh-CN';

export type Locale = 'zh-CN' | 'en';
const KEY = 'techmarket.locale';

function initialLocale(): Locale {
  const saved = localStorage.getItem(KEY);
  return saved === 'en' ? 'en' : 'zh-CN';
}

export const i18n = createI18n({
  legacy: false,
  locale: initialLocale(),
  fallbackLocale: 'zh-CN',
  messages: { 'zh-CN': zhCN, en },
  missingWarn: false,
  fallbackWarn: false,
});

export function setLocale(locale: Locale): void {
  i18n.global.locale.value = locale;
  localStorage.setItem(KEY, locale);
  document.documentElement.lang = locale;
}
