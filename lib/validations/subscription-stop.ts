import { z } from 'zod';
import { STOP_REASONS } from '@/lib/billing/self-service-stop';

const subscriptionId = z.uuid({ error: 'subscription_unknown' });

/** "Stop at the end of the term" on Min Side: which subscription, why, and an optional note. */
export const scheduleStopSchema = z.object({
  subscriptionId,
  reason: z.enum(STOP_REASONS, { error: 'choose_stop_reason' }),
  note: z.preprocess(
    (value) => (typeof value === 'string' && value.trim() === '' ? null : typeof value === 'string' ? value.trim() : value),
    z.string().max(1000, { error: 'note_too_long' }).nullable().default(null),
  ),
});

/** "Undo the stop" on Min Side. */
export const undoStopSchema = z.object({ subscriptionId });

// An explicit choice, never an absent checkbox: an empty form changes nothing.
const yesNo = z.enum(['true', 'false'], { error: 'Choose whether it is allowed.' }).transform((value) => value === 'true');

/** Settings: customers may stop their subscriptions on Min Side. */
export const customersCanStopSchema = z.object({ customersCanStop: yesNo });

/** Subscribers: this customer may (or may not) stop their subscriptions on Min Side. */
export const customerCanStopSchema = z.object({
  customerId: z.uuid({ error: 'customer_not_found' }),
  canStop: yesNo,
});

/** "Show what I get back" (stop at once) on Min Side. */
export const previewStopNowSchema = z.object({ subscriptionId });

const shownMinor = z.coerce.number({ error: 'show_refund_first' }).int({ error: 'show_refund_first' }).min(0);

/** "Stop now" on Min Side: why, and the amounts the customer was shown (minor units). */
export const stopNowSchema = scheduleStopSchema.extend({
  expectedCreditMinor: shownMinor,
  expectedFeeMinor: shownMinor,
});

/** Settings: customers may stop at once on Min Side, and what leaving a commitment early costs. */
export const stopNowSettingsSchema = z.object({
  customersCanStopNow: yesNo,
  earlyExitFee: z.enum(['none', 'fixed', 'rest_of_commitment'], {
    error: 'Choose what leaving a commitment early costs.',
  }),
  // "EUR 25.00, NOK 250" style is parsed by the action per currency; here only its shape.
  earlyExitFeeAmounts: z.string().max(500).default(''),
});

/** Subscribers: this customer may (or may not) stop at once on Min Side. */
export const customerCanStopNowSchema = z.object({
  customerId: z.uuid({ error: 'customer_not_found' }),
  canStopNow: yesNo,
});
