import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { CustomerDetailsForm } from '@/components/customers/customer-details-form';
import { detailsFormValues } from '@/components/customers/details-form-values';
import { detailsTexts } from '@/components/customers/details-texts';
import { CustomerCanStopButton } from '@/components/dashboard/customer-can-stop-button';
import { formatDate } from '@/components/dashboard/format-date';
import { StatusBadge } from '@/components/dashboard/status-badge';
import { REAL_TIME } from '@/db/queries/clock-scope';
import { getDashboardCustomer } from '@/db/queries/dashboard/get-dashboard-customer';
import { getDashboardSettings } from '@/db/queries/dashboard/get-dashboard-settings';
import { updateCustomerDetailsAction } from '@/lib/actions/customers/update-customer-details-action';
import { requireMerchantPage } from '@/lib/auth/guards';
import { hasPermission } from '@/lib/auth/permissions';
import { formatMoney } from '@/lib/billing/money';
import { customerVatNote } from '@/lib/services/vat/vat-staff-notes';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Customer' };

// `guid`: anything PostgreSQL's uuid type accepts, so a malformed id is a 404, not a 500.
const paramsSchema = z.object({ id: z.guid() });

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
  const vatNote = await customerVatNote(customer);
  const mayEdit = hasPermission(viewer.role, 'subscriptions:write') && !customer.erasedAt;
  const { id: customerId, email, canCancel, createdAt, erasedAt, ...details } = customer;
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
      <section className="panel">
        <h2 style={{ marginTop: 0 }}>Subscriptions</h2>
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
              </tr>
            </thead>
            <tbody>
              {subscriptions.map((s) => (
                <tr key={s.id} data-testid="customer-subscription">
                  <td>
                    {s.quantity > 1 ? `${s.quantity} × ` : ''}
                    {s.productName} · {s.planName}
                  </td>
                  <td>
                    <StatusBadge status={s.status} />
                    {s.cancelAtPeriodEnd && s.status !== 'ended' && <div className="muted">stops at the end of the term</div>}
                  </td>
                  <td className="num">{formatMoney(s.termPriceMinor, s.currency)}</td>
                  <td>{formatDate(s.currentPeriodEnd, settings.timeZone)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section className="panel stack">
        <h2 style={{ margin: 0 }}>Self-service on Min Side</h2>
        <p className="muted">
          {canCancel ? 'This customer may stop their subscriptions on Min Side (if the shop allows it).' : 'This customer may not stop their subscriptions on Min Side.'}
        </p>
        {hasPermission(viewer.role, 'subscriptions:write') && <CustomerCanStopButton customerId={customerId} canStop={canCancel} />}
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
