import { z } from 'zod';
import { MAX_PAUSE_TERMS_CEILING } from '@/lib/billing/subscription-pause';

const subscriptionId = z.uuid({ error: 'subscription_unknown' });

/**
 * How long: `open` (until resumed) or a whole number of terms. The merchant's maximum is the
 * service's to check (pauseRefusal), so that 0 and 1,000 get the same answer as 13.
 */
const terms = z
  .string({ error: 'choose_pause_length' })
  .trim()
  .regex(/^(open|-?\d{1,6})$/, { error: 'pause_length_format' })
  .transform((value) => (value === 'open' ? null : Number(value)));

/** "Pause" on Min Side (`retention`: chosen instead of a stop) or on the dashboard. */
export const pauseSchema = z.object({
  subscriptionId,
  terms,
  retention: z.enum(['true', 'false']).default('false').transform((value) => value === 'true'),
});

/** "Resume now" / "Cancel the pause". */
export const resumeSchema = z.object({ subscriptionId });

/** "Stay with the discount": the retention coupon instead of a stop. */
export const acceptRetentionCouponSchema = z.object({ subscriptionId });

const yesNo = z.enum(['true', 'false'], { error: 'Choose whether it is allowed.' }).transform((value) => value === 'true');

/** Settings: customers may pause on Min Side, for up to `maxPauseTerms`; the retention coupon. */
export const pauseSettingsSchema = z.object({
  customersCanPause: yesNo,
  maxPauseTerms: z.coerce
    .number({
      error: `The longest pause is a whole number of terms from 1 to ${MAX_PAUSE_TERMS_CEILING}.`,
    })
    .int({
      error: `The longest pause is a whole number of terms from 1 to ${MAX_PAUSE_TERMS_CEILING}.`,
    })
    .min(1, {
      error: `The longest pause is a whole number of terms from 1 to ${MAX_PAUSE_TERMS_CEILING}.`,
    })
    .max(MAX_PAUSE_TERMS_CEILING, {
      error: `The longest pause is a whole number of terms from 1 to ${MAX_PAUSE_TERMS_CEILING}.`,
    }),
  retentionCouponId: z.union([z.literal('').transform(() => null), z.uuid({ error: 'Choose a coupon from the list, or none.' })]),
});

/** Subscribers: this customer may (or may not) pause their subscriptions on Min Side. */
export const customerCanPauseSchema = z.object({
  customerId: z.uuid({ error: 'customer_not_found' }),
  canPause: yesNo,
});
