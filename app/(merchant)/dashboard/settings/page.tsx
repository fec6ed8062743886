import { ReadOnlyUnless } from '@/components/dashboard/read-only-unless';
import { formatDate } from '@/components/dashboard/format-date';
import { SellerIdentityForm } from '@/components/settings/seller-identity-form';
import { ORDER_PAYMENT_TEXTS, SELLER_IDENTITY_TEXTS } from '@/components/settings/settings-texts';
import { getDashboardSettings } from '@/db/queries/dashboard/get-dashboard-settings';
import { getSellerIdentity } from '@/db/queries/settings/get-seller-identity';
import { getStorefrontSettings } from '@/db/queries/settings/get-storefront-settings';
import { CustomersCanStopForm } from '@/components/settings/customers-can-stop-form';
import { StopNowSettingsForm } from '@/components/settings/stop-now-settings-form';
import { formatFeeAmounts } from '@/lib/billing/parse-fee-amounts';
import { currencyExponent } from '@/lib/billing/currency';
import { PauseSettingsForm } from '@/components/settings/pause-settings-form';
import { RetentionOffersTable } from '@/components/settings/retention-offers-table';
import { listCouponChoices } from '@/db/queries/settings/list-coupon-choices';
import { listRetentionOffers } from '@/db/queries/dashboard/list-retention-offers';
import { REAL_TIME } from '@/db/queries/clock-scope';
import { CustomersCanChangePlanForm } from '@/components/settings/customers-can-change-plan-form';
import { OrderPaymentSettingsForm } from '@/components/settings/order-payment-settings-form';
import { paymentMethodLabel } from '@/components/shop/payment-method-labels';
import { getOrderPaymentSettings } from '@/db/queries/settings/get-order-payment-settings';
import { PAYMENT_METHODS } from '@/lib/validations/cart';
import { VatOssForm } from '@/components/settings/vat-oss-form';
import { InvoicingSettingsForm } from '@/components/settings/invoicing-settings-form';
import { getInvoicingSettings } from '@/db/queries/settings/get-invoicing-settings';
import { CREDIT_NOTE_SERIES_ID } from '@/lib/services/credit-notes/take-credit-note-number';
import { requireMerchantPage } from '@/lib/auth/guards';
import { hasPermission } from '@/lib/auth/permissions';
import { getPageLocale } from '@/lib/auth/page-locale';
import { getTranslator } from '@/lib/i18n/translator';
import { textsOf } from '@/lib/i18n/texts';

export const dynamic = 'force-dynamic';
export async function generateMetadata() {
  return { title: getTranslator(await getPageLocale(), 'dashboard.manage.settings')('title') };
}

const NS = 'dashboard.manage.settings';

