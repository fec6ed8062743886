import { z } from 'zod';
import { manageCode, manageMessage } from '@/lib/i18n/manage-messages';
import { MAX_ONE_OFF_DESCRIPTION, MAX_ONE_OFF_MINOR } from '@/lib/billing/one-off-charge';
import { MAX_EXTENSION_DAYS } from '@/lib/billing/subscription-extension';
import { TAX_CLASSES } from '@/lib/billing/vat/vat-rates';

// Messages are codes of dashboard.manage.messages (staff-only forms), rendered by the merchant action.
const customerId = z.uuid({ error: manageCode('customerMissing') });
const subscriptionId = z.uuid({ error: manageCode('subscriptionNotThisCustomer') });

const DAYS = { error: manageMessage('extendDaysInvalid', { max: MAX_EXTENSION_DAYS }) };
/** Staff's "extend by N days" (a goodwill extension of the running term). */
export const extendSubscriptionSchema = z.object({
  customerId,
  subscriptionId,
  days: z
    .string(DAYS)
    .trim()
    .regex(/^\d{1,4}$/, DAYS)
    .transform(Number)
    .pipe(z.number().int().min(1, DAYS).max(MAX_EXTENSION_DAYS, DAYS)),
});

/** How a subscription's invoices are collected (subscriptions.collection; the API's `collection`). */
export const SUBSCRIPTION_COLLECTIONS = ['charge_automatically', 'send_invoice'] as const;

/** Staff's "collection" switch on the customer page (the same change as the API's PATCH). */
export const subscriptionCollectionSchema = z.object({
  customerId,
  subscriptionId,
  collection: z.enum(SUBSCRIPTION_COLLECTIONS, { error: 'Choose to charge automatically or to send an invoice.' }),
});

const AMOUNT = { error: manageMessage('chargeAmountInvalid', { max: MAX_ONE_OFF_MINOR }) };
/** Staff's "add a one-off charge"; `key` is rendered with the form, so a double submit is one charge. */
export const oneOffChargeSchema = z.object({
  key: z.uuid({ error: manageCode('reloadAndRetry') }),
  customerId,
  subscriptionId,
  description: z
    .string({ error: manageCode('chargeDescriptionRequired') })
    .trim()
    .min(1, { error: manageCode('chargeDescriptionRequired') })
    .max(MAX_ONE_OFF_DESCRIPTION, { error: manageCode('chargeDescriptionTooLong') }),
  amountMinor: z
    .string(AMOUNT)
    .trim()
    .regex(/^\d{1,10}$/, AMOUNT)
    .transform(Number)
    .pipe(z.number().int().min(1, AMOUNT).max(MAX_ONE_OFF_MINOR, AMOUNT)),
  taxClass: z.enum(TAX_CLASSES, { error: manageCode('taxClassRequired') }),
});
