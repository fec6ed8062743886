import type { listCustomerSubscriptions } from '@/db/queries/portal/list-customer-subscriptions';
import { planChangeBlocked } from '@/lib/billing/plan-change';
import { createFormatter } from '@/lib/i18n/create-formatter';
import type { Locale } from '@/lib/i18n/locales';
import { getTranslator } from '@/lib/i18n/translator';
import { ScheduledPlanChange } from './scheduled-plan-change';

type Row = Awaited<ReturnType<typeof listCustomerSubscriptions>>[number];

/**
 * On Min Side's list of subscriptions: the change scheduled for the next renewal with its cancel
 * button, and the way to change plan, interval or quantity when the merchant's rules allow it.
 */
export function SubscriptionPlanChangeCell({ subscription: s, shopAllows, locale, timeZone }: { subscription: Row; shopAllows: boolean; locale: Locale; timeZone: string }) {
  const t = getTranslator(locale, 'portal.planChange');
  const f = createFormatter(locale, timeZone);
  // Only whether a change is offered at all: the plans it may go to are the change page's.
  const blocked = planChangeBlocked({
    status: s.status,
    cancelAtPeriodEnd: s.cancelAtPeriodEnd,
    currentPeriodEnd: s.currentPeriodEnd,
    shopAllows,
    customerAllows: s.customerCanChangePlan,
    nextTermInvoiced: s.nextTermInvoiced,
    current: { id: '', productId: '', currency: s.currency, intervalUnit: s.intervalUnit, intervalCount: s.intervalCount, priceMinor: s.unitPriceMinor, quantity: s.quantity, unitPriceMinor: s.unitPriceMinor },
  });
  return (
    <>
      {s.scheduledPlanName && s.scheduledQuantity ? (
        <ScheduledPlanChange
          subscriptionId={s.id}
          text={t('scheduled', { quantity: String(s.scheduledQuantity), plan: `${s.productName} – ${s.scheduledPlanName}`, date: f.date(s.currentPeriodEnd.toISOString()) })}
          cancelLabel={t('cancelScheduled')}
        />
      ) : null}
      {blocked ? null : (
        <div>
          <a href={`/account/subscriptions/${s.id}/plan`} data-testid="subscription-change-plan">
            {t('link')}
          </a>
        </div>
      )}
    </>
  );
}
