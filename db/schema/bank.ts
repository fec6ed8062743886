import { bigint, char, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { customers } from './customers';
import { bankTransactionStatus } from './enums';
import { invoices } from './invoices';
import { payments } from './payments';

/**
 * One statement of an imported bank file (CAMT.053 or OCR giro): a file with several statements
 * (several accounts or days) has a row per statement, numbered by `statementIndex`. The same
 * file twice is refused.
 */
export const bankImports = pgTable(
  'bank_imports',
  {
    id: uuid().primaryKey().defaultRandom(),
    format: text().$type<'camt053' | 'ocr'>().notNull(),
    filename: text().notNull(),
    // sha256 of the file: a second import of the same bytes is recognised before parsing.
    fileSha256: text().notNull(),
    statementId: text().notNull(),
    // Position of the statement in its file (0 for the first or only one).
    statementIndex: integer().notNull().default(0),
    accountIban: text(),
    entryCount: integer().notNull(),
    matchedCount: integer().notNull(),
    importedBy: text(),
    importedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('bank_imports_file_statement_key').on(t.fileSha256, t.statementIndex)],
);

/**
 * One entry of a bank file: a credit to match to an invoice, or a reversal (a bounced SEPA debit)
 * that reopens one. Unique per account and the bank's own reference, so an entry that appears in
 * two files (an overlapping statement) is applied once.
 */
export const bankTransactions = pgTable(
  'bank_transactions',
  {
    id: uuid().primaryKey().defaultRandom(),
    importId: uuid()
      .notNull()
      .references(() => bankImports.id, { onDelete: 'restrict' }),
    // '' when the file names no account (OCR giro files name the agreement, not an IBAN).
    accountKey: text().notNull(),
    bankReference: text().notNull(),
    kind: text().$type<'credit' | 'reversal'>().notNull(),
    amountMinor: bigint({ mode: 'number' }).notNull(),
    currency: char({ length: 3 }).notNull(),
    bookingDate: date().notNull(),
    reference: text(),
    remittanceText: text(),
    counterpartyName: text(),
    counterpartyIban: text(),
    returnReasonCode: text(),
    status: bankTransactionStatus().notNull(),
    // Why it is unmatched, or how it was matched, in words the merchant reads.
    matchNote: text(),
    invoiceId: uuid().references(() => invoices.id, { onDelete: 'restrict' }),
    paymentId: uuid().references(() => payments.id, { onDelete: 'restrict' }),
    // A likely invoice (same amount and payer name) for the merchant to confirm.
    suggestedInvoiceId: uuid().references(() => invoices.id, { onDelete: 'restrict' }),
    suggestedCustomerId: uuid().references(() => customers.id, { onDelete: 'restrict' }),
    resolvedBy: text(),
    resolvedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('bank_transactions_account_reference_key').on(t.accountKey, t.bankReference),
    index('bank_transactions_status_idx').on(t.status),
  ],
);

export type BankImport = typeof bankImports.$inferSelect;
export type BankTransaction = typeof bankTransactions.$inferSelect;
