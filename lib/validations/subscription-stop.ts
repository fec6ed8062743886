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
