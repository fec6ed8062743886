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
import { getPageLocale } from '@/lib/auth/page-locale';
import { getTranslator } from '@/lib/i18n/translator';
import { textsOf } from '@/lib/i18n/texts';

export const dynamic = 'force-dynamic';
export async function generateMetadata() {
  return {
    title: getTranslator(await getPageLocale(), 'dashboard.manage.customer')('title'),
  };
}

// `guid`: anything PostgreSQL's uuid type accepts, so a malformed id is a 404, not a 500.
const paramsSchema = z.object({ id: z.guid() });
// Subscriptions whose plan staff may change here (the service decides the rest, with a reason).
const RUNNING: string[] = ['trialing', 'active', 'past_due'];

/**
 * One customer: their details (editable by staff who may change subscriptions, with the same
 * checks as Min Side), the self-service switch, and their subscriptions, in the page's language
 * (the customer's own language is one of the fields).
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
  const locale = await getPageLocale();
  const t = getTranslator(locale, 'dashboard.manage.customer');
  const status = getTranslator(locale, 'statuses');
  const collectionTexts = {
    heading: t('collection'),
    labels: { charge_automatically: t('collection_charge_automatically'), send_invoice: t('collection_send_invoice') },
    save: t('saveCollection'),
  };
  const NS = 'dashboard.manage.customer';
  const switches = [
    {
      action: setCustomerCanStopAction,
      field: 'canStop',
      allowed: canCancel,
      testId: 'customer-can-stop',
      texts: ['mayStop', 'mayNotStop', 'forbidStop', 'allowStop'] as const,
    },
    {
      action: setCustomerCanStopNowAction,
      field: 'canStopNow',
      allowed: canStopNow,
      testId: 'customer-can-stop-now',
      texts: ['mayStopNow', 'mayNotStopNow', 'forbidStopNow', 'allowStopNow'] as const,
    },
    {
      action: setCustomerCanPauseAction,
      field: 'canPause',
      allowed: canPause,
      testId: 'customer-can-pause',
      texts: ['mayPause', 'mayNotPause', 'forbidPause', 'allowPause'] as const,
    },
    {
      action: setCustomerCanChangePlanAction,
      field: 'canChangePlan',
      allowed: canChangePlan,
      testId: 'customer-can-change-plan',
      texts: ['mayChangePlan', 'mayNotChangePlan', 'forbidChangePlan', 'allowChangePlan'] as const,
    },
  ];
  const byHand = (currency: string) => ({
    ...textsOf(locale, NS, ['extendDays', 'extend', 'chargeDescription', 'vatClass', 'vatStandard', 'vatReduced', 'vatZero', 'vatExempt', 'chargeSubmit']),
    chargeAmount: t('chargeAmount', { currency }),
  });
  const planChangeTexts = textsOf(locale, NS, ['changePlan', 'plan', 'quantity', 'preview', 'total']);
  return (
    <>
      <p>
        <Link href="/dashboard/subscribers">{t('back')}</Link>
      </p>
      <h1 data-testid="customer-name">{customer.companyName ?? customer.name}</h1>
      <p className="muted">
        {email} · {t(customer.customerType === 'business' ? 'business' : 'consumer')} · {t('since', { date: formatDate(createdAt, settings.timeZone) })}
        {erasedAt && ` · ${t('erased', { date: formatDate(erasedAt, settings.timeZone) })}`}
      </p>
      {vatNote && (
        <p className="panel" data-testid="customer-vat-note">
          {vatNote}
        </p>
      )}
      <CountryEvidencePanel evidence={countryEvidence} locale={locale} />
      <section className="panel">
        <h2 style={{ marginTop: 0 }}>{t('subscriptions')}</h2>
        {mayChange && <p className="muted">{t('byHandIntro')}</p>}
        {subscriptions.length === 0 ? (
          <p className="muted">{t('noSubscriptions')}</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th>{t('colPlan')}</th>
                <th>{t('colStatus')}</th>
                <th className="num">{t('colPrice')}</th>
                <th>{t('colNextTerm')}</th>
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
                    <StatusBadge status={s.status} label={status('label', { status: s.status })} />
                    {s.cancelAtPeriodEnd && s.status !== 'ended' && <div className="muted">{t('stopsAtTermEnd')}</div>}
                    <div className="muted" data-testid={byHandTestIds.collection}>
                      {collectionTexts.heading}: {collectionTexts.labels[s.collection]}
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
                          label: `${p.name} · ${formatMoney(p.priceMinor, p.currency)} ${intervalLabel(p.intervalUnit, p.intervalCount, locale)}`,
                        }))}
                        texts={planChangeTexts}
                      />
                    )}
                    {mayChange && s.status !== 'ended' && <SubscriptionCollectionForm customerId={customer.id} subscriptionId={s.id} collection={s.collection} texts={collectionTexts} />}
                    {mayChange && s.status === 'active' && <ExtendSubscriptionForm customerId={customer.id} subscriptionId={s.id} texts={byHand(s.currency)} />}
                    {mayChange && s.status !== 'ended' && (
                      <details>
                        <summary data-testid={byHandTestIds.chargeOpen}>{t('addCharge')}</summary>
                        <OneOffChargeForm customerId={customer.id} subscriptionId={s.id} chargeKey={crypto.randomUUID()} texts={byHand(s.currency)} />
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
        <h2 style={{ margin: 0 }}>{t('selfService')}</h2>
        <p className="muted">{t('selfServiceIntro')}</p>
        <ul className="stack" style={{ listStyle: 'none', padding: 0 }}>
          {switches.map((sw) => (
            <li key={sw.testId} className="row" data-testid={`${sw.testId}-switch`}>
              <span>{t(sw.allowed ? sw.texts[0] : sw.texts[1])}</span>
              {hasPermission(viewer.role, 'subscriptions:write') && (
                <CustomerSwitchButton
                  action={sw.action}
                  customerId={customerId}
                  field={sw.field}
                  allowed={sw.allowed}
                  label={t(sw.allowed ? sw.texts[2] : sw.texts[3])}
                  testId={sw.testId}
                />
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
            texts={detailsTexts(locale, email)}
            hidden={{ customerId }}
          />
        ) : (
          <CustomerSummary details={details} label={(key) => t(`field_${key}`)} />
        )}
      </section>
    </>
  );
}

/** The details, read-only, for a role that may not edit them. */
const SUMMARY_FIELDS = [
  'name',
  'companyName',
  'vatId',
  'organisationNumber',
  'peppolScheme',
  'peppolId',
  'phone',
  'addressLine1',
  'addressLine2',
  'postalCode',
  'city',
  'country',
  'locale',
] as const;

function CustomerSummary({ details, label }: { details: Record<string, unknown>; label: (key: (typeof SUMMARY_FIELDS)[number]) => string }) {
  const shown = SUMMARY_FIELDS;
  return (
    <dl data-testid="customer-details-summary">
      {shown
        .filter((key) => details[key])
        .map((key) => (
          <div key={key} className="row">
            <dt className="muted">{label(key)}</dt>
            <dd>{String(details[key])}</dd>
          </div>
        ))}
    </dl>
  );
}
