import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { az } from './locales/az';
import { en } from './locales/en';
import { ru } from './locales/ru';
import './types';

export const LANGUAGES = ['en', 'az', 'ru'] as const;
export type Language = (typeof LANGUAGES)[number];

export const resources = {
  en: { translation: en },
  az: { translation: az },
  ru: { translation: ru },
} as const;

export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

/** The first of the system's preferred languages that Habeas speaks, else English. */
export function pickLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0] ?? '';
    if (isLanguage(base)) return base;
  }
  return 'en';
}

/**
 * The app's i18next instance. The language lives in memory only: the renderer keeps nothing
 * persistent, so after a reload (every lock reloads) it starts from the system language again.
 */
export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources,
  lng: pickLanguage(typeof navigator === 'undefined' ? [] : navigator.languages),
  fallbackLng: 'en',
  supportedLngs: [...LANGUAGES],
  interpolation: { escapeValue: false }, // React escapes
  returnNull: false,
  initAsync: false,
});

function reflectLanguage(lng: string): void {
  if (typeof document !== 'undefined') document.documentElement.lang = lng;
}
reflectLanguage(i18n.language);
i18n.on('languageChanged', reflectLanguage);

export function currentLanguage(): Language {
  const lng = i18n.resolvedLanguage ?? i18n.language;
  return isLanguage(lng) ? lng : 'en';
}
