import { isMerchant } from '@/lib/auth/access';
import { getViewer } from '@/lib/auth/viewer';
import type { Locale } from '@/lib/i18n/locales';
import { textsOf } from '@/lib/i18n/texts';
import { LanguageSwitcher } from './language-switcher';
import { SignOutButton } from './sign-out-button';

/**
 * `path`: this page's address, where the language switcher comes back to. Plain links, not
 * `next/link`: its client code (2.7 kB gzipped on every page) and its prefetches (a request to the
 * server per link in view) buy little for pages that are rendered per request anyway.
 */
export async function SiteHeader({ locale, path }: { locale: Locale; path: string }) {
  const viewer = await getViewer();
  const t = textsOf(locale, 'site', ['nav', 'shop', 'cart', 'account', 'dashboard', 'signIn', 'signOut', 'language', 'languageSubmit']);
  return (
    <header className="site-header">
      <nav aria-label={t.nav}>
        <a href="/" className="brand">
          Kadens
        </a>
        <a href="/">{t.shop}</a>
        <a href="/cart">{t.cart}</a>
        {viewer?.customerId && <a href="/account">{t.account}</a>}
        {isMerchant(viewer) && <a href="/dashboard">{t.dashboard}</a>}
        {viewer ? (
          <SignOutButton email={viewer.email} label={t.signOut} />
        ) : (
          <a href="/signin" data-testid="header-sign-in">
            {t.signIn}
          </a>
        )}
        <LanguageSwitcher locale={locale} returnTo={path} texts={{ language: t.language, submit: t.languageSubmit }} />
      </nav>
    </header>
  );
}
