import { eq, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { creditNoteLines as creditNoteLinesTable, creditNotes, customers, invoices, refunds, type CreditNote, type Invoice } from '@/db/schema';
import { amountOwed } from '@/lib/billing/amount-owed';
import { creditableAmount } from '@/lib/billing/creditable-amount';
import { creditNoteLines } from '@/lib/billing/credit-note-lines';
import { formatMoney, sumMinor } from '@/lib/billing/money';
import { err, ok, type Result } from '@/lib/billing/result';
import { manageCode, manageMessage } from '@/lib/i18n/manage-code';
import { markInvoicePaid } from '@/lib/services/billing/mark-invoice-paid';
import { snapshotOf } from '@/lib/services/invoices/create-order-invoice';
import { creditBalance } from '@/lib/services/payments/credit-balance';
import { getShopSettings } from '@/lib/services/settings/get-shop-settings';
import { loadCreditableLines } from './load-creditable-lines';
import { refundablePayments, splitRefund, type RefundPart } from './refundable-payments';
import { takeCreditNoteNumber } from './take-credit-note-number';
import { recordEvent } from '@/lib/services/events/record-event';

export type CreditDisposition = 'refund' | 'balance' | 'auto';

export type CreditNoteRequest = {
  invoiceId: string;
  /** VAT included, in the invoice's currency; 'full' is everything that can still be credited. */
  amountMinor: number | 'full';
  reason: string;
  /** For a paid invoice; an open invoice's credit always reduces what it owes. */
  disposition: CreditDisposition;
  staffUserId: string | null;
  now: Date;
  /** Only these invoice lines take the credit (the unused part of a plan line); default all. */
  invoiceLineIds?: string[];
  /**
   * The note voids the invoice (all of it, on an open invoice nothing was paid or credited on):
   * the invoice is `void` instead of settled, and `billing/invoice.voided` reports it.
   */
  voids?: boolean;
  /** A refund through this one payment of the invoice (the API's refund of a payment). */
  refundPaymentId?: string;
};

/**
 * A refusal: `message` in English for the API and logs; `text`, where given, the same refusal as a
 * dashboard.manage.messages code whose amounts are `<name>Minor` and `<name>Currency` values, so
 * the dashboard words it (amounts too) in the staff member's language (bankNoteText).
 */
export type CreditNoteError = { code: 'not_found' | 'not_creditable' | 'amount' | 'not_refundable'; message: string; text?: string };

export type CreatedCreditNote = {
  creditNote: CreditNote;
  /** Pending refunds to send through the provider once the transaction has committed. */
  refundIds: string[];
  /** markInvoicePaid's answer when the note settled an open invoice; emit it after commit. */
  settled: { invoice: Invoice; paidInFull: boolean; restored: boolean } | null;
};

/**
 * Writes a credit note against an issued invoice in the caller's transaction: the next gapless
 * number of the credit series, the lines (the credit spread over the invoice lines with their
 * VAT), the invoice's credited total, and where the money goes:
 * - an open invoice owes that much less (`reduce_open`); owing nothing more, it is settled by the
 *   same rule as a payment (markInvoicePaid), which also stops its dunning;
 * - a paid invoice's credit is refunded through the provider that took the money (`refund`:
 *   pending rows, sent after commit) or kept as the customer's balance (`balance`); `auto`
 *   refunds when the invoice was paid online, else keeps it as balance.
 *
 * Every refusal is decided before anything is written, so a refused note leaves no trace and
 * takes no number.
 */
export async function createCreditNote(tx: Tx, request: CreditNoteRequest): Promise<Result<CreatedCreditNote, CreditNoteError>> {
  const [row] = await tx
    .select({ invoice: invoices, customer: customers })
    .from(invoices)
    .innerJoin(customers, eq(invoices.customerId, customers.id))
    .where(eq(invoices.id, request.invoiceId))
    .for('update', { of: invoices });
  if (!row) return err({ code: 'not_found', message: 'That invoice does not exist.', text: manageCode('invoiceMissing') });
  const { invoice, customer } = row;
  const label = `Invoice ${invoice.number ?? '(draft)'}`;
  const invoiceNumber = invoice.number ?? '';
  // An amount of this invoice as a coded message's values (see CreditNoteError).
  const amountOf = (name: string, minor: number) => ({ [`${name}Minor`]: minor, [`${name}Currency`]: invoice.currency });
  if (invoice.status !== 'open' && invoice.status !== 'paid') {
    return err({
      code: 'not_creditable',
      message: `${label} is ${invoice.status}: only an open or paid invoice can be credited.`,
      text: manageMessage('creditInvoiceNotCreditable', { number: invoiceNumber, status: invoice.status }),
    });
  }
  if (request.voids && (invoice.status !== 'open' || invoice.amountPaidMinor > 0 || invoice.creditedMinor > 0 || request.amountMinor !== 'full')) {
    return err({
      code: 'not_creditable',
      message: `${label} has money paid or credited on it: it cannot be voided. Credit it instead.`,
      text: manageMessage('creditCannotVoid', { number: invoiceNumber }),
    });
  }
  const money = (minor: number) => formatMoney(minor, invoice.currency);

  const allLines = await loadCreditableLines(tx, invoice.id);
  const lines = request.invoiceLineIds ? allLines.filter((line) => request.invoiceLineIds!.includes(line.invoiceLineId)) : allLines;
  const linesLeft = sumMinor(lines.map((line) => line.amountMinor - line.creditedMinor));
  // NOTE: an open invoice can be credited only down to what it still owes; a part already paid
  // is credited once the invoice is settled, as a refund or balance (a second note).
  const owed = amountOwed(invoice);
  const limit = Math.min(linesLeft, creditableAmount(invoice));
  if (limit <= 0) return err({ code: 'amount', message: `${label} has nothing left to credit.`, text: manageMessage('creditNothingLeft', { number: invoiceNumber }) });
  const requested = request.amountMinor === 'full' ? limit : request.amountMinor;
  if (!Number.isSafeInteger(requested) || requested <= 0) {
    return err({ code: 'amount', message: 'The amount to credit must be more than zero.', text: manageCode('creditAmountPositive') });
  }
  if (requested > limit) {
    return err(
      invoice.status === 'open' && limit === owed && owed < invoice.totalMinor - invoice.creditedMinor
        ? {
            code: 'amount',
            message: `${label} still owes ${money(owed)}: credit at most that now, and the part already paid once the invoice is settled.`,
            text: manageMessage('creditOwedFirst', { number: invoiceNumber, ...amountOf('owed', owed) }),
          }
        : {
            code: 'amount',
            message: `${label} has ${money(limit)} left to credit; ${money(requested)} is more than that.`,
            text: manageMessage('creditMoreThanLeft', { number: invoiceNumber, ...amountOf('limit', limit), ...amountOf('requested', requested) }),
          },
    );
  }

  const split = creditNoteLines(lines, requested, { currency: invoice.currency, pricesIncludeVat: invoice.pricesIncludeVat });
  if (!split.ok) {
    // NOTE: of creditNoteLines' refusals only the step and a net-price total that no net + rounded
    // VAT makes can happen here (zero and too much were refused above).
    const refusal = split.error;
    if (refusal.kind === 'step') return err({ code: 'amount', message: refusal.message, text: manageMessage('creditStep', amountOf('step', refusal.stepMinor)) });
    if (refusal.kind !== 'inexact') return err({ code: 'amount', message: refusal.message, text: manageCode('creditAmountPositive') });
    const { belowMinor, aboveMinor } = refusal;
    const nearest =
      belowMinor === null
        ? `The nearest amount that can be credited is ${money(aboveMinor)}.`
        : `The nearest amounts that can be credited are ${money(belowMinor)} and ${money(aboveMinor)}.`;
    return err({
      code: 'amount',
      message: `${label} has prices without VAT: a credit is its net plus the VAT rounded per rate, and no net makes exactly ${money(requested)}. ${nearest}`,
      text: manageMessage('creditInexact', {
        number: invoiceNumber,
        which: belowMinor === null ? 'above' : 'both',
        ...amountOf('requested', requested),
        ...(belowMinor === null ? {} : amountOf('below', belowMinor)),
        ...amountOf('above', aboveMinor),
      }),
    });
  }
  // Exactly the amount asked for, also on a net-price invoice (net + VAT rounded per category).
  const amount = split.value.totalMinor;

  let disposition: CreditNote['disposition'] = 'reduce_open';
  let refundParts: RefundPart[] = [];
  if (invoice.status === 'paid') {
    const payable = (await refundablePayments(tx, invoice.id)).filter((p) => !request.refundPaymentId || p.payment.id === request.refundPaymentId);
    const refundable = sumMinor(payable.map((p) => p.refundableMinor));
    if (request.disposition === 'refund' && refundable < amount) {
      return err(
        refundable === 0
          ? {
              code: 'not_refundable',
              message: `${label} was not paid online, so there is no payment to refund: keep the credit as the customer’s balance.`,
              text: manageMessage('creditNotPaidOnline', { number: invoiceNumber }),
            }
          : {
              code: 'not_refundable',
              message: `Only ${money(refundable)} of ${label} can be refunded online: credit that much, or keep the credit as balance.`,
              text: manageMessage('creditRefundableOnly', { number: invoiceNumber, ...amountOf('refundable', refundable) }),
            },
      );
    }
    disposition = request.disposition === 'balance' || refundable < amount ? 'balance' : 'refund';
    if (disposition === 'refund') refundParts = splitRefund(payable, amount);
  }


  const number = await takeCreditNoteNumber(tx, customer);
  const [creditNote] = await tx
    .insert(creditNotes)
    .values({
      customerId: customer.id,
      invoiceId: invoice.id,
      seriesId: number.seriesId,
      sequenceNumber: number.sequenceNumber,
      number: number.number,
      currency: invoice.currency,
      subtotalMinor: split.value.subtotalMinor,
      taxMinor: split.value.taxMinor,
      totalMinor: split.value.totalMinor,
      reason: request.reason,
      disposition,
      customerSnapshot: invoice.customerSnapshot ?? snapshotOf(customer),
      issuedAt: request.now,
      createdBy: request.staffUserId,
      vatNotes: invoice.vatNotes,
    })
    .returning();
  await recordEvent(tx, { name: 'credit-note/created', data: { creditNoteId: creditNote!.id, invoiceId: invoice.id } });
  await tx.insert(creditNoteLinesTable).values(split.value.lines.map((line, position) => ({ creditNoteId: creditNote!.id, position, ...line })));
  await tx
    .update(invoices)
    .set({ creditedMinor: sql`${invoices.creditedMinor} + ${amount}` })
    .where(eq(invoices.id, invoice.id));

  let settled: CreatedCreditNote['settled'] = null;
  let refundIds: string[] = [];
  if (disposition === 'reduce_open' && request.voids) {
    // NOTE: void, not settled: nothing was paid, and a paid-in-full event would tell integrations otherwise.
    await tx.update(invoices).set({ status: 'void', nextDunningStep: null, nextDunningAt: null }).where(eq(invoices.id, invoice.id));
    await recordEvent(tx, { name: 'billing/invoice.voided', data: { invoiceId: invoice.id, subscriptionId: invoice.subscriptionId } });
  } else if (disposition === 'reduce_open') {
    // Nothing paid now: markInvoicePaid only applies its "owes nothing more" rule.
    const { timeZone } = await getShopSettings(tx);
    const marked = await markInvoicePaid(tx, { invoiceId: invoice.id, amountMinor: 0, at: request.now, timeZone });
    settled = marked.paidInFull ? marked : null;
  } else if (disposition === 'balance') {
    await creditBalance(tx, {
      customerId: customer.id,
      amountMinor: amount,
      currency: invoice.currency,
      reason: 'credit_note',
      invoiceId: invoice.id,
      creditNoteId: creditNote!.id,
    });
  } else {
    const inserted = await tx
      .insert(refunds)
      .values(
        refundParts.map((part) => ({
          paymentId: part.paymentId,
          creditNoteId: creditNote!.id,
          provider: part.provider,
          amountMinor: part.amountMinor,
          currency: invoice.currency,
          createdAt: request.now,
        })),
      )
      .returning({ id: refunds.id });
    refundIds = inserted.map((r) => r.id);
  }
  return ok({ creditNote: creditNote!, refundIds, settled });
}
