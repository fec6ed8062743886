import { SubscriptionStopNow } from '@/components/portal/subscription-stop-now';
import type { listCustomerSubscriptions } from '@/db/queries/portal/list-customer-subscriptions';
import type { StorefrontSettings } from '@/db/queries/settings/get-storefront-settings';
import { earlyExitRuleFor, stopNowRefusal } from '@/lib/billing/stop-now';
import type { Locale } from '@/lib/i18n/locales';
import { getTranslator } from '@/lib/i18n/translator';

/**
 * "Stop at once" for one subscription, offered only where the merchant's rules allow it
 * (stopNowRefusal: the shop's switch and the customer's, and inside a commitment only when the
 * shop asks an early-exit fee). What it offers, the server allows; once stopped, it shows the
 * confirmation.
 */
export function SubscriptionStopNowCell({
  subscription: s,
  settings,
  now,
  locale,
  reasons,
}: {
  subscription: Awaited<ReturnType<typeof listCustomerSubscriptions>>[number];
  settings: StorefrontSettings;
  now: Date;
  locale: Locale;
  reasons: { value: string; label: string }[];
}) {
  const refusal = stopNowRefusal({
    status: s.status,
    commitmentEndsAt: s.commitmentEndsAt,
    now,
    shopAllows: settings.customersCanStopNow,
    customerAllows: s.customerCanStopNow,
    rule: earlyExitRuleFor(settings.earlyExitFee, settings.earlyExitFeeAmounts, s.currency),
  });
  // Not offered where the merchant does not allow it; otherwise kept in place (see `offered`).
  if (refusal?.code === 'not_allowed') return null;
  const t = getTranslator(locale, 'portal.subscriptionStopNow');
  return (
    <SubscriptionStopNow
      subscriptionId={s.id}
      offered={refusal === null}
      reasons={reasons}
      texts={{
        openButton: t('openButton'),
        intro: t('intro'),
        previewButton: t('previewButton'),
        lineColumn: t('lineColumn'),
        amountColumn: t('amountColumn'),
        creditTotal: t('creditTotal'),
        noCredit: t('noCredit'),
        reasonLabel: t('reasonLabel'),
      }}
    />
  );
}
