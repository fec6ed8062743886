import type { Metadata } from 'next';
import { ReadOnlyUnless } from '@/components/dashboard/read-only-unless';
import { formatDate } from '@/components/dashboard/format-date';
import { SellerIdentityForm } from '@/components/settings/seller-identity-form';
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

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Settings' };

/** The shop's legal identity: what every invoice and credit note must name (EU/EEA invoicing rules). */
export default async function SettingsPage() {
  const viewer = await requireMerchantPage('/dashboard/settings', 'read');
  const [settings, identity, storefront] = await Promise.all([getDashboardSettings(), getSellerIdentity(), getStorefrontSettings()]);
  const [couponChoices, retention, orderPayment] = await Promise.all([listCouponChoices(), listRetentionOffers(REAL_TIME), getOrderPaymentSettings()]);
  const invoicing = await getInvoicingSettings([CREDIT_NOTE_SERIES_ID]);
  const initial: Record<string, string> = {};
  if (identity) {
    for (const [key, value] of Object.entries(identity)) if (typeof value === 'string') initial[key] = value;
  }
  return (
    <>
      <h1>Settings</h1>
      <section className="panel" aria-label="Seller identity">
        <h2 style={{ marginTop: 0 }}>Who issues the invoices</h2>
        <p className="muted">
          The legal name, address, VAT and organisation numbers and bank account printed on every invoice and credit note.{' '}
          {identity
            ? `In force since ${formatDate(identity.validFrom.toISOString(), settings.timeZone, { time: true })}; a change applies to documents issued from then on, and those issued before keep what they were issued with.`
            : 'Not set yet: documents show only the shop’s name and support address, which is not a complete invoice in the EU/EEA.'}
        </p>
        <ReadOnlyUnless allowed={hasPermission(viewer.role, 'settings:write')}>
          <SellerIdentityForm initial={initial} mayChangeBankAccount={hasPermission(viewer.role, 'provider-settings:write')} />
        </ReadOnlyUnless>
      </section>
      <section className="panel" aria-label="Invoicing">
        <h2 style={{ marginTop: 0 }}>Invoicing</h2>
        <p className="muted" data-testid="invoicing-time-zone-note">
          The time zone is the shop&apos;s calendar: where a day, a month and a due date begin, and how dates are shown here and on
          invoices. A change applies from now on. Each subscription keeps the instant it is anchored at, and its later periods are
          counted from that anchor in the new zone&apos;s calendar: a renewal may fall at another local hour, but no term is billed twice
          or skipped. Simulated customers keep their test clock&apos;s zone.
        </p>
        <p className="muted">
          Invoices are numbered without gaps in the chosen series; a new prefix applies from the next number on, and invoices already
          issued keep their numbers. The payment terms set the due date of an order paid by invoice; renewals use each plan&apos;s own
          payment terms (Catalog).
        </p>
        <ReadOnlyUnless allowed={hasPermission(viewer.role, 'settings:write')}>
          <InvoicingSettingsForm initial={invoicing.values} series={invoicing.series} />
        </ReadOnlyUnless>
      </section>
      <section className="panel" aria-label="Orders and payment">
        <h2 style={{ marginTop: 0 }}>Orders and payment</h2>
        <p className="muted">
          How customers pay at checkout, when an order paid by invoice starts, an optional credit check for such orders, and whether customers set a
          password.
        </p>
        <ReadOnlyUnless allowed={hasPermission(viewer.role, 'settings:write')}>
          <OrderPaymentSettingsForm settings={orderPayment} methods={PAYMENT_METHODS.map((value) => ({ value, label: paymentMethodLabel(value) }))} />
        </ReadOnlyUnless>
      </section>
      <section className="panel" aria-label="VAT">
        <h2 style={{ marginTop: 0 }}>VAT</h2>
        <p className="muted">
          Whose VAT a consumer in another EU country pays on digital goods: the shop&apos;s own (not registered, below the EUR 10,000
          threshold) or their country&apos;s, declared through the One-Stop Shop. Invoices already issued keep their VAT.
        </p>
        <ReadOnlyUnless allowed={hasPermission(viewer.role, 'settings:write')}>
          <VatOssForm vatOssRegistered={settings.vatOssRegistered} pricesIncludeVat={settings.pricesIncludeVat} />
        </ReadOnlyUnless>
      </section>
      <section className="panel" aria-label="Customer self-service">
        <h2 style={{ marginTop: 0 }}>Customer self-service</h2>
        <p className="muted">
          What customers may do themselves on Min Side. You can also forbid a single customer on the subscribers page.
        </p>
        <ReadOnlyUnless allowed={hasPermission(viewer.role, 'settings:write')}>
          <CustomersCanStopForm customersCanStop={storefront.customersCanStop} />
          <StopNowSettingsForm
            customersCanStopNow={storefront.customersCanStopNow}
            earlyExitFee={storefront.earlyExitFee}
            earlyExitFeeAmounts={formatFeeAmounts(storefront.earlyExitFeeAmounts, currencyExponent)}
          />
          <CustomersCanChangePlanForm customersCanChangePlan={storefront.customersCanChangePlan} />
        </ReadOnlyUnless>
        <ReadOnlyUnless allowed={hasPermission(viewer.role, 'settings:write')}>
          <PauseSettingsForm
            customersCanPause={storefront.customersCanPause}
            maxPauseTerms={storefront.maxPauseTerms}
            retentionCouponId={storefront.retentionCouponId}
            coupons={couponChoices}
          />
        </ReadOnlyUnless>
      </section>
      <section className="panel" aria-label="Retention">
        <h2 style={{ marginTop: 0 }}>Retention</h2>
        <p className="muted">When a customer chooses to stop on Min Side, they are offered a pause (where allowed) and the coupon above. Their answers:</p>
        <RetentionOffersTable rows={retention} timeZone={settings.timeZone} />
      </section>
    </>
  );
}
