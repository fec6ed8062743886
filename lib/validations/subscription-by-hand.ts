import { z } from 'zod';
import { MAX_ONE_OFF_DESCRIPTION, MAX_ONE_OFF_MINOR } from '@/lib/billing/one-off-charge';
import { MAX_EXTENSION_DAYS } from '@/lib/billing/subscription-extension';
import { TAX_CLASSES } from '@/lib/billing/vat/vat-rates';

const customerId = z.uuid({ error: 'That customer does not exist.' });
const subscriptionId = z.uuid({ error: 'That subscription does not exist for this customer.' });

const DAYS = `Extend by a whole number of days from 1 to ${MAX_EXTENSION_DAYS}.`;
/** Staff's "extend by N days" (a goodwill extension of the running term). */
export const extendSubscriptionSchema = z.object({
  customerId,
  subscriptionId,
  days: z
    .string({ error: DAYS })
    .trim()
    .regex(/^\d{1,4}$/, { error: DAYS })
    .transform(Number)
    .pipe(z.number().int().min(1, { error: DAYS }).max(MAX_EXTENSION_DAYS, { error: DAYS })),
});

/** How a subscription's invoices are collected (subscriptions.collection; the API's `collection`). */
export const SUBSCRIPTION_COLLECTIONS = ['charge_automatically', 'send_invoice'] as const;

/** Staff's "collection" switch on the customer page (the same change as the API's PATCH). */
export const subscriptionCollectionSchema = z.object({
  customerId,
  subscriptionId,
  collection: z.enum(SUBSCRIPTION_COLLECTIONS, { error: 'Choose to charge automatically or to send an invoice.' }),
});

const AMOUNT = `The amount is a whole number of minor units (cents, øre) from 1 to ${MAX_ONE_OFF_MINOR}, VAT included.`;
/** Staff's "add a one-off charge"; `key` is rendered with the form, so a double submit is one charge. */
export const oneOffChargeSchema = z.object({
  key: z.uuid({ error: 'Reload the page and try again.' }),
  customerId,
  subscriptionId,
  description: z
    .string({ error: 'Say what the charge is for.' })
    .trim()
    .min(1, { error: 'Say what the charge is for.' })
    .max(MAX_ONE_OFF_DESCRIPTION, { error: `Keep the description to ${MAX_ONE_OFF_DESCRIPTION} characters.` }),
  amountMinor: z
    .string({ error: AMOUNT })
    .trim()
    .regex(/^\d{1,10}$/, { error: AMOUNT })
    .transform(Number)
    .pipe(z.number().int().min(1, { error: AMOUNT }).max(MAX_ONE_OFF_MINOR, { error: AMOUNT })),
  taxClass: z.enum(TAX_CLASSES, { error: 'Choose a VAT class from the list.' }),
});
