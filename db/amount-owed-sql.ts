import { sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';

/** The invoice table, or an alias of it (`alias(invoices, ...)`). */
type InvoiceColumns = { totalMinor: AnyPgColumn; amountPaidMinor: AnyPgColumn; creditedMinor: AnyPgColumn };

/**
 * What an invoice still owes, computed in a query: the SQL twin of `amountOwed`
 * (lib/billing/amount-owed.ts), for a filter or a list that cannot load the rows first. Same
 * formula: total less payments less credit notes, never below zero. A bigint: mapped with
 * Number() like any bigint the driver returns as text.
 */
export function amountOwedSql(table: InvoiceColumns): SQL<string> {
  return sql<string>`greatest(0, ${table.totalMinor} - ${table.amountPaidMinor} - ${table.creditedMinor})::bigint`;
}
