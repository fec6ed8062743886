import { stringify } from 'csv-stringify/sync';
import { csvText as text, minorToDecimal } from '@/lib/csv/csv-cells';
import type { PaymentsReportRow } from './payments-report';

export { minorToDecimal };

const COLUMNS = [
  'payment_id',
  'settled_at',
  'customer_name',
  'customer_email',
  'invoice_number',
  'amount',
  'currency',
  'method',
  'status',
  'source',
  'provider',
  'provider_payment_id',
  'reference',
] as const;

/** The report as CSV: a header row, one row a payment, ISO 8601 instants in UTC. */
export function paymentsReportCsv(rows: PaymentsReportRow[]): string {
  return stringify(
    rows.map((row) => [
      row.id,
      row.settledAt,
      text(row.customerName),
      text(row.customerEmail),
      text(row.invoiceNumber),
      minorToDecimal(row.amountMinor, row.currency),
      row.currency,
      row.method,
      row.status,
      row.source,
      row.provider,
      text(row.providerPaymentId),
      text(row.reference),
    ]),
    { header: true, columns: [...COLUMNS], record_delimiter: 'windows' },
  );
}
