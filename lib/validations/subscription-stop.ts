import { z } from 'zod';
import { STOP_REASONS } from '@/lib/billing/self-service-stop';

const subscriptionId = z.uuid({ error: 'That subscription does not exist.' });

/** "Stop at the end of the term" on Min Side: which subscription, why, and an optional note. */
export const scheduleStopSchema = z.object({
  subscriptionId,
  reason: z.enum(STOP_REASONS, { error: 'Choose why you are stopping.' }),
  note: z.preprocess(
    (value) => (typeof value === 'string' && value.trim() === '' ? null : typeof value === 'string' ? value.trim() : value),
    z.string().max(1000, { error: 'Please keep it under 1000 characters.' }).nullable().default(null),
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
  customerId: z.uuid({ error: 'That customer does not exist.' }),
  canStop: yesNo,
});
