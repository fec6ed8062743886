import { randomInt, randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { customerBalanceEntries, customers, invoices, invoiceSeries, payments, type Invoice } from '@/db/schema';
import { referenceForInvoice } from '@/lib/payments/references/reference-for-invoice';
import { createTestCustomer } from '@/lib/services/email/test-fixtures';
import { loadCustomerBalances } from './credit-balance';

/**
 * Test data for the payment services. Test files share one database, so every invoice has a
 * series, a sequence number and therefore a payment reference of its own (8-digit numbers far
 * above what any other test reaches), and amounts can be made unique for amount matching.
 */
export type PayableInvoiceOptions = {
  totalMinor?: number;
  currency?: string;
  status?: 'open' | 'paid' | 'void' | 'uncollectible';
  amountPaidMinor?: number;
  customerName?: string;
  /** Another invoice of this customer. */
  customerId?: string;
};

export async function createPayableInvoice(options: PayableInvoiceOptions = {}) {
  const customer = options.customerId
    ? (await db.select().from(customers).where(eq(customers.id, options.customerId)))[0]!
    : await createTestCustomer('en');
  if (options.customerName) {
    await db.update(customers).set({ name: options.customerName }).where(eq(customers.id, customer.id));
  }
  const name = options.customerName ?? customer.name;
  const currency = options.currency ?? 'EUR';
  const totalMinor = options.totalMinor ?? 3200;
  const status = options.status ?? 'open';
  const seriesId = `pay-${randomUUID()}`;
  const sequenceNumber = randomInt(50_000_000, 99_999_999);
  await db.insert(invoiceSeries).values({ id: seriesId, prefix: 'P-', nextNumber: sequenceNumber + 1 });
  const [invoice] = await db
    .insert(invoices)
    .values({
      customerId: customer.id,
      status,
      seriesId,
      sequenceNumber,
      number: `P-${seriesId.slice(4, 12)}`,
      currency,
      subtotalMinor: totalMinor,
      taxMinor: 0,
      totalMinor,
      amountPaidMinor: status === 'paid' ? totalMinor : (options.amountPaidMinor ?? 0),
      customerSnapshot: {
        name,
        email: customer.email,
        companyName: null,
        vatId: null,
        addressLine1: 'Testgate 1',
        addressLine2: null,
        postalCode: '0150',
        city: 'Oslo',
        country: 'NO',
      },
      paymentReference: referenceForInvoice({ currency, sequenceNumber }).reference,
      issuedAt: new Date('2026-03-01T09:00:00Z'),
      dueAt: new Date('2026-03-15T09:00:00Z'),
      paidAt: status === 'paid' ? new Date('2026-03-02T09:00:00Z') : null,
    })
    .returning();
  return { customer: { ...customer, name }, invoice: invoice! };
}

/** A SEPA direct debit autopay collected for a paid invoice (what a bank may later take back). */
export async function createCollectedDebit(invoice: Invoice) {
  const [payment] = await db
    .insert(payments)
    .values({
      customerId: invoice.customerId,
      invoiceId: invoice.id,
      attempt: 1,
      provider: 'test',
      providerPaymentId: `test-${randomUUID()}`,
      method: 'sepa_debit',
      amountMinor: invoice.totalMinor,
      currency: invoice.currency,
      status: 'paid',
      source: 'autopay',
      settledAt: new Date('2026-03-02T09:00:00Z'),
    })
    .returning();
  return payment!;
}

/** An amount no other test's open invoice owes, so matching by amount finds only ours. */
export function uniqueAmountMinor(): number {
  return randomInt(1_000_000, 9_999_999);
}

/** An account no other test imports into: bank references are unique per account. */
export function uniqueIban(): string {
  return `NL${String(randomInt(10, 99))}TEST${String(randomInt(0, 9_999_999_999)).padStart(10, '0')}`;
}

export async function invoiceRow(id: string) {
  const [row] = await db.select().from(invoices).where(eq(invoices.id, id));
  return row!;
}

export async function paymentsOf(invoiceId: string) {
  return db.select().from(payments).where(eq(payments.invoiceId, invoiceId)).orderBy(payments.attempt);
}

export async function balanceEntriesOf(customerId: string, invoiceId?: string) {
  return db
    .select()
    .from(customerBalanceEntries)
    .where(
      invoiceId
        ? and(eq(customerBalanceEntries.customerId, customerId), eq(customerBalanceEntries.invoiceId, invoiceId))
        : eq(customerBalanceEntries.customerId, customerId),
    );
}

/** The customer's credit balance in one currency (0 when they have none in it). */
export async function balanceIn(customerId: string, currency = 'EUR'): Promise<number> {
  return (await loadCustomerBalances(db, customerId)).get(currency) ?? 0;
}
