import { notFound, redirect } from 'next/navigation';
import { z } from 'zod';
import { CheckoutSteps } from '@/components/shop/checkout-steps';
import { SepaMandateForm } from '@/components/shop/sepa-mandate-form';
import { getCustomerOrder } from '@/db/queries/orders/get-customer-order';
import { getSellerIdentity } from '@/db/queries/settings/get-seller-identity';
import { getStorefrontSettings } from '@/db/queries/settings/get-storefront-settings';
import { requireCustomerPage } from '@/lib/auth/guards';
import { getPageLocale } from '@/lib/auth/page-locale';
import { readFormFlash } from '@/lib/http/form-flash';
import { createFormatter } from '@/lib/i18n/create-formatter';
import { getTranslator } from '@/lib/i18n/translator';
import { isDebitPending } from '@/lib/billing/debit-pending';

export const dynamic = 'force-dynamic';
export async function generateMetadata() {
  return { title: getTranslator(await getPageLocale(), 'shop.sepa')('pageTitle') };
}

/**
 * Paying an order by SEPA direct debit: the customer gives the account and confirms the mandate
 * here (the provider records it from the IBAN); once the debit is asked for, its state.
 */
export default async function SepaMandatePage({ params }: { params: Promise<{ orderId: string }> }) {
  const { orderId } = await params;
  const viewer = await requireCustomerPage(`/checkout/sepa/${orderId}`);
  if (!z.uuid().safeParse(orderId).success) notFound();
  const found = await getCustomerOrder(viewer.customerId, orderId);
  if (!found || found.order.paymentMethod !== 'sepa_debit') notFound();
  if (found.order.status === 'paid') redirect(`/checkout/thank-you/${orderId}`);
  if (found.order.status === 'canceled') redirect(`/checkout/failed/${orderId}`);

  const [settings, seller, locale, state] = await Promise.all([getStorefrontSettings(), getSellerIdentity(), getPageLocale(), readFormFlash('sepa-mandate')]);
  const t = getTranslator(locale, 'shop.sepa');
  const format = createFormatter(locale, settings.timeZone);
  const amount = format.money(found.order.totalMinor, found.order.currency);
  // NOTE: the creditor is the shop's legal name where its seller identity is saved.
  const creditor = seller?.legalName ?? settings.shopName;
  const debited = isDebitPending(found.lastPayment);
  const trial = found.order.totalMinor === 0;
  return (
    <>
      <CheckoutSteps current="payment" locale={locale} />
      <div className="panel stack" style={{ maxWidth: 640 }}>
        <h1>{t('title')}</h1>
        {debited ? (
          <p className="alert" role="status" data-testid="sepa-pending">
            {t('pending', { amount })}
          </p>
        ) : (
          <>
            {/* A free trial: only the mandate is given now, nothing is debited. */}
            <p>{trial ? t('introTrial') : t('intro', { amount })}</p>
            <SepaMandateForm
              orderId={orderId}
              texts={{
                accountHolder: t('accountHolder'),
                iban: t('iban'),
                ibanHint: t('ibanHint'),
                mandateTitle: t('mandateTitle'),
                mandateText: t('mandateText', { creditor }),
                creditor: t('creditor', { creditor }),
                creditorId: seller?.sepaCreditorId ? t('creditorId', { id: seller.sepaCreditorId }) : null,
                consent: t('consent', { creditor }),
                confirm: trial ? t('confirmTrial') : t('confirm', { amount }),
              }}
              state={state}
            />
          </>
        )}
      </div>
    </>
  );
}
