import { notFound } from 'next/navigation';
import { z } from 'zod';
import { TestPaymentChoices } from '@/components/test-provider/test-payment-choices';
import { testFailureReason, testPaymentChoices } from '@/components/test-provider/test-payment-texts';
import { requireTestPayerPage, requireTestProviderMounted } from '@/lib/actions/test-provider/test-provider-access';
import { getPageLocale } from '@/lib/auth/page-locale';
import { formatMoney } from '@/lib/billing/money';
import { intlLocales } from '@/lib/i18n/locales';
import { getTranslator } from '@/lib/i18n/translator';
import { testProviderStore } from '@/lib/payments/test-provider';

export const dynamic = 'force-dynamic';

export async function generateMetadata() {
  return { title: getTranslator(await getPageLocale(), 'testProvider')('pageTitle') };
}

/**
 * The test provider's hosted page: stands where Mollie's or Stripe's checkout would be. A 404 in
 * production unless mounted; for the shop's staff and the customer the payment is for only. In
 * the language of the shop's pages (a real provider's page follows the locale the shop sends).
 */
export default async function TestPaymentPage({ params }: { params: Promise<{ id: string }> }) {
  requireTestProviderMounted();
  const { id } = await params;
  if (!z.string().regex(/^tp_[0-9a-f]{24}$/).safeParse(id).success) notFound();
  await requireTestPayerPage(id);
  const payment = await testProviderStore.find(id);
  if (!payment) notFound();
  const locale = await getPageLocale();
  const t = getTranslator(locale, 'testProvider');
  const status = getTranslator(locale, 'statuses')('label', { status: payment.status });
  const strong = (chunks: React.ReactNode) => <strong>{chunks}</strong>;
  // A setup saves a method and moves no money: its page asks only how the saved method behaves.
  const setup = payment.kind === 'setup';
  return (
    <div className="panel stack" style={{ maxWidth: 480, margin: '2rem auto', borderTop: '4px solid #6b21a8' }}>
      <p className="muted">{t('banner')}</p>
      {setup ? (
        <h1 data-testid="test-setup-heading">{t('saveHeading', { method: payment.method ?? '' })}</h1>
      ) : (
        <h1>{t('payHeading', { amount: formatMoney(payment.amountMinor, payment.currency, intlLocales[locale]) })}</h1>
      )}
      <p>{payment.description}</p>
      {payment.status === 'open' ? (
        <TestPaymentChoices id={payment.id} setup={setup} outcomes={testPaymentChoices(locale, setup)} />
      ) : (
        <div className="stack" data-testid="test-payment-done">
          <p>
            {payment.failureReason
              ? t.rich('doneWithReason', { status, reason: testFailureReason(locale, payment.failureReason), strong })
              : t.rich('done', { status, strong })}
          </p>
          <a className="button" href={payment.returnUrl}>
            {t('returnToShop')}
          </a>
        </div>
      )}
    </div>
  );
}
