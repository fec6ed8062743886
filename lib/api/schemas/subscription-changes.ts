import { z } from 'zod';
import { currency, minor, timestamp } from './common';

const quantity = z
  .int({ error: 'quantity is a whole number of at least 1.' })
  .min(1, { error: 'quantity is a whole number of at least 1.' })
  .max(1000, { error: 'quantity is at most 1000.' });

export const SubscriptionCreate = z
  .object({
    customer: z.uuid({ error: 'customer is the id of a customer.' }),
    plan: z.uuid({ error: 'plan is the id of a plan.' }),
    quantity: quantity.default(1),
    coupon: z.string().trim().min(1).max(40).optional().meta({ description: 'A coupon code, applied as at checkout (refused with 422 when it does not apply).' }),
    collection: z
      .enum(['charge_automatically', 'send_invoice'], { error: 'collection is charge_automatically or send_invoice.' })
      .default('charge_automatically')
      .meta({
        description:
          '`charge_automatically`: the first invoice is charged on the customer’s stored payment method (422 when they have none). `send_invoice`: it is e-mailed with a pay link and due on the plan’s payment terms.',
      }),
    shipping_method: z
      .uuid({ error: 'shipping_method is the id of a shipping method.' })
      .optional()
      .meta({ description: 'For a plan that is shipped (a physical product), required: the id of one of the shop’s active shipping methods in the plan’s currency, priced on every invoice as at checkout (422 `shipping_method_required` when left out). Refused for a plan that is not shipped.' }),
  })
  .strict()
  .meta({ id: 'SubscriptionCreate' });

const collection = z.enum(['charge_automatically', 'send_invoice'], { error: 'collection is charge_automatically or send_invoice.' });

/**
 * What changes in place, without a plan change. `plan` and `quantity` are named only to be
 * refused with a pointer to the plan change (its proration needs a preview).
 */
export const SubscriptionUpdate = z
  .object({
    collection: collection.optional().meta({
      description:
        'How its invoices are collected from now on (an invoice already issued is not touched): `charge_automatically` on the customer’s stored method (422 when they have none), or `send_invoice` with a pay link even so.',
    }),
    cancel_at_period_end: z
      .literal(false, { error: 'cancel_at_period_end can only be set to false here (undoing a stop); stop with POST /subscriptions/{id}/cancel.' })
      .optional()
      .meta({ description: '`false` calls off a stop at the term’s end (409 when none is scheduled). To stop, use `POST /subscriptions/{id}/cancel`.' }),
    plan: z.unknown().optional().meta({ description: 'Not changed here: refused (422 `use_plan_change`); use `POST /subscriptions/{id}/plan_change`.' }),
    quantity: z.unknown().optional().meta({ description: 'Not changed here: refused (422 `use_plan_change`); use `POST /subscriptions/{id}/plan_change`.' }),
  })
  .strict()
  .meta({ id: 'SubscriptionUpdate' });

export const SubscriptionPause = z
  .object({
    terms: z
      .int({ error: 'terms is a whole number of terms, or null for until resumed.' })
      .min(1, { error: 'terms is at least 1.' })
      .nullable()
      .default(null)
      .meta({ description: 'How many terms the pause lasts; null (the default) pauses until resumed.' }),
  })
  .strict()
  .meta({ id: 'SubscriptionPause' });

export const SubscriptionResume = z.object({}).strict().meta({ id: 'SubscriptionResume' });

const planChangeFields = {
  plan: z.uuid({ error: 'plan is the id of a plan.' }).meta({ description: 'The plan to move to (the same plan to change only the quantity).' }),
  quantity: quantity.optional().meta({ description: 'The new quantity; the current one when left out.' }),
};

export const PlanChangePreviewRequest = z.object(planChangeFields).strict().meta({ id: 'PlanChangePreviewRequest' });

export const PlanChangeRequest = z
  .object({
    ...planChangeFields,
    expected_total: z
      .int({ error: 'expected_total is the `total` of the preview you confirm, in minor units.' })
      .meta({ description: 'The `total` of the preview being confirmed: the change is refused (409 `preview_changed`) when it would charge another amount now.' }),
  })
  .strict()
  .meta({ id: 'PlanChangeRequest' });

export const PlanChangePreview = z
  .object({
    object: z.literal('plan_change_preview'),
    subscription: z.uuid(),
    timing: z.enum(['now', 'renewal']).meta({ description: '`now` for an upgrade (prorated at once); `renewal` for anything else (from the next term).' }),
    effective_at: timestamp,
    plan: z.uuid(),
    plan_name: z.string(),
    quantity: z.int(),
    currency,
    term_amount: minor('What a term costs on the new plan, VAT included'),
    lines: z.array(
      z.object({ description: z.string(), amount: minor('The line, VAT included'), tax: minor('VAT in the line'), tax_rate_bp: z.int() }),
    ),
    total: minor('What is invoiced now (0 for a change at the renewal)'),
    tax: minor('VAT in `total`'),
    days_unused: z.int().nullable(),
    days_in_period: z.int().nullable(),
  })
  .meta({ id: 'PlanChangePreview' });

export const PlanChange = z
  .object({
    object: z.literal('plan_change'),
    subscription: z.uuid(),
    timing: z.enum(['now', 'renewal']),
    effective_at: timestamp,
    plan: z.uuid(),
    quantity: z.int(),
    invoice: z.uuid().nullable().meta({ description: 'The proration invoice of an upgrade; null when nothing was invoiced now.' }),
    total: minor('What was invoiced now'),
  })
  .meta({ id: 'PlanChange' });
