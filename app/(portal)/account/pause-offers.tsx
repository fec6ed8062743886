import type { ReactNode } from 'react';
import { RetentionCouponOffer } from '@/components/portal/retention-coupon-offer';
import { SubscriptionPause, type SubscriptionPauseTexts } from '@/components/portal/subscription-pause';
import type { listCustomerSubscriptions } from '@/db/queries/portal/list-customer-subscriptions';
import type { StorefrontSettings } from '@/db/queries/settings/get-storefront-settings';
import type { getRetentionCoupon } from '@/db/queries/portal/get-retention-coupon';
import { retentionOffers } from '@/lib/billing/retention-offer';
import { pauseOffer, type PauseOffer } from '@/lib/billing/subscription-pause';
import { createFormatter } from '@/lib/i18n/create-formatter';
import { describeDiscount } from '@/lib/i18n/describe-discount';
import type { Locale } from '@/lib/i18n/locales';
import { getTranslator } from '@/lib/i18n/translator';

type Row = Awaited<ReturnType<typeof listCustomerSubscriptions>>[number];
type Coupon = NonNullable<Awaited<ReturnType<typeof getRetentionCoupon>>>;

/**
 * What Min Side shows of pausing one subscription: the next term's date as a pause moves it, the
 * pause (or resume) under the merchant's rules, and the offers beside the stop (pause, coupon).
 * Offered here by the same pure rules the server applies when the form is sent.
 */
export function pauseView(input: { s: Row; settings: StorefrontSettings; coupon: Coupon | null; locale: Locale; now: Date }) {
  const { s, settings, coupon, locale } = input;
  const t = getTranslator(locale, 'portal.subscriptionPause');
  const f = createFormatter(locale, settings.timeZone);
  const date = (d: Date) => f.date(d.toISOString());
  const offer: PauseOffer = pauseOffer({
    status: s.status,
    cancelAtPeriodEnd: s.cancelAtPeriodEnd,
    pauseAtPeriodEnd: s.pauseAtPeriodEnd,
    currentPeriodEnd: s.currentPeriodEnd,
    shopAllows: settings.customersCanPause,
    customerAllows: s.customerCanPause,
    maxTerms: settings.maxPauseTerms,
    nextTermInvoiced: s.nextTermInvoiced,
  });
  const paused = s.status === 'paused';
  const pausing = paused || s.pauseAtPeriodEnd;
  // The next term as the pause moves it: at the pause's end, or none until resumed.
  const nextTermAt: Date | null = pausing ? s.pauseResumesAt : s.currentPeriodEnd;
  const pauseState = paused
    ? s.pauseResumesAt
      ? t('pausedUntil', { date: date(s.pauseResumesAt) })
      : t('pausedOpen')
    : t('pausesOn', { date: date(s.currentPeriodEnd) });
  const texts: SubscriptionPauseTexts = {
    pauseOpen: t('pauseOpen'),
    pauseHeading: t('pauseHeading'),
    pauseIntro: t('pauseIntro', { date: date(s.currentPeriodEnd) }),
    termsLabel: t('termsLabel'),
    untilResumed: t('untilResumed'),
    confirmPause: t('confirmPause', { date: date(s.currentPeriodEnd) }),
    pauseState,
    resumeButton: paused ? t('resumeButton') : t('cancelPauseButton'),
  };
  const termOptions = Array.from({ length: settings.maxPauseTerms }, (_, i) => ({ value: i + 1, label: t('termsOption', { count: i + 1 }) }));
  const pause = <SubscriptionPause subscriptionId={s.id} offer={offer.kind} termOptions={termOptions} texts={texts} />;

  const offers = retentionOffers({ pauseAllowed: offer.kind === 'pause', coupon: coupon ? { ...coupon, planIds: coupon.planIds ?? null } : null, subscription: s, now: input.now });
  // A pause taken here stays here (as its resume) while it is coming, so that its confirmation
  // is seen where it was asked for.
  const pauseTakenHere = s.pauseAtPeriodEnd && offer.kind === 'resume';
  let retention: ReactNode = null;
  if (offers.length > 0 || pauseTakenHere) {
    const worded = coupon ? describeDiscount(locale, coupon) : null;
    retention = (
      <div className="stack" data-testid="retention-offers">
        <strong>{t('offerHeading')}</strong>
        {(offers.includes('pause') || pauseTakenHere) && (
          <>
            <span>{t('offerPause')}</span>
            <SubscriptionPause subscriptionId={s.id} offer={offers.includes('pause') ? 'pause' : 'resume'} termOptions={termOptions} texts={texts} retention />
          </>
        )}
        {offers.includes('coupon') && worded && (
          <RetentionCouponOffer subscriptionId={s.id} text={t('offerCoupon', worded)} accept={t('acceptCoupon')} />
        )}
      </div>
    );
  }
  return { nextTermAt, pause, retention, pausing };
}
