import { z } from 'zod';
import { subscriptionStatuses } from '@/lib/billing/lifecycle';
import { DOMAIN_EVENT_SUBJECT_TYPES } from '@/db/schema/domain-events';
import { currency, customerFilter, listOf, listQuery, minor, nullableTimestamp, timestamp } from './common';

export const Subscription = z
  .object({
    id: z.uuid(),
    object: z.literal('subscription'),
    customer: z.uuid(),
    plan: z.uuid(),
    status: z.enum(subscriptionStatuses),
    quantity: z.int(),
    currency,
    unit_amount: minor('Price per term as agreed, VAT included'),
    current_period_start: timestamp,
    current_period_end: timestamp,
    cancel_at_period_end: z.boolean(),
    collection: z.enum(['charge_automatically', 'send_invoice']).meta({ description: 'How its invoices are collected: charged on the customer’s stored method (sent when they have none), or sent with a pay link.' }),
    canceled_at: nullableTimestamp,
    ended_at: nullableTimestamp,
    trial_ends_at: nullableTimestamp,
    commitment_ends_at: nullableTimestamp,
    created_at: timestamp,
  })
  .meta({ id: 'Subscription' });

export const SubscriptionList = listOf(Subscription, 'SubscriptionList');
export const SubscriptionListQuery = z.object({
  ...listQuery,
  status: z.enum(subscriptionStatuses, { error: `status is one of ${subscriptionStatuses.join(', ')}.` }).optional(),
  customer: customerFilter,
});

export const SubscriptionCancel = z
  .object({
    at: z
      .enum(['period_end', 'now'], { error: 'at is period_end (the default) or now.' })
      .default('period_end')
      .meta({ description: '`period_end`: it runs to the end of the paid term. `now`: it ends at once and what was paid and not used is credited.' }),
  })
  .strict()
  .meta({ id: 'SubscriptionCancel' });

const INVOICE_STATUSES = ['draft', 'open', 'paid', 'void', 'uncollectible'] as const;

export const InvoiceLine = z
  .object({
    id: z.uuid(),
    kind: z.enum(['plan', 'setup_fee', 'discount', 'one_off', 'shipping', 'reminder_fee', 'proration']),
    description: z.string(),
    quantity: z.int(),
    unit_amount: minor('Per unit, VAT included'),
    amount: minor('The line, VAT included'),
    tax_rate_bp: z.int(),
    tax: minor('VAT in the line'),
    period_start: nullableTimestamp,
    period_end: nullableTimestamp,
  })
  .meta({ id: 'InvoiceLine' });

const invoiceFields = {
  id: z.uuid(),
  object: z.literal('invoice'),
  number: z.string().nullable().meta({ description: 'Null for a draft: numbers are given at finalization.' }),
  status: z.enum(INVOICE_STATUSES),
  customer: z.uuid(),
  subscription: z.uuid().nullable(),
  currency,
  subtotal: minor('Without VAT'),
  tax: minor('VAT'),
  total: minor('With VAT'),
  amount_paid: minor('Paid so far'),
  amount_credited: minor('Credited by credit notes'),
  issued_at: nullableTimestamp,
  due_at: nullableTimestamp,
  paid_at: nullableTimestamp,
  created_at: timestamp,
};

export const Invoice = z.object(invoiceFields).meta({ id: 'Invoice' });
export const InvoiceWithLines = z.object({ ...invoiceFields, lines: z.array(InvoiceLine) }).meta({ id: 'InvoiceWithLines' });
export const InvoiceList = listOf(Invoice, 'InvoiceList');
export const InvoiceListQuery = z.object({
  ...listQuery,
  status: z.enum(INVOICE_STATUSES, { error: `status is one of ${INVOICE_STATUSES.join(', ')}.` }).optional(),
  customer: customerFilter,
  subscription: z.uuid({ error: 'subscription is the id of a subscription.' }).optional(),
});

export const InvoicePaymentCreate = z
  .object({
    amount: z.int({ error: 'amount is a whole number of minor units (cents), e.g. 1250 for 12.50.' }).positive({ error: 'amount must be above zero.' }),
    currency: z.string({ error: 'Give the currency, e.g. EUR.' }).regex(/^[A-Z]{3}$/, { error: 'currency is a three-letter code such as EUR.' }),
    paid_on: z.iso.date({ error: 'paid_on is the date the money arrived, as YYYY-MM-DD.' }),
    method: z.enum(['bank_transfer'], { error: 'method is bank_transfer.' }).default('bank_transfer'),
    note: z.string().max(500, { error: 'Keep the note under 500 characters.' }).nullish(),
  })
  .strict()
  .meta({ id: 'InvoicePaymentCreate' });