/** The shop's legal identity: what every invoice and credit note must name (EU/EEA invoicing rules). */
export default async function SettingsPage() {
  const viewer = await requireMerchantPage('/dashboard/settings', 'read');
  const [settings, identity, storefront] = await Promise.all([getDashboardSettings(), getSellerIdentity(), getStorefrontSettings()]);
  const [couponChoices, retention, orderPayment] = await Promise.all([listCouponChoices(), listRetentionOffers(REAL_TIME), getOrderPaymentSettings()]);
  const invoicing = await getInvoicingSettings([CREDIT_NOTE_SERIES_ID]);
  const locale = await getPageLocale();
  const t = getTranslator(locale, NS);
  const yesNo = ['save', 'allowed', 'notAllowed'] as const;
  const initial: Record<string, string> = {};
  if (identity) {
    for (const [key, value] of Object.entries(identity)) if (typeof value === 'string') initial[key] = value;
  }
  return (
    <>
      <h1>{t('title')}</h1>
      <section className="panel" aria-label={t('identitySection')}>
        <h2 style={{ marginTop: 0 }}>{t('identityHeading')}</h2>
        <p className="muted">
          {t('identityIntro')}{' '}
          {identity ? t('identityInForce', { since: formatDate(identity.validFrom.toISOString(), settings.timeZone, { time: true }) }) : t('identityMissing')}
        </p>
        <ReadOnlyUnless locale={locale} allowed={hasPermission(viewer.role, 'settings:write')}>
          <SellerIdentityForm
            initial={initial}
            mayChangeBankAccount={hasPermission(viewer.role, 'provider-settings:write')}
            texts={textsOf(locale, NS, [...SELLER_IDENTITY_TEXTS])}
          />
        </ReadOnlyUnless>
      </section>
      <section className="panel" aria-label={t('invoicingHeading')}>
        <h2 style={{ marginTop: 0 }}>{t('invoicingHeading')}</h2>
        <p className="muted" data-testid="invoicing-time-zone-note">
          {t('invoicingTimeZoneNote')}
        </p>
        <p className="muted">{t('invoicingNumbersNote')}</p>
        <ReadOnlyUnless locale={locale} allowed={hasPermission(viewer.role, 'settings:write')}>
          <InvoicingSettingsForm
            initial={invoicing.values}
            series={invoicing.series.map((s) => ({ id: s.id, label: t('seriesOption', { series: s.id, next: String(s.nextNumber) }) }))}
            texts={textsOf(locale, NS, ['save', 'timeZone', 'invoiceSeries', 'invoicePrefix', 'paymentTermsDays'])}
          />
        </ReadOnlyUnless>
      </section>
      <section className="panel" aria-label={t('ordersHeading')}>
        <h2 style={{ marginTop: 0 }}>{t('ordersHeading')}</h2>
        <p className="muted">{t('ordersIntro')}</p>
        <ReadOnlyUnless locale={locale} allowed={hasPermission(viewer.role, 'settings:write')}>
          <OrderPaymentSettingsForm
            settings={orderPayment}
            methods={PAYMENT_METHODS.map((value) => ({ value, label: paymentMethodLabel(value) }))}
            texts={textsOf(locale, NS, [...ORDER_PAYMENT_TEXTS])}
          />
        </ReadOnlyUnless>
      </section>
      <section className="panel" aria-label={t('vatHeading')}>
        <h2 style={{ marginTop: 0 }}>{t('vatHeading')}</h2>
        <p className="muted">{t('vatIntro')}</p>
        <ReadOnlyUnless locale={locale} allowed={hasPermission(viewer.role, 'settings:write')}>
          <VatOssForm
            vatOssRegistered={settings.vatOssRegistered}
            pricesIncludeVat={settings.pricesIncludeVat}
            texts={textsOf(locale, NS, ['save', 'vatOssRegistered', 'ossYes', 'ossNo', 'pricesIncludeVat', 'pricesGross', 'pricesNet'])}
          />
        </ReadOnlyUnless>
      </section>
      <section className="panel" aria-label={t('selfServiceHeading')}>
        <h2 style={{ marginTop: 0 }}>{t('selfServiceHeading')}</h2>
        <p className="muted">{t('selfServiceIntro')}</p>
        <ReadOnlyUnless locale={locale} allowed={hasPermission(viewer.role, 'settings:write')}>
          <CustomersCanStopForm customersCanStop={storefront.customersCanStop} texts={textsOf(locale, NS, [...yesNo, 'customersCanStop'])} />
          <StopNowSettingsForm
            customersCanStopNow={storefront.customersCanStopNow}
            earlyExitFee={storefront.earlyExitFee}
            earlyExitFeeAmounts={formatFeeAmounts(storefront.earlyExitFeeAmounts, currencyExponent)}
            texts={textsOf(locale, NS, [...yesNo, 'customersCanStopNow', 'earlyExitFee', 'earlyExitNone', 'earlyExitFixed', 'earlyExitRest', 'earlyExitFeeAmounts'])}
          />
          <CustomersCanChangePlanForm
            customersCanChangePlan={storefront.customersCanChangePlan}
            texts={textsOf(locale, NS, [...yesNo, 'customersCanChangePlan'])}
          />
        </ReadOnlyUnless>
        <ReadOnlyUnless locale={locale} allowed={hasPermission(viewer.role, 'settings:write')}>
          <PauseSettingsForm
            customersCanPause={storefront.customersCanPause}
            maxPauseTerms={storefront.maxPauseTerms}
            retentionCouponId={storefront.retentionCouponId}
            coupons={couponChoices}
            texts={textsOf(locale, NS, [...yesNo, 'customersCanPause', 'maxPauseTerms', 'retentionCoupon', 'noCoupon'])}
          />
        </ReadOnlyUnless>
      </section>
      <section className="panel" aria-label={t('retentionHeading')}>
        <h2 style={{ marginTop: 0 }}>{t('retentionHeading')}</h2>
        <p className="muted">{t('retentionIntro')}</p>
        <RetentionOffersTable rows={retention} timeZone={settings.timeZone} locale={locale} />
      </section>
    </>
  );
}
