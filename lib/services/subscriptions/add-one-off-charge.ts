import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { invoices, oneOffCharges, products } from '@/db/schema';
import { invoiceTotals } from '@/lib/billing/invoice-totals';
import { oneOffChargeLine, oneOffChargeRefusal, oneOffShopRateBp } from '@/lib/billing/one-off-charge';
import { err, ok, type Result } from '@/lib/billing/result';
import { documentVat } from '@/lib/billing/vat/document-vat';
import { lineVat, supplyKindOf } from '@/lib/billing/vat/line-vat';
import type { TaxClass } from '@/lib/billing/vat/vat-rates';
import { domainError, type DomainErrorShape } from '@/lib/errors/domain-error';
import { ProviderUnavailableError } from '@/lib/payments/types';
import { recordAudit } from '@/lib/services/audit/record-audit';
import { runCharge } from '@/lib/services/billing/run-charge';
import { nudgeEventRelay } from '@/lib/services/events/nudge-event-relay';
import { countryEvidenceOf, loadVatContext } from '@/lib/services/vat/vat-context-for';
import { byHandNotFound } from './by-hand-errors';
import { createProrationInvoice } from './create-proration-invoice';
import { lockOwnSubscription } from './lock-own-subscription';

export type OneOffChargeDone = { invoiceId: string; invoiceNumber: string | null; totalMinor: number; currency: string; replayed: boolean };

/**
 * Staff add a one-off charge (a description, an amount VAT included, a VAT class) to one of a
 * customer's subscriptions. It is invoiced at once on its own invoice in the shop's normal series
 * (a simulated customer's in its clock's), issued like an upgrade's proration: the credit balance
 * pays first, then autopay is charged after the commit, else the invoice is e-mailed and dunned.
 *
 * NOTE: its own invoice, not a line on the next renewal: that invoice may be issued or paid
 * already, the subscription may stop before it, and the customer should see what they are
 * charged for when it happens. `key` (rendered with the form) makes a double submit harmless:
 * the second finds the first's row under the subscription's lock and returns its invoice.
 */
export async function addOneOffCharge(input: {
  key: string;
  customerId: string;
  subscriptionId: string;
  description: string;
  amountMinor: number;
  taxClass: TaxClass;
  staffUserId: string;
  now: Date;
}): Promise<Result<OneOffChargeDone, DomainErrorShape>> {
  const result = await db.transaction(async (tx) => {
    const own = await lockOwnSubscription(tx, input.customerId, input.subscriptionId);
    if (!own) return err(byHandNotFound());
    const { sub, plan, customer, settings } = own;
    const [earlier] = await tx.select().from(oneOffCharges).where(eq(oneOffCharges.id, input.key));
    if (earlier) {
      if (earlier.subscriptionId !== sub.id) return err(domainError('key_used', 'This form was sent already for another subscription: reload the page.'));
      const [invoice] = await tx.select({ number: invoices.number }).from(invoices).where(eq(invoices.id, earlier.invoiceId));
      return ok({ done: { invoiceId: earlier.invoiceId, invoiceNumber: invoice?.number ?? null, totalMinor: earlier.amountMinor, currency: earlier.currency, replayed: true }, paymentId: null });
    }
    if (oneOffChargeRefusal(sub.status)) return err(domainError('ended', 'This subscription has ended: a charge after it is an order of its own.', 'subscriptionId'));
    const [product] = await tx.select({ kind: products.kind }).from(products).where(eq(products.id, plan.productId));
    const context = await loadVatContext(tx, customer, input.now, settings.vatOssRegistered);
    const shopRateBp = oneOffShopRateBp(input.taxClass, plan, context?.seller.country ?? null);
    const vat = lineVat(context, { taxClass: input.taxClass, supply: supplyKindOf(product!.kind), shopRateBp });
    if (!vat.ok) return err(domainError('vat', vat.error, 'taxClass'));
    const line = oneOffChargeLine({ description: input.description, amountMinor: input.amountMinor, rateBp: vat.value.rateBp, category: vat.value.category });
    const priced = { currency: sub.currency, lines: [line], ...invoiceTotals([line]), vat: documentVat(context, [vat.value], countryEvidenceOf(customer)) };
    const { invoiceId, paymentId } = await createProrationInvoice(tx, own, { priced, now: input.now });
    await tx.insert(oneOffCharges).values({
      id: input.key,
      subscriptionId: sub.id,
      invoiceId,
      description: input.description,
      amountMinor: input.amountMinor,
      currency: sub.currency,
      taxClass: input.taxClass,
      staffUserId: input.staffUserId,
      createdAt: input.now,
    });
    const [invoice] = await tx.select({ number: invoices.number }).from(invoices).where(eq(invoices.id, invoiceId));
    await recordAudit(tx, {
      actorUserId: input.staffUserId,
      action: 'subscription.one-off-charge',
      record: { type: 'subscription', id: sub.id },
      before: null,
      after: { invoiceId, amountMinor: input.amountMinor, currency: sub.currency, taxClass: input.taxClass },
    });
    return ok({ done: { invoiceId, invoiceNumber: invoice?.number ?? null, totalMinor: priced.totalMinor, currency: sub.currency, replayed: false }, paymentId });
  });
  if (!result.ok) return result;
  await nudgeEventRelay([input.subscriptionId]);
  if (result.value.paymentId) {
    try {
      await runCharge(result.value.paymentId, input.now);
    } catch (error) {
      // Unknown whether the provider took it: the attempt stays pending and the billing sweep asks
      // again with the same key. The invoice itself is issued.
      if (!(error instanceof ProviderUnavailableError)) throw error;
    }
  }
  return ok(result.value.done);
}
