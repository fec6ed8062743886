import { TokenButtonForm } from '@/components/auth/token-button-form';
import { findUsableAuthToken } from '@/db/queries/auth/find-usable-auth-token';
import { confirmEmailChangeAction } from '@/lib/actions/auth/confirm-email-change-action';
import { getPageLocale } from '@/lib/auth/page-locale';
import { isStaffRole } from '@/lib/auth/permissions';
import { getViewer } from '@/lib/auth/viewer';
import { getTranslator } from '@/lib/i18n/translator';
import { SpentLink } from '../../spent-link';

export const dynamic = 'force-dynamic';

export async function generateMetadata() {
  return { title: getTranslator(await getPageLocale(), 'auth.emailChange')('title'), referrer: 'no-referrer' as const };
}

export default async function ConfirmEmailChangePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [link, locale, viewer] = await Promise.all([findUsableAuthToken(token, 'change-email'), getPageLocale(), getViewer()]);
  const t = getTranslator(locale, 'auth.emailChange');
  if (!link?.newEmail) {
    // A new link is asked where the change was asked: staff on their account page, a customer on Min Side.
    const again = isStaffRole(viewer?.role) ? '/dashboard/account' : '/account/details';
    return <SpentLink title={t('title')} again={{ href: again, label: getTranslator(locale, 'auth.spent')('askNew') }} locale={locale} />;
  }
  return (
    <div className="panel stack" style={{ maxWidth: 460 }}>
      <h1>{t('title')}</h1>
      <p>{t.rich('intro', { newEmail: link.newEmail, email: link.email, strong: (chunks) => <strong>{chunks}</strong> })}</p>
      <TokenButtonForm action={confirmEmailChangeAction} token={token} label={t('submit')} testId="confirm-email-change" />
    </div>
  );
}
