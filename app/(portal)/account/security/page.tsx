import Link from 'next/link';
import { PasswordAndSessions } from '@/components/auth/password-and-sessions';
import { hasPassword } from '@/db/queries/auth/has-password';
import { changePasswordAction } from '@/lib/actions/auth/change-password-action';
import { signOutEverywhereAction } from '@/lib/actions/auth/sign-out-everywhere-action';
import { requireCustomerPage } from '@/lib/auth/guards';
import { getPageLocale } from '@/lib/auth/page-locale';
import { getTranslator } from '@/lib/i18n/translator';

export const dynamic = 'force-dynamic';

export async function generateMetadata() {
  return { title: getTranslator(await getPageLocale(), 'portal.account')('security') };
}

export default async function AccountSecurityPage({ searchParams }: { searchParams: Promise<{ changed?: string }> }) {
  const viewer = await requireCustomerPage('/account/security');
  const [{ changed }, withPassword, locale] = await Promise.all([searchParams, hasPassword(viewer.userId), getPageLocale()]);
  const t = getTranslator(locale, 'portal.account');
  return (
    <>
      <p>
        <Link href="/account">{t('back')}</Link>
      </p>
      <h1>{t('security')}</h1>
      <PasswordAndSessions
        changePassword={changePasswordAction}
        signOutEverywhere={signOutEverywhereAction}
        hasPassword={withPassword}
        changed={Boolean(changed)}
        locale={locale}
      />
    </>
  );
}
