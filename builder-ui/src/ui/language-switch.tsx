/** Tiếng Việt / English toggle; Vietnamese is the default. */
import { useLang } from '../i18n/lang';

/** Two buttons; the pressed one is the current language. */
export function LanguageSwitch() {
  const { lang, setLang } = useLang();
  return (
    <fieldset className="lang" aria-label="Ngôn ngữ / Language">
      <button type="button" aria-pressed={lang === 'vi'} onClick={() => setLang('vi')} lang="vi">
        Tiếng Việt
      </button>
      <button type="button" aria-pressed={lang === 'en'} onClick={() => setLang('en')} lang="en">
        English
      </button>
    </fieldset>
  );
}
