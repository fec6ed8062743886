import { z } from 'zod';

const subscriptionId = z.uuid({ error: 'That subscription does not exist.' });
const planId = z.uuid({ error: 'Choose a plan.' });
// Any whole number passes here: the range (1 to the most a line may carry) is the service's
// rule, refused there with the limit named.
const quantity = z.coerce.number({ error: 'Enter how many you want.' }).int({ error: 'Enter a whole number.' });

/** "Show what it costs" on Min Side: the plan and quantity to change to. */
export const previewPlanChangeSchema = z.object({ subscriptionId, planId, quantity });

/** "Change" on Min Side: the same, and the amount the customer was shown (minor units). */
export const changePlanSchema = previewPlanChangeSchema.extend({
  expectedTotalMinor: z.coerce.number({ error: 'Show what it costs first.' }).int({ error: 'Show what it costs first.' }),
});

/** "Cancel the change" on Min Side. */
export const cancelPlanChangeSchema = z.object({ subscriptionId });

// An explicit choice, never an absent checkbox: an empty form changes nothing.
const yesNo = z.enum(['true', 'false'], { error: 'Choose whether it is allowed.' }).transform((value) => value === 'true');

/** Settings: customers may change plan, interval or quantity on Min Side. */
export const customersCanChangePlanSchema = z.object({ customersCanChangePlan: yesNo });

/** Subscribers: this customer may (or may not) change plans on Min Side. */
export const customerCanChangePlanSchema = z.object({
  customerId: z.uuid({ error: 'That customer does not exist.' }),
  canChangePlan: yesNo,
});

/** Dashboard: staff preview a change of one customer's subscription (the pair must match). */
export const staffPreviewPlanChangeSchema = previewPlanChangeSchema.extend({ customerId: z.uuid({ error: 'That customer does not exist.' }) });

/** Dashboard: staff make the change previewed, for the amount shown. */
export const staffChangePlanSchema = changePlanSchema.extend({ customerId: z.uuid({ error: 'That customer does not exist.' }) });
