import { redirect } from 'next/navigation';
import { TokenButtonForm } from '@/components/auth/token-button-form';
import { resendConfirmationAction } from '@/lib/actions/auth/resend-confirmation-action';
import { requireCustomerPage } from '@/lib/auth/guards';
import { getPageLocale } from '@/lib/auth/page-locale';
import { getTranslator } from '@/lib/i18n/translator';

export const dynamic = 'force-dynamic';

export async function generateMetadata() {
  return { title: getTranslator(await getPageLocale(), 'portal.confirmAddress')('title') };
}

/**
 * All an unconfirmed account shows. It may be someone's registration in another person's name,
 * so nothing of the customer (orders, invoices, address) appears until the address is confirmed.
 */
export default async function ConfirmAddressPage() {
  const viewer = await requireCustomerPage('/account/confirm-email', { unconfirmed: 'allow' });
  if (!viewer.unconfirmed) redirect('/account');
  const t = getTranslator(await getPageLocale(), 'portal.confirmAddress');
  return (
    <div className="panel stack" style={{ maxWidth: 560 }} data-testid="confirm-address">
      <h1>{t('title')}</h1>
      <p>{t.rich('body', { email: viewer.email, strong: (chunks) => <strong>{chunks}</strong> })}</p>
      <TokenButtonForm action={resendConfirmationAction} label={t('resend')} testId="resend-confirmation" />
    </div>
  );
}
