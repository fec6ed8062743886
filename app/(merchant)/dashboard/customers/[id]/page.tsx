import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { CountryEvidencePanel } from '@/components/customers/country-evidence-panel';
import { CustomerDetailsForm } from '@/components/customers/customer-details-form';
import { detailsFormValues } from '@/components/customers/details-form-values';
import { detailsTexts } from '@/components/customers/details-texts';
import { CustomerSwitchButton } from '@/components/dashboard/customer-switch-button';
import { StaffPlanChangeForm } from '@/components/dashboard/staff-plan-change-form';
import { byHandTestIds } from '@/components/dashboard/by-hand-test-ids';
import { ExtendSubscriptionForm, OneOffChargeForm, SubscriptionCollectionForm } from '@/components/dashboard/subscription-by-hand-forms';
import { COLLECTION_HEADING, COLLECTION_LABELS } from '@/components/dashboard/collection-labels';
import { intervalLabel } from '@/components/shop/interval-label';
import { getPlanChangeOptions } from '@/db/queries/portal/get-plan-change-options';
import { formatDate } from '@/components/dashboard/format-date';
import { StatusBadge } from '@/components/dashboard/status-badge';
import { REAL_TIME } from '@/db/queries/clock-scope';
import { getCountryEvidence } from '@/db/queries/customers/get-country-evidence';
import { getDashboardCustomer } from '@/db/queries/dashboard/get-dashboard-customer';
import { getDashboardSettings } from '@/db/queries/dashboard/get-dashboard-settings';
import { updateCustomerDetailsAction } from '@/lib/actions/customers/update-customer-details-action';
import { setCustomerCanChangePlanAction } from '@/lib/actions/subscriptions/set-customer-can-change-plan-action';
import { setCustomerCanPauseAction } from '@/lib/actions/subscriptions/set-customer-can-pause-action';
import { setCustomerCanStopAction } from '@/lib/actions/subscriptions/set-customer-can-stop-action';
import { setCustomerCanStopNowAction } from '@/lib/actions/subscriptions/set-customer-can-stop-now-action';
import { requireMerchantPage } from '@/lib/auth/guards';
import { hasPermission } from '@/lib/auth/permissions';
import { formatMoney } from '@/lib/billing/money';
import { customerVatNote } from '@/lib/services/vat/vat-staff-notes';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Customer' };

// `guid`: anything PostgreSQL's uuid type accepts, so a malformed id is a 404, not a 500.
const paramsSchema = z.object({ id: z.guid() });
// Subscriptions whose plan staff may change here (the service decides the rest, with a reason).
const RUNNING: string[] = ['trialing', 'active', 'past_due'];

/**
 * One customer: their details (editable by staff who may change subscriptions, with the same
 * checks as Min Side), the self-service switch, and their subscriptions. The dashboard is in
 * English; the customer's own language is one of the fields.
 */
