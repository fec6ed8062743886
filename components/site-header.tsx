import Link from 'next/link';
import { isMerchant } from '@/lib/auth/access';
import { getViewer } from '@/lib/auth/viewer';
import type { Locale } from '@/lib/i18n/locales';
import { textsOf } from '@/lib/i18n/texts';
import { LanguageSwitcher } from './language-switcher';
import { SignOutButton } from './sign-out-button';

/** `path`: this page's address, where the language switcher comes back to. */
export async function SiteHeader({ locale, path }: { locale: Locale; path: string }) {
  const viewer = await getViewer();
  const t = textsOf(locale, 'site', ['nav', 'shop', 'cart', 'account', 'dashboard', 'signIn', 'signOut', 'language', 'languageSubmit']);
  return (
    <header className="site-header">
      <nav aria-label={t.nav}>
        <Link href="/" className="brand">
          Kadens
        </Link>
        <Link href="/">{t.shop}</Link>
        <Link href="/cart">{t.cart}</Link>
        {viewer?.customerId && <Link href="/account">{t.account}</Link>}
        {isMerchant(viewer) && <Link href="/dashboard">{t.dashboard}</Link>}
        {viewer ? (
          <SignOutButton email={viewer.email} label={t.signOut} />
        ) : (
          <Link href="/signin" data-testid="header-sign-in">
            {t.signIn}
          </Link>
        )}
        <LanguageSwitcher locale={locale} returnTo={path} texts={{ language: t.language, submit: t.languageSubmit }} />
      </nav>
    </header>
  );
}
