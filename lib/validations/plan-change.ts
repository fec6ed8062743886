import { z } from 'zod';

const subscriptionId = z.uuid({ error: 'subscription_unknown' });
const planId = z.uuid({ error: 'choose_plan' });
// Any whole number passes here: the range (1 to the most a line may carry) is the service's
// rule, refused there with the limit named.
const quantity = z.coerce.number({ error: 'enter_how_many' }).int({ error: 'enter_whole_number' });

/** "Show what it costs" on Min Side: the plan and quantity to change to. */
export const previewPlanChangeSchema = z.object({
  subscriptionId,
  planId,
  quantity,
});

/** "Change" on Min Side: the same, and the amount the customer was shown (minor units). */
export const changePlanSchema = previewPlanChangeSchema.extend({
  expectedTotalMinor: z.coerce.number({ error: 'show_cost_first' }).int({ error: 'show_cost_first' }),
});

/** "Cancel the change" on Min Side. */
export const cancelPlanChangeSchema = z.object({ subscriptionId });

// An explicit choice, never an absent checkbox: an empty form changes nothing.
const yesNo = z.enum(['true', 'false'], { error: 'Choose whether it is allowed.' }).transform((value) => value === 'true');

/** Settings: customers may change plan, interval or quantity on Min Side. */
export const customersCanChangePlanSchema = z.object({
  customersCanChangePlan: yesNo,
});

/** Subscribers: this customer may (or may not) change plans on Min Side. */
export const customerCanChangePlanSchema = z.object({
  customerId: z.uuid({ error: 'customer_not_found' }),
  canChangePlan: yesNo,
});

/** Dashboard: staff preview a change of one customer's subscription (the pair must match). */
export const staffPreviewPlanChangeSchema = previewPlanChangeSchema.extend({
  customerId: z.uuid({ error: 'customer_not_found' }),
});

/** Dashboard: staff make the change previewed, for the amount shown. */
export const staffChangePlanSchema = changePlanSchema.extend({
  customerId: z.uuid({ error: 'customer_not_found' }),
});
