import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { PlanChangeForm } from '@/components/portal/plan-change-form';
import { ScheduledPlanChange } from '@/components/portal/scheduled-plan-change';
import { getCustomerLocale } from '@/db/queries/portal/get-customer-locale';
import { getPlanChangeOptions } from '@/db/queries/portal/get-plan-change-options';
import { getStorefrontSettings } from '@/db/queries/settings/get-storefront-settings';
import { requireCustomerPage } from '@/lib/auth/guards';
import { planChangeBlocked } from '@/lib/billing/plan-change';
import { createFormatter } from '@/lib/i18n/create-formatter';
import { getTranslator } from '@/lib/i18n/translator';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Change your subscription' };

/** Min Side: change a subscription's plan, interval or quantity, with the price shown before confirming. */
export default async function PlanChangePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requireCustomerPage(`/account/subscriptions/${id}/plan`);
  if (!z.uuid().safeParse(id).success) notFound();
  const [options, settings, locale] = await Promise.all([
    getPlanChangeOptions(viewer.customerId, id),
    getStorefrontSettings(),
    getCustomerLocale(viewer.customerId),
  ]);
  if (!options) notFound();
  const { subscription: s, plans } = options;
  const t = getTranslator(locale, 'portal.planChange');
  const f = createFormatter(locale, settings.timeZone);
  const date = f.date(s.currentPeriodEnd.toISOString());
  const blocked = planChangeBlocked({
    status: s.status,
    cancelAtPeriodEnd: s.cancelAtPeriodEnd,
    currentPeriodEnd: s.currentPeriodEnd,
    shopAllows: settings.customersCanChangePlan,
    customerAllows: s.customerCanChangePlan,
    nextTermInvoiced: s.nextTermInvoiced,
    current: { id: s.planId, productId: s.productId, currency: s.currency, intervalUnit: s.intervalUnit, intervalCount: s.intervalCount, priceMinor: s.unitPriceMinor, quantity: s.quantity, unitPriceMinor: s.unitPriceMinor },
  });
  return (
    <>
      <p>
        <Link href="/account">{t('back')}</Link>
      </p>
      <h1>{t('heading')}</h1>
      <p data-testid="plan-change-current">
        {t('current', { quantity: String(s.quantity), plan: `${s.productName} – ${s.planName}`, amount: f.money(s.unitPriceMinor * s.quantity, s.currency) })}
      </p>
      {s.scheduledPlanName && s.scheduledQuantity ? (
        <ScheduledPlanChange
          subscriptionId={s.id}
          text={t('scheduled', { quantity: String(s.scheduledQuantity), plan: `${s.productName} – ${s.scheduledPlanName}`, date })}
          cancelLabel={t('cancelScheduled')}
        />
      ) : null}
      {blocked ? (
        <p className="muted" data-testid="plan-change-unavailable">
          {blocked.code === 'next_term_invoiced' ? t('errors.next_term_invoiced', { date }) : t(`errors.${blocked.code as 'not_allowed' | 'not_running' | 'stop_scheduled'}`)}
        </p>
      ) : (
        <section className="panel">
          <p className="muted">{t('intro', { date })}</p>
          <PlanChangeForm
            subscriptionId={s.id}
            currentPlanId={s.planId}
            currentQuantity={s.quantity}
            plans={plans.map((plan) => ({ id: plan.id, label: `${plan.name} – ${f.money(plan.priceMinor, plan.currency)}` }))}
            texts={{
              planLabel: t('planLabel'),
              quantityLabel: t('quantityLabel'),
              previewButton: t('previewButton'),
              lineColumn: t('lineColumn'),
              amountColumn: t('amountColumn'),
              total: t('total'),
            }}
          />
        </section>
      )}
    </>
  );
}
