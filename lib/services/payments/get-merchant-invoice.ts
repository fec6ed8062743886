import { asc, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { amountOwed } from '@/lib/billing/amount-owed';
import { getShopSettings } from '@/lib/services/settings/get-shop-settings';
import { loadCustomerBalances } from './credit-balance';
import { customers, invoiceLines, invoices, payments, users, type Customer, type Invoice, type InvoiceLine, type Payment } from '@/db/schema';

export type MerchantInvoicePayment = Pick<
  Payment,
  'id' | 'source' | 'method' | 'status' | 'amountMinor' | 'currency' | 'reference' | 'note' | 'failureReason' | 'reversalCode' | 'chargebackFeeMinor'
> & {
  /** When the money arrived (settled), or when the attempt was made if it never did. */
  date: string;
  reversedAt: string | null;
  /** The staff member who registered it by hand (their e-mail), when known. */
  recordedBy: string | null;
};

export type MerchantInvoice = {
  invoice: Invoice;
  customer: {
    id: string;
    name: string;
    email: string;
    /** The customer's balance in the shop's default currency (what the page has shown so far). */
    balanceMinor: number;
    /** The customer's balance in every currency they have one in; a balance pays only its own currency. */
    balances: { currency: string; balanceMinor: number }[];
    simulated: boolean;
  };
  /** The customer as the VAT rules read them today (for an invoice without a typed snapshot). */
  vatBuyer: Pick<Customer, 'country' | 'vatId' | 'customerType'>;
  lines: InvoiceLine[];
  payments: MerchantInvoicePayment[];
  /** What the invoice still owes: total, less payments and credit notes. */
  openMinor: number;
};

/** One invoice for the merchant's dashboard, with every payment attempt on it, oldest first. */
export async function getMerchantInvoice(invoiceId: string): Promise<MerchantInvoice | null> {
  const [row] = await db
    .select({ invoice: invoices, customer: customers })
    .from(invoices)
    .innerJoin(customers, eq(customers.id, invoices.customerId))
    .where(eq(invoices.id, invoiceId));
  if (!row) return null;
  const [lines, paid] = await Promise.all([
    db.select().from(invoiceLines).where(eq(invoiceLines.invoiceId, invoiceId)).orderBy(asc(invoiceLines.position)),
    db
      .select({ payment: payments, recordedBy: users.email })
      .from(payments)
      .leftJoin(users, eq(users.id, payments.recordedBy))
      .where(eq(payments.invoiceId, invoiceId))
      .orderBy(asc(payments.createdAt), asc(payments.attempt)),
  ]);
  const { invoice, customer } = row;
  const [balances, { defaultCurrency }] = await Promise.all([loadCustomerBalances(db, customer.id), getShopSettings(db)]);
  return {
    invoice,
    customer: {
      id: customer.id,
      name: invoice.customerSnapshot?.name ?? customer.name,
      email: customer.email,
      balanceMinor: balances.get(defaultCurrency) ?? 0,
      balances: [...balances].map(([currency, balanceMinor]) => ({ currency, balanceMinor })),
      simulated: customer.testClockId !== null,
    },
    vatBuyer: { country: customer.country, vatId: customer.vatId, customerType: customer.customerType },
    lines,
    payments: paid.map(({ payment: p, recordedBy }) => ({
      id: p.id,
      source: p.source,
      method: p.method,
      status: p.status,
      amountMinor: p.amountMinor,
      currency: p.currency,
      reference: p.reference,
      note: p.note,
      failureReason: p.failureReason,
      reversalCode: p.reversalCode,
      chargebackFeeMinor: p.chargebackFeeMinor,
      date: (p.settledAt ?? p.createdAt).toISOString(),
      reversedAt: p.reversedAt?.toISOString() ?? null,
      recordedBy: recordedBy ?? p.recordedBy,
    })),
    openMinor: amountOwed(invoice),
  };
}
