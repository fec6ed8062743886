import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { z } from 'zod';
import { BankTransferDetails } from '@/components/shop/bank-transfer-details';
import { orderSummaryText } from '@/components/shop/order-summary-text';
import { getCustomerOrder } from '@/db/queries/orders/get-customer-order';
import { getSellerIdentity } from '@/db/queries/settings/get-seller-identity';
import { getStorefrontSettings } from '@/db/queries/settings/get-storefront-settings';
import { getMessageOverrides } from '@/db/queries/texts/get-message-overrides';
import { requireCustomerPage } from '@/lib/auth/guards';
import { getPageLocale } from '@/lib/auth/page-locale';
import { getTranslator } from '@/lib/i18n/translator';
import { amountOwed } from '@/lib/billing/amount-owed';
import { bankAccountLine } from '@/lib/pdf/seller-lines';
import { createFormatter } from '@/lib/i18n/create-formatter';
import { isDebitPending } from '@/lib/billing/debit-pending';

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
  const byInvoice = found.order.paymentMethod === 'bank_transfer' && found.order.status !== 'canceled';
  // NOTE: a SEPA debit the bank has not settled yet: the order is taken, nothing starts until it is paid.
  const debitPending = found.order.status === 'pending_payment' && isDebitPending(found.lastPayment);
  if (found.order.status !== 'paid' && !byInvoice && !debitPending) redirect(`/checkout/failed/${orderId}`);
  const [settings, locale] = await Promise.all([getStorefrontSettings(), getPageLocale()]);
  // The merchant's wording in this language, if any, with its macros; else the catalog's.
  const macros = { order: orderSummaryText(found.lines), name: found.invoice?.customerSnapshot?.name ?? '', invoice: found.invoice?.number ?? '' };
  const t = getTranslator(locale, 'shop.thankYou', { messages: await getMessageOverrides('thank-you', locale), macros });
  const openInvoice = byInvoice && found.invoice?.status === 'open' && found.invoice.number ? found.invoice : null;
  const identity = openInvoice ? await getSellerIdentity(openInvoice.issuedAt ?? new Date()) : null;
  return (
    <div className="panel stack" style={{ maxWidth: 640 }} data-testid="thank-you">
      <h1>{t('title')}</h1>
      <p data-testid="thank-you-text">
        {t('body', { order: macros.order })}
      </p>
      {debitPending ? (
        <p className="alert" role="status" data-testid="thank-you-sepa-pending">
          {getTranslator(locale, 'shop.thankYou')('sepaPending', {
            amount: createFormatter(locale, settings.timeZone).money(found.lastPayment!.amountMinor, found.lastPayment!.currency),
          })}
        </p>
      ) : openInvoice ? (
        <BankTransferDetails
          locale={locale}
          timeZone={settings.timeZone}
          invoiceNumber={openInvoice.number!}
          amountMinor={amountOwed(openInvoice)}
          currency={openInvoice.currency}
          account={identity ? bankAccountLine(identity, locale) : null}
          reference={openInvoice.paymentReference}
          dueAt={openInvoice.dueAt?.toISOString() ?? null}
          access={found.order.invoiceAccess ?? 'order'}
        />
      ) : found.invoice && (
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
