/**
 * Language of the page: Vietnamese by default, English on request; remembered per browser.
 * Texts live next to the components as `L('…', '…')` pairs so the Vietnamese is never missing.
 */
import { createContext, type ReactNode, useContext, useEffect, useState } from 'react';

export type Lang = 'vi' | 'en';

/** A text from the catalog or the API: Vietnamese always, English when available. */
export interface Localized {
  vi: string;
  en?: string;
}

interface LangState {
  lang: Lang;
  setLang(lang: Lang): void;
}

const STORAGE_KEY = 'tthc.lang';
const LangContext = createContext<LangState>({ lang: 'vi', setLang: () => {} });

function initialLang(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

/** Provides the current language to the tree and keeps `<html lang>` in step for screen readers. */
export function LangProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLang);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const setLang = (next: Lang) => {
    setLangState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Private mode: the choice lasts for this page only.
    }
  };
  return <LangContext.Provider value={{ lang, setLang }}>{children}</LangContext.Provider>;
}

/** The language and its setter. */
export function useLang(): LangState {
  return useContext(LangContext);
}

/**
 * Helpers bound to the current language: `L(vi, en)` picks a UI text, `tx(text)` a catalog text
 * (falling back to Vietnamese when the English is missing).
 */
export function useText() {
  const { lang } = useLang();
  const L = (vi: string, en: string) => (lang === 'vi' ? vi : en);
  const tx = (text: Localized | string | undefined | null): string => {
    if (text == null) return '';
    if (typeof text === 'string') return text;
    return lang === 'en' && text.en ? text.en : text.vi;
  };
  return { lang, L, tx };
}
