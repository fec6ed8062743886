import { sql } from 'drizzle-orm';
import {
  boolean,
  bigint,
  char,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { StoredVatEvidence, VatNotes } from '../../lib/billing/vat/document-vat';
import type { VatCategoryCode } from '../../lib/billing/vat/vat-category';
import { customers } from './customers';
import { invoiceLineKind, invoiceStatus } from './enums';
import { orders } from './orders';
import { subscriptions } from './subscriptions';

/** Gapless number counters, one row a series; locked FOR UPDATE when a number is taken. */
export const invoiceSeries = pgTable('invoice_series', {
  id: text().primaryKey(),
  prefix: text().notNull(),
  nextNumber: integer().notNull().default(1),
});

/** What the invoice was issued to, frozen at finalization. */
export type CustomerSnapshot = {
  name: string;
  email: string;
  companyName: string | null;
  vatId: string | null;
  addressLine1: string;
  addressLine2: string | null;
  postalCode: string;
  city: string;
  country: string;
  // Frozen since customer types and business ids were added; older snapshots lack them.
  customerType?: 'consumer' | 'business';
  organisationNumber?: string | null;
  peppolScheme?: string | null;
  peppolId?: string | null;
  phone?: string | null;
};

export const invoices = pgTable(
  'invoices',
  {
    id: uuid().primaryKey().defaultRandom(),
    customerId: uuid()
      .notNull()
      .references(() => customers.id, { onDelete: 'restrict' }),
    orderId: uuid().references(() => orders.id, { onDelete: 'restrict' }),
    // Set on renewal invoices: one invoice per (subscription, term).
    subscriptionId: uuid().references(() => subscriptions.id, { onDelete: 'restrict' }),
    term: integer(),
    // Set on the invoice of an early-exit fee (a stop at once inside a commitment): its key, one
    // fee invoice per subscription, so a retried or doubled confirm never invoices it twice.
    earlyExitOf: uuid().references(() => subscriptions.id, { onDelete: 'restrict' }),
    status: invoiceStatus().notNull().default('draft'),
    seriesId: text().references(() => invoiceSeries.id, { onDelete: 'restrict' }),
    // Drafts have no number; the number is taken at finalization.
    sequenceNumber: integer(),
    number: text(),
    currency: char({ length: 3 }).notNull(),
    subtotalMinor: bigint({ mode: 'number' }).notNull(),
    taxMinor: bigint({ mode: 'number' }).notNull(),
    totalMinor: bigint({ mode: 'number' }).notNull(),
    amountPaidMinor: bigint({ mode: 'number' }).notNull().default(0),
    // Credit notes against this invoice, in total: what is still owed is total - paid - credited.
    creditedMinor: bigint({ mode: 'number' }).notNull().default(0),
    customerSnapshot: jsonb().$type<CustomerSnapshot>(),
    paymentReference: text(),
    issuedAt: timestamp({ withTimezone: true }),
    dueAt: timestamp({ withTimezone: true }),
    paidAt: timestamp({ withTimezone: true }),
    // Dunning cursor of an unpaid invoice: the next step (position) and when it is due.
    nextDunningStep: integer(),
    nextDunningAt: timestamp({ withTimezone: true }),
    // A paid invoice reopened (a bounced debit, a chargeback) is dunned again from the reversal:
    // round 1, 2, ... counted from `dunningFrom` instead of the due date, logged and e-mailed
    // under its own keys so the steps of the first round do not swallow the new ones.
    dunningRound: integer().notNull().default(0),
    dunningFrom: timestamp({ withTimezone: true }),
    // The invoice e-mail (PDF, pay link) the `issue` step decided on is still to be composed;
    // cleared in the transaction that puts it in the outbox.
    emailPending: boolean().notNull().default(false),
    // Why lines carry no VAT, per category (reverse charge, export...): printed on the PDF and the
    // e-invoice; and the customer's country evidence when another EU country's VAT was charged (OSS).
    vatNotes: jsonb().$type<VatNotes>(),
    vatEvidence: jsonb().$type<StoredVatEvidence>(),
    // Whether the amounts were priced from VAT-inclusive prices (true) or from net prices with VAT
    // added; frozen at finalisation, so a document keeps its meaning after the shop switches.
    pricesIncludeVat: boolean().notNull().default(true),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('invoices_series_number_key').on(t.seriesId, t.sequenceNumber),
    // NOTE: partial where most rows are null (renewal invoices have no order; paid ones no
    // dunning date): a bill run inserts thousands of invoices and each index entry costs.
    uniqueIndex('invoices_order_id_key').on(t.orderId).where(sql`${t.orderId} is not null`),
    uniqueIndex('invoices_subscription_term_key').on(t.subscriptionId, t.term),
    uniqueIndex('invoices_early_exit_of_key').on(t.earlyExitOf).where(sql`${t.earlyExitOf} is not null`),
    index('invoices_customer_id_idx').on(t.customerId),
    // The invoices list: keyset order (newest first) and search by number or payment reference.
    index('invoices_created_at_id_idx').on(t.createdAt, t.id),
    // The overdue list walks only the open invoices (a few percent), newest first.
    index('invoices_open_created_at_id_idx').on(t.createdAt, t.id).where(sql`${t.status} = 'open'`),
    index('invoices_number_trgm_idx').using('gin', t.number.op('gin_trgm_ops')),
    index('invoices_payment_reference_trgm_idx').using('gin', t.paymentReference.op('gin_trgm_ops')),
    // The month export's keyset (issued, id); issue times only grow, so new entries append.
    index('invoices_issued_at_id_idx').on(t.issuedAt, t.id),
    index('invoices_next_dunning_at_idx').on(t.nextDunningAt).where(sql`${t.nextDunningAt} is not null`),
    index('invoices_payment_reference_idx').on(t.paymentReference),
    index('invoices_email_pending_idx').on(t.issuedAt).where(sql`${t.emailPending}`),
    check('invoices_number_check', sql`(${t.status} = 'draft') = (${t.sequenceNumber} is null)`),
    check('invoices_totals_check', sql`${t.subtotalMinor} + ${t.taxMinor} = ${t.totalMinor}`),
  ],
);

export const invoiceLines = pgTable(
  'invoice_lines',
  {
    id: uuid().primaryKey().defaultRandom(),
    invoiceId: uuid()
      .notNull()
      .references(() => invoices.id, { onDelete: 'cascade' }),
    position: integer().notNull(),
    kind: invoiceLineKind().notNull(),
    description: text().notNull(),
    quantity: integer().notNull(),
    unitAmountMinor: bigint({ mode: 'number' }).notNull(),
    // Line amount, VAT included, rounded once (HALF_UP).
    amountMinor: bigint({ mode: 'number' }).notNull(),
    taxRateBp: integer().notNull(),
    taxMinor: bigint({ mode: 'number' }).notNull(),
    // EN 16931 VAT category (S, Z, E, AE, K, G, O) decided when the line was written; null on
    // lines from before categories were stored (read as S above 0 %, Z at 0 %).
    vatCategory: text().$type<VatCategoryCode>(),
    subscriptionId: uuid().references(() => subscriptions.id, { onDelete: 'restrict' }),
    term: integer(),
    periodStart: timestamp({ withTimezone: true }),
    periodEnd: timestamp({ withTimezone: true }),
  },
  (t) => [
    uniqueIndex('invoice_lines_invoice_id_position_key').on(t.invoiceId, t.position),
    // NOTE: the real guard against billing a term twice, whichever invoice carries it.
    uniqueIndex('invoice_lines_subscription_term_plan_key')
      .on(t.subscriptionId, t.term)
      .where(sql`${t.kind} = 'plan'`),
  ],
);

export type Invoice = typeof invoices.$inferSelect;
export type NewInvoice = typeof invoices.$inferInsert;
export type InvoiceLine = typeof invoiceLines.$inferSelect;
export type NewInvoiceLine = typeof invoiceLines.$inferInsert;
