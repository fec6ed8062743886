import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { z } from 'zod';
import { applyThankYouMacros, orderSummaryText } from '@/components/shop/order-summary-text';
import { getCustomerOrder } from '@/db/queries/orders/get-customer-order';
import { getStorefrontSettings } from '@/db/queries/settings/get-storefront-settings';
import { requireCustomerPage } from '@/lib/auth/guards';
import { getPageLocale } from '@/lib/auth/page-locale';
import { getTranslator } from '@/lib/i18n/translator';

export const dynamic = 'force-dynamic';
export async function generateMetadata() {
  return { title: getTranslator(await getPageLocale(), 'shop.thankYou')('pageTitle') };
}

export default async function ThankYouPage({ params }: { params: Promise<{ orderId: string }> }) {
  const { orderId } = await params;
  const viewer = await requireCustomerPage(`/checkout/thank-you/${orderId}`);
  if (!z.uuid().safeParse(orderId).success) notFound();
  const found = await getCustomerOrder(viewer.customerId, orderId);
  if (!found) notFound();
  if (found.order.status !== 'paid') redirect(`/checkout/failed/${orderId}`);
  const [settings, locale] = await Promise.all([getStorefrontSettings(), getPageLocale()]);
  const t = getTranslator(locale, 'shop.thankYou');
  return (
    <div className="panel stack" style={{ maxWidth: 640 }} data-testid="thank-you">
      <h1>{t('title')}</h1>
      <p data-testid="thank-you-text">
        {applyThankYouMacros(settings.thankYouText, { order: orderSummaryText(found.lines) })}
      </p>
      {found.invoice && (
        <p>
          {t.rich('invoicePaid', {
            invoice: found.invoice.number ?? '',
            strong: (chunks) => <strong data-testid="thank-you-invoice-number">{chunks}</strong>,
          })}
        </p>
      )}
      <Link href="/account" className="button" data-testid="to-account">
        {t('toAccount')}
      </Link>
    </div>
  );
}
