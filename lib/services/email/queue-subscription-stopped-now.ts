import { inArray, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { amountOwedSql } from '@/db/amount-owed-sql';
import { creditNotes, invoices, type Customer, type ShopSettings } from '@/db/schema';
import { emailShop } from './email-shop';
import { loadSubscriptionName } from './load-subscription-name';
import { queueEmail } from './queue-email';

/**
 * Queues the confirmation of a stop at once the customer made on Min Side, in their language,
 * naming each credit note it issued, the early-exit fee's invoice, if any, and where the credit
 * went: the fee and open invoices it paid, and what stays as balance (queued after useStopCredit). A subscription ends
 * only once, so the subscription's id is the dedupe key: a retried call sends nothing twice.
 */
export async function queueSubscriptionStoppedNow(
  tx: Tx,
  input: {
    subscriptionId: string;
    customer: Pick<Customer, 'email' | 'name' | 'locale'>;
    settings: ShopSettings;
    timeZone: string;
    endedAt: Date;
    creditNoteIds: string[];
    feeInvoiceId: string | null;
    /** Where the stop's credit went (useStopCredit): the fee and open invoices it paid, the rest kept. */
    creditUse?: { feeMinor: number; invoices: { number: string | null; amountMinor: number }[]; keptMinor: number };
  },
): Promise<{ id: string; created: boolean }> {
  const notes = input.creditNoteIds.length
    ? await tx
        .select({ number: creditNotes.number, totalMinor: creditNotes.totalMinor, currency: creditNotes.currency })
        .from(creditNotes)
        .where(inArray(creditNotes.id, input.creditNoteIds))
        .orderBy(creditNotes.number)
    : [];
  const [fee] = input.feeInvoiceId
    ? await tx
        .select({ number: invoices.number, totalMinor: invoices.totalMinor, currency: invoices.currency, owedMinor: amountOwedSql(invoices) })
        .from(invoices)
        .where(eq(invoices.id, input.feeInvoiceId))
    : [];
  return queueEmail(tx, {
    template: 'subscription-stop',
    to: input.customer.email,
    locale: input.customer.locale,
    dedupeKey: `subscription-stopped-now:${input.subscriptionId}`,
    props: {
      shop: emailShop(input.settings),
      timeZone: input.timeZone,
      customerName: input.customer.name,
      subscriptionName: (await loadSubscriptionName(tx, input.subscriptionId))!,
      change: 'ended',
      endsAt: input.endedAt.toISOString(),
      creditNotes: notes,
      feeInvoice: fee ? { number: fee.number ?? '', totalMinor: fee.totalMinor, currency: fee.currency, owedMinor: Number(fee.owedMinor) } : null,
      creditUse: input.creditUse
        ? { feeMinor: input.creditUse.feeMinor, invoices: input.creditUse.invoices.map((i) => ({ number: i.number ?? '', amountMinor: i.amountMinor })), keptMinor: input.creditUse.keptMinor }
        : null,
    },
  });
}