export default async function CustomerPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requireMerchantPage(`/dashboard/customers/${encodeURIComponent(id)}`, 'read');
  const parsed = paramsSchema.safeParse({ id });
  if (!parsed.success) notFound();
  const [settings, found] = await Promise.all([getDashboardSettings(), getDashboardCustomer(REAL_TIME, parsed.data.id)]);
  if (!found) notFound();
  const { customer, subscriptions } = found;
  const [vatNote, countryEvidence] = await Promise.all([customerVatNote(customer), getCountryEvidence(customer)]);
  const mayChange = hasPermission(viewer.role, 'subscriptions:write');
  // The plans each running subscription may change to (its product's, in its currency).
  const options = mayChange
    ? await Promise.all(subscriptions.map((s) => (RUNNING.includes(s.status) ? getPlanChangeOptions(customer.id, s.id) : null)))
    : subscriptions.map(() => null);
  const mayEdit = hasPermission(viewer.role, 'subscriptions:write') && !customer.erasedAt;
  const { id: customerId, email, canCancel, canStopNow, canPause, canChangePlan, createdAt, erasedAt, ...details } = customer;
  const switches = [
    { action: setCustomerCanStopAction, field: 'canStop', allowed: canCancel, what: 'self-service stop', testId: 'customer-can-stop', may: 'stop their subscriptions at the end of the term' },
    { action: setCustomerCanStopNowAction, field: 'canStopNow', allowed: canStopNow, what: 'self-service stop at once', testId: 'customer-can-stop-now', may: 'stop at once' },
    { action: setCustomerCanPauseAction, field: 'canPause', allowed: canPause, what: 'self-service pause', testId: 'customer-can-pause', may: 'pause and resume' },
    { action: setCustomerCanChangePlanAction, field: 'canChangePlan', allowed: canChangePlan, what: 'self-service plan change', testId: 'customer-can-change-plan', may: 'change plan, interval or quantity' },
  ];
  return (
    <>
      <p>
        <Link href="/dashboard/subscribers">← Subscribers</Link>
      </p>
      <h1 data-testid="customer-name">{customer.companyName ?? customer.name}</h1>
      <p className="muted">
        {email} · {customer.customerType} · customer since {formatDate(createdAt, settings.timeZone)}
        {erasedAt && ` · personal data erased ${formatDate(erasedAt, settings.timeZone)}`}
      </p>
      {vatNote && (
        <p className="panel" data-testid="customer-vat-note">
          {vatNote}
        </p>
      )}
      <CountryEvidencePanel evidence={countryEvidence} />
      <section className="panel">
        <h2 style={{ marginTop: 0 }}>Subscriptions</h2>
        {mayChange && (
          <p className="muted">
            Extend gives an active subscription free days: its term ends that many days later and every later renewal moves with it
            (periods count from the subscription&apos;s anchor, so the renewal day moves for good). A one-off charge is invoiced at once on
            its own invoice.
          </p>
        )}
        {subscriptions.length === 0 ? (
          <p className="muted">No subscriptions.</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th>Product / plan</th>
                <th>Status</th>
                <th className="num">Price per term</th>
                <th>Next term</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {subscriptions.map((s, i) => (
                <tr key={s.id} data-testid="customer-subscription">
                  <td>
                    {s.quantity > 1 ? `${s.quantity} × ` : ''}
                    {s.productName} · {s.planName}
                  </td>
                  <td>
                    <StatusBadge status={s.status} />
                    {s.cancelAtPeriodEnd && s.status !== 'ended' && <div className="muted">stops at the end of the term</div>}
                    <div className="muted" data-testid={byHandTestIds.collection}>
                      {COLLECTION_HEADING}: {COLLECTION_LABELS[s.collection]}
                    </div>
                  </td>
                  <td className="num">{formatMoney(s.termPriceMinor, s.currency)}</td>
                  <td>{formatDate(s.currentPeriodEnd, settings.timeZone)}</td>
                  <td>
                    {options[i] && (
                      <StaffPlanChangeForm
                        customerId={customer.id}
                        subscriptionId={s.id}
                        currentPlanId={options[i].subscription.planId}
                        currentQuantity={options[i].subscription.quantity}
                        plans={options[i].plans.map((p) => ({
                          id: p.id,
                          label: `${p.name} · ${formatMoney(p.priceMinor, p.currency)} ${intervalLabel(p.intervalUnit, p.intervalCount, 'en')}`,
                        }))}
                      />
                    )}
                    {mayChange && s.status !== 'ended' && <SubscriptionCollectionForm customerId={customer.id} subscriptionId={s.id} collection={s.collection} />}
                    {mayChange && s.status === 'active' && <ExtendSubscriptionForm customerId={customer.id} subscriptionId={s.id} />}
                    {mayChange && s.status !== 'ended' && (
                      <details>
                        <summary data-testid={byHandTestIds.chargeOpen}>Add a one-off charge</summary>
                        <OneOffChargeForm customerId={customer.id} subscriptionId={s.id} chargeKey={crypto.randomUUID()} currency={s.currency} />
                      </details>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section className="panel stack">
        <h2 style={{ margin: 0 }}>Self-service on Min Side</h2>
        <p className="muted">Each needs the shop's own switch too (Settings → Customer self-service).</p>
        <ul className="stack" style={{ listStyle: 'none', padding: 0 }}>
          {switches.map((sw) => (
            <li key={sw.testId} className="row" data-testid={`${sw.testId}-switch`}>
              <span>
                {sw.allowed ? 'May' : 'May not'} {sw.may} on Min Side.
              </span>
              {hasPermission(viewer.role, 'subscriptions:write') && (
                <CustomerSwitchButton action={sw.action} customerId={customerId} field={sw.field} allowed={sw.allowed} what={sw.what} testId={sw.testId} />
              )}
            </li>
          ))}
        </ul>
      </section>
      <section className="panel" style={{ maxWidth: 640 }}>
        {mayEdit ? (
          <CustomerDetailsForm
            action={updateCustomerDetailsAction}
            initial={detailsFormValues(details)}
            texts={detailsTexts('en', email)}
            hidden={{ customerId }}
          />
        ) : (
          <CustomerSummary details={details} />
        )}
      </section>
    </>
  );
}

/** The details, read-only, for a role that may not edit them. */
function CustomerSummary({ details }: { details: Record<string, unknown> }) {
  const shown = ['name', 'companyName', 'vatId', 'organisationNumber', 'peppolScheme', 'peppolId', 'phone', 'addressLine1', 'addressLine2', 'postalCode', 'city', 'country', 'locale'];
  return (
    <dl data-testid="customer-details-summary">
      {shown
        .filter((key) => details[key])
        .map((key) => (
          <div key={key} className="row">
            <dt className="muted">{key}</dt>
            <dd>{String(details[key])}</dd>
          </div>
        ))}
    </dl>
  );
}
