import { sql } from 'drizzle-orm';
import { bigint, char, check, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { customers } from './customers';
import { refundStatus } from './enums';
import type { VatCategoryCode } from '../../lib/billing/vat/vat-category';
import type { VatNotes } from '../../lib/billing/vat/document-vat';
import { invoiceLines, invoices, invoiceSeries, type CustomerSnapshot } from './invoices';
import { payments } from './payments';

/**
 * A credit note: all or part of an issued invoice taken back, numbered in its own gapless series
 * (a row of invoice_series). Its amount is refunded through the provider that took the payment,
 * or kept as the customer's balance for the next invoice (`disposition`).
 */
export const creditNotes = pgTable(
  'credit_notes',
  {
    id: uuid().primaryKey().defaultRandom(),
    customerId: uuid()
      .notNull()
      .references(() => customers.id, { onDelete: 'restrict' }),
    invoiceId: uuid()
      .notNull()
      .references(() => invoices.id, { onDelete: 'restrict' }),
    seriesId: text()
      .notNull()
      .references(() => invoiceSeries.id, { onDelete: 'restrict' }),
    sequenceNumber: integer().notNull(),
    number: text().notNull(),
    currency: char({ length: 3 }).notNull(),
    subtotalMinor: bigint({ mode: 'number' }).notNull(),
    taxMinor: bigint({ mode: 'number' }).notNull(),
    totalMinor: bigint({ mode: 'number' }).notNull(),
    reason: text().notNull(),
    disposition: text().$type<'refund' | 'balance' | 'reduce_open'>().notNull(),
    customerSnapshot: jsonb().$type<CustomerSnapshot>().notNull(),
    issuedAt: timestamp({ withTimezone: true }).notNull(),
    createdBy: text(),
    // The credited invoice's notes (reverse charge, export...), copied as its categories are.
    vatNotes: jsonb().$type<VatNotes>(),
  },
  (t) => [
    uniqueIndex('credit_notes_series_number_key').on(t.seriesId, t.sequenceNumber),
    index('credit_notes_invoice_id_idx').on(t.invoiceId),
    index('credit_notes_issued_at_id_idx').on(t.issuedAt, t.id),
    check('credit_notes_totals_check', sql`${t.subtotalMinor} + ${t.taxMinor} = ${t.totalMinor} and ${t.totalMinor} > 0`),
  ],
);

export const creditNoteLines = pgTable(
  'credit_note_lines',
  {
    creditNoteId: uuid()
      .notNull()
      .references(() => creditNotes.id, { onDelete: 'cascade' }),
    position: integer().notNull(),
    invoiceLineId: uuid().references(() => invoiceLines.id, { onDelete: 'restrict' }),
    description: text().notNull(),
    quantity: integer().notNull(),
    // Positive amounts: the note itself says they are taken back. VAT included, as on invoices.
    amountMinor: bigint({ mode: 'number' }).notNull(),
    taxRateBp: integer().notNull(),
    taxMinor: bigint({ mode: 'number' }).notNull(),
    // The credited invoice line's VAT category: a credit note mirrors its invoice.
    vatCategory: text().$type<VatCategoryCode>(),
  },
  (t) => [primaryKey({ columns: [t.creditNoteId, t.position] })],
);

/** Money sent back through a provider; its id is the provider's idempotency key. */
export const refunds = pgTable(
  'refunds',
  {
    id: uuid().primaryKey().defaultRandom(),
    paymentId: uuid()
      .notNull()
      .references(() => payments.id, { onDelete: 'restrict' }),
    creditNoteId: uuid().references(() => creditNotes.id, { onDelete: 'restrict' }),
    provider: text().notNull(),
    providerRefundId: text(),
    amountMinor: bigint({ mode: 'number' }).notNull(),
    currency: char({ length: 3 }).notNull(),
    status: refundStatus().notNull().default('pending'),
    failureReason: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    settledAt: timestamp({ withTimezone: true }),
  },
  (t) => [index('refunds_payment_id_idx').on(t.paymentId), check('refunds_amount_check', sql`${t.amountMinor} > 0`)],
);

/**
 * Every change of a customer's credit balance, in one currency, with why: an overpayment, a
 * credit note, a payment twice, or balance used on an invoice. The customer's balance in a
 * currency (customer_balances) is the sum of these rows in that currency; the rows are what the
 * merchant and the customer can read back.
 */
export const customerBalanceEntries = pgTable(
  'customer_balance_entries',
  {
    id: uuid().primaryKey().defaultRandom(),
    customerId: uuid()
      .notNull()
      .references(() => customers.id, { onDelete: 'restrict' }),
    // Positive: credit for the customer; negative: credit used.
    amountMinor: bigint({ mode: 'number' }).notNull(),
    currency: char({ length: 3 }).notNull(),
    // opening_balance: a balance kept before the ledger had a row for every change (migration).
    reason: text()
      .$type<'overpayment' | 'credit_note' | 'duplicate_payment' | 'applied_to_invoice' | 'refunded' | 'opening_balance'>()
      .notNull(),
    invoiceId: uuid().references(() => invoices.id, { onDelete: 'restrict' }),
    paymentId: uuid().references(() => payments.id, { onDelete: 'restrict' }),
    creditNoteId: uuid().references(() => creditNotes.id, { onDelete: 'restrict' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('customer_balance_entries_customer_id_idx').on(t.customerId)],
);

/**
 * A customer's credit balance per currency: the sum of their ledger rows in that currency, kept
 * in step with the ledger in the same transaction (creditBalance is its only writer).
 *
 * NOTE: a table rather than summing the ledger on read: the bill run reads the balance of every
 * subscription it renews, one primary-key lookup per row in its batch query, however long the
 * customer's history. A balance in EUR never pays a NOK invoice: a row per currency.
 */
export const customerBalances = pgTable(
  'customer_balances',
  {
    customerId: uuid()
      .notNull()
      .references(() => customers.id, { onDelete: 'restrict' }),
    currency: char({ length: 3 }).notNull(),
    balanceMinor: bigint({ mode: 'number' }).notNull().default(0),
  },
  (t) => [primaryKey({ name: 'customer_balances_pkey', columns: [t.customerId, t.currency] })],
);

export type CreditNote = typeof creditNotes.$inferSelect;
export type CreditNoteLine = typeof creditNoteLines.$inferSelect;
export type Refund = typeof refunds.$inferSelect;
export type CustomerBalanceEntry = typeof customerBalanceEntries.$inferSelect;
export type CustomerBalance = typeof customerBalances.$inferSelect;
