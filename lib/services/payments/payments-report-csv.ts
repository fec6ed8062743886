import { stringify } from 'csv-stringify/sync';
import { currencyExponent } from '@/lib/billing/money';
import type { PaymentsReportRow } from './payments-report';

/**
 * Minor units as a plain decimal string in the currency's own exponent ("1234.50", "-0.05",
 * "1200" for JPY): string arithmetic, never a float, no grouping, a dot whatever the locale, so
 * a spreadsheet or an accounting import reads exactly the amount we stored.
 */
export function minorToDecimal(amountMinor: number, currency: string): string {
  const exponent = currencyExponent(currency);
  const digits = String(Math.abs(amountMinor)).padStart(exponent + 1, '0');
  const sign = amountMinor < 0 ? '-' : '';
  if (exponent === 0) return `${sign}${digits}`;
  return `${sign}${digits.slice(0, -exponent)}.${digits.slice(-exponent)}`;
}

/**
 * NOTE: a name or reference typed by a customer ("=HYPERLINK(...)") would run as a formula when
 * the file is opened in a spreadsheet; such text cells get a leading apostrophe (OWASP's advice).
 */
function text(value: string | null): string {
  if (!value) return '';
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

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
