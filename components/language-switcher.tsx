import { chooseLanguageAction } from '@/lib/actions/i18n/choose-language-action';
import { locales, type Locale } from '@/lib/i18n/locales';

/** Each language by its own name, as a reader of it looks for it. */
const NAMES: Record<Locale, string> = { en: 'English', nl: 'Nederlands', de: 'Deutsch', nb: 'Norsk bokmål' };

/**
 * The header's language choice: a plain form of the server's, so it works with the keyboard and
 * before the page's JavaScript has loaded, and ships no client code of its own. Back to this page
 * in the chosen language: the action goes back to the page the form was sent from, `returnTo`
 * (the address the server rendered) when the browser does not say.
 */
export function LanguageSwitcher({ locale, returnTo, texts }: { locale: Locale; returnTo: string; texts: { language: string; submit: string } }) {
  return (
    <form action={chooseLanguageAction} className="row" data-testid="language-switcher">
      <input type="hidden" name="returnTo" value={returnTo} />
      <select name="locale" defaultValue={locale} aria-label={texts.language} data-testid="language-choice">
        {locales.map((code) => (
          <option key={code} value={code} lang={code}>
            {NAMES[code]}
          </option>
        ))}
      </select>
      <button type="submit" className="secondary" data-testid="language-submit">
        {texts.submit}
      </button>
    </form>
  );
}