export const Payment = z
  .object({
    id: z.uuid(),
    object: z.literal('payment'),
    customer: z.uuid(),
    invoice: z.uuid().nullable(),
    amount: minor('Amount'),
    currency,
    status: z.enum(['pending', 'paid', 'failed', 'canceled', 'charged_back']),
    method: z.string(),
    source: z.enum(['checkout', 'autopay', 'manual', 'bank_file', 'balance']),
    failure_reason: z.string().nullable(),
    settled_at: nullableTimestamp,
    created_at: timestamp,
  })
  .meta({ id: 'Payment' });
export const PaymentList = listOf(Payment, 'PaymentList');
export const PaymentListQuery = z.object({
  ...listQuery,
  status: z.enum(['pending', 'paid', 'failed', 'canceled', 'charged_back'], { error: 'status is one of pending, paid, failed, canceled, charged_back.' }).optional(),
  customer: customerFilter,
  invoice: z.uuid({ error: 'invoice is the id of an invoice.' }).optional(),
});

export const CreditNote = z
  .object({
    id: z.uuid(),
    object: z.literal('credit_note'),
    number: z.string(),
    customer: z.uuid(),
    invoice: z.uuid(),
    currency,
    subtotal: minor('Without VAT'),
    tax: minor('VAT'),
    total: minor('With VAT'),
    reason: z.string(),
    disposition: z.enum(['refund', 'balance', 'reduce_open']),
    issued_at: timestamp,
  })
  .meta({ id: 'CreditNote' });
export const CreditNoteList = listOf(CreditNote, 'CreditNoteList');
export const CreditNoteListQuery = z.object({
  ...listQuery,
  customer: customerFilter,
  invoice: z.uuid({ error: 'invoice is the id of an invoice.' }).optional(),
});

export const CreditNoteCreate = z
  .object({
    invoice: z.uuid({ error: 'invoice is the id of an open or paid invoice.' }),
    amount: z
      .union([z.int().positive(), z.literal('full')], { error: 'amount is a whole number of minor units above zero, or "full".' })
      .meta({ description: 'VAT included, in the invoice’s currency; `full` credits all that can still be credited.' }),
    reason: z.string({ error: 'Give the reason for the credit.' }).trim().min(1, { error: 'Give the reason for the credit.' }).max(500),
    disposition: z
      .enum(['refund', 'balance'], { error: 'disposition is refund or balance.' })
      .default('balance')
      .meta({ description: 'For a paid invoice: refund the money, or credit the customer’s balance. An open invoice’s credit lowers what it owes.' }),
  })
  .strict()
  .meta({ id: 'CreditNoteCreate' });

export const Event = z
  .object({
    id: z.uuid(),
    object: z.literal('event'),
    type: z.string().meta({ description: 'e.g. `billing/invoice.paid`.' }),
    subject_type: z.enum(DOMAIN_EVENT_SUBJECT_TYPES).nullable(),
    subject_id: z.uuid().nullable(),
    data: z.record(z.string(), z.unknown()),
    created_at: timestamp,
  })
  .meta({ id: 'Event' });
export const EventList = listOf(Event, 'EventList');
export const EventListQuery = z.object({
  ...listQuery,
  type: z.string().max(100).optional().meta({ description: 'Only events of this type.' }),
});

export const InvoiceVoid = z
  .object({
    reason: z.string().trim().min(1, { error: 'Give the reason, or leave it out.' }).max(500).default('Voided').meta({ description: 'Printed on the credit note that voids the invoice.' }),
  })
  .strict()
  .meta({ id: 'InvoiceVoid' });

export const RefundCreate = z
  .object({
    amount: z
      .union([z.int().positive(), z.literal('full')], { error: 'amount is a whole number of minor units above zero, or "full".' })
      .default('full')
      .meta({ description: 'VAT included; `full` (the default) refunds all of the payment not refunded yet.' }),
    reason: z.string().trim().min(1, { error: 'Give the reason for the refund.' }).max(500).default('Refund').meta({ description: 'Printed on the credit note.' }),
  })
  .strict()
  .meta({ id: 'RefundCreate' });

export const Refund = z
  .object({
    id: z.uuid(),
    object: z.literal('refund'),
    payment: z.uuid(),
    credit_note: z.uuid().nullable(),
    amount: minor('Sent back'),
    currency,
    status: z.enum(['pending', 'refunded', 'failed']),
    failure_reason: z.string().nullable(),
    created_at: timestamp,
  })
  .meta({ id: 'Refund' });
