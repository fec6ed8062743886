import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { z } from 'zod';
import { orderSummaryText } from '@/components/shop/order-summary-text';
import { getCustomerOrder } from '@/db/queries/orders/get-customer-order';
import { getMessageOverrides } from '@/db/queries/texts/get-message-overrides';
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
  const locale = await getPageLocale();
  // The merchant's wording in this language, if any, with its macros; else the catalog's.
  const macros = { order: orderSummaryText(found.lines), name: found.invoice?.customerSnapshot?.name ?? '', invoice: found.invoice?.number ?? '' };
  const t = getTranslator(locale, 'shop.thankYou', { messages: await getMessageOverrides('thank-you', locale), macros });
  return (
    <div className="panel stack" style={{ maxWidth: 640 }} data-testid="thank-you">
      <h1>{t('title')}</h1>
      <p data-testid="thank-you-text">
        {t('body', { order: macros.order })}
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
