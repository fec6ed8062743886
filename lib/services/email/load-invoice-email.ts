import { appUrl } from './app-url';
import { payLinkPath } from '@/lib/services/payments/pay-link';
import { invoicePdfLinkExpiry, invoicePdfLinkPath } from '@/lib/services/documents/invoice-pdf-link';
import { asc, eq } from 'drizzle-orm';
import { builtOnceQuery, valueFor } from '@/db/built-once';
import { db as appDb, type DbOrTx } from '@/db/client';
import { invoiceLines, type Customer, type EmailLinkRef, type Invoice, type InvoiceLine, type SellerIdentityRow, type ShopSettings } from '@/db/schema';
import type { Locale } from '@/lib/i18n/locales';
import type { InvoiceEmailProps } from '@/emails/invoice';
import { getSellerIdentity } from '@/db/queries/settings/get-seller-identity';
import { partyLines } from '@/lib/pdf/party-lines';
import { bankAccountLine } from '@/lib/pdf/seller-lines';
import { getShopSettings } from '@/lib/services/settings/get-shop-settings';
import { emailShop } from '@/lib/services/email/email-shop';
import { loadInvoiceWithCustomer } from './load-invoice-with-customer';

/** Built once (db/built-once.ts): every invoice e-mail of the demo history reads them. */
const linesStatement = builtOnceQuery<InvoiceLine>(() =>
  appDb
    .select()
    .from(invoiceLines)
    .where(eq(invoiceLines.invoiceId, valueFor(invoiceLines.invoiceId, 'invoiceId')))
    .orderBy(asc(invoiceLines.position)),
);

export type InvoiceEmailMessage = {
  to: string;
  locale: Locale;
  props: Omit<InvoiceEmailProps, 'locale'>;
  /** The signed links the message carries (its PDF; its pay page while open), for the outbox record. */
  links: EmailLinkRef[];
};

/** What invoiceEmailMessage reads: the invoice, its customer, its lines and the shop. */
export type InvoiceEmailSource = {
  invoice: Invoice;
  customer: Customer;
  lines: InvoiceLine[];
  settings: ShopSettings;
  /** The shop's identity in force when the invoice was issued (its bank account, for a transfer). */
  identity: SellerIdentityRow | null;
};

/**
 * What the e-mail of one finalized invoice says, and to whom. The invoice is shown as issued:
 * the customer snapshot frozen on it, not the customer's current address.
 */
export async function loadInvoiceEmail(
  db: DbOrTx,
  invoiceId: string,
  options: { payUrl?: string | null } = {},
): Promise<InvoiceEmailMessage> {
  const row = await loadInvoiceWithCustomer(db, invoiceId);
  if (!row) throw new Error(`Invoice ${invoiceId} does not exist`);
  const lines = await linesStatement(db, { invoiceId });
  // The account in force when the invoice was issued, as its PDF prints it.
  const identity = row.invoice.issuedAt && row.invoice.status !== 'paid' ? await getSellerIdentity(row.invoice.issuedAt, db) : null;
  return invoiceEmailMessage({ ...row, lines, settings: await getShopSettings(db), identity }, options);
}

/**
 * The message of one invoice from rows already loaded (one at a time above, or a batch of them
 * by the composer). Throws for an invoice that must not be sent (a draft, a void one).
 */
export function invoiceEmailMessage(source: InvoiceEmailSource, options: { payUrl?: string | null; now?: Date } = {}): InvoiceEmailMessage {
  const { invoice, customer, lines, settings, identity } = source;
  // The links are issued now, when the e-mail is written; both expire after the shop's validity.
  const now = options.now ?? new Date();
  const invoiceId = invoice.id;
  if (!invoice.number || !invoice.issuedAt) throw new Error(`Invoice ${invoiceId} is a draft: it has no number to send`);
  if (invoice.status === 'void') throw new Error(`Invoice ${invoiceId} is void: it is not sent`);
  const snapshot = invoice.customerSnapshot;
  const status = invoice.status === 'paid' ? 'paid' : 'open';
  const pdfUrl = appUrl(invoicePdfLinkPath(invoiceId, now));
  const linksExpireAt = invoicePdfLinkExpiry(now, settings.payLinkValidDays).toISOString();
  const payUrl = status === 'open' ? (options.payUrl === undefined ? appUrl(payLinkPath(invoiceId, now)) : options.payUrl) : null;

  return {
    to: customer.email,
    links: [
      ...(pdfUrl ? [{ kind: 'invoice-pdf' as const, invoiceId, expiresAt: linksExpireAt }] : []),
      ...(payUrl && options.payUrl === undefined ? [{ kind: 'invoice-pay' as const, invoiceId, expiresAt: linksExpireAt }] : []),
    ],
    locale: customer.locale,
    props: {
      shop: emailShop(settings),
      timeZone: settings.timeZone,
      customerName: snapshot?.name ?? customer.name,
      billedTo: partyLines(snapshot ?? customer, customer.locale),
      invoiceNumber: invoice.number,
      currency: invoice.currency,
      issuedAt: invoice.issuedAt.toISOString(),
      dueAt: invoice.dueAt?.toISOString() ?? null,
      paidAt: invoice.paidAt?.toISOString() ?? null,
      status,
      lines: lines.map((line) => ({
        description: line.description,
        quantity: line.quantity,
        unitAmountMinor: line.unitAmountMinor,
        amountMinor: line.amountMinor,
        taxRateBp: line.taxRateBp,
        taxMinor: line.taxMinor,
        vatCategory: line.vatCategory,
        periodStart: line.periodStart?.toISOString() ?? null,
        periodEnd: line.periodEnd?.toISOString() ?? null,
      })),
      subtotalMinor: invoice.subtotalMinor,
      taxMinor: invoice.taxMinor,
      totalMinor: invoice.totalMinor,
      amountPaidMinor: invoice.amountPaidMinor,
      creditedMinor: invoice.creditedMinor,
      paymentReference: invoice.paymentReference,
      bankAccount: identity ? bankAccountLine(identity, customer.locale) : null,
      // By default the signed pay link (made here, when the e-mail is composed, not in the bill run).
      payUrl,
      pdfUrl,
      pdfLinkExpiresAt: pdfUrl ? linksExpireAt : null,
    },
  };
}
