import { db } from '@/db/client';
import { isSensitiveTemplate } from '@/emails/registry';
import { loadCustomerDataRows, type CustomerDataRows } from './customer-data-rows';

const iso = (date: Date | null | undefined) => date?.toISOString() ?? null;

/**
 * Everything the shop holds about one customer, as they download it from Min Side (the right of
 * access): profile, account, balance, subscriptions, orders, invoices with their lines, payments,
 * credit notes with their refunds, payment methods and the e-mails sent to them.
 *
 * Left out on purpose: the password hash and provider mandate references (credentials, not
 * information about the person), internal row ids (invoice and credit-note numbers identify the
 * documents), and the text of e-mails that carried a sign-in link. Null when there is no such
 * customer.
 */
export async function exportCustomerData(customerId: string, now: Date) {
  const rows = await db.transaction((tx) => loadCustomerDataRows(tx, customerId), { isolationLevel: 'repeatable read', accessMode: 'read only' });
  return rows ? shapeCustomerData(rows, now) : null;
}

function shapeCustomerData(rows: CustomerDataRows, now: Date) {
  const { customer, user } = rows;
  const invoiceNumber = new Map(rows.invoiceRows.map((invoice) => [invoice.id, invoice.number]));
  return {
    exportedAt: now.toISOString(),
    profile: {
      name: customer.name,
      email: customer.email,
      companyName: customer.companyName,
      vatId: customer.vatId,
      customerType: customer.customerType,
      organisationNumber: customer.organisationNumber,
      peppolId: customer.peppolScheme && customer.peppolId ? `${customer.peppolScheme}:${customer.peppolId}` : null,
      phone: customer.phone,
      address: { line1: customer.addressLine1, line2: customer.addressLine2, postalCode: customer.postalCode, city: customer.city, country: customer.country },
      language: customer.locale,
      customerSince: iso(customer.createdAt),
    },
    account: user ? { email: user.email, signsInWithPassword: user.passwordHash !== null, emailConfirmedAt: iso(user.emailVerified), createdAt: iso(user.createdAt) } : null,
    balance: {
      // Per currency: a balance in EUR never pays a NOK invoice. The sum of the entries below.
      byCurrency: balanceByCurrency(rows.balanceRows),
      entries: rows.balanceRows.map((entry) => ({
        at: iso(entry.createdAt),
        amountMinor: entry.amountMinor,
        currency: entry.currency,
        reason: entry.reason,
        invoice: entry.invoiceId ? (invoiceNumber.get(entry.invoiceId) ?? null) : null,
      })),
    },
    subscriptions: rows.subs.map(({ subscription: s, productName, planName, intervalUnit, intervalCount }) => ({
      product: productName,
      plan: planName,
      every: { count: intervalCount, unit: intervalUnit },
      status: s.status,
      quantity: s.quantity,
      unitPriceMinor: s.unitPriceMinor,
      currency: s.currency,
      startedAt: iso(s.startedAt),
      currentPeriod: { start: iso(s.currentPeriodStart), end: iso(s.currentPeriodEnd) },
      trialEndsAt: iso(s.trialEndsAt),
      commitmentEndsAt: iso(s.commitmentEndsAt),
      canceledAt: iso(s.canceledAt),
      endedAt: iso(s.endedAt),
      stopsAtPeriodEnd: s.cancelAtPeriodEnd,
      // What the customer told us when they chose to stop (Min Side).
      stopReason: s.stopReason ? { reason: s.stopReason, note: s.stopReasonNote, at: iso(s.stopRequestedAt) } : null,
    })),
    orders: rows.orderRows.map((order) => ({
      placedAt: iso(order.createdAt),
      status: order.status,
      paymentMethod: order.paymentMethod,
      currency: order.currency,
      totalMinor: order.totalMinor,
      taxMinor: order.taxMinor,
      paidAt: iso(order.paidAt),
      lines: rows.orderLineRows
        .filter((line) => line.orderId === order.id)
        .map((line) => ({ description: line.description, quantity: line.quantity, unitPriceMinor: line.unitPriceMinor })),
    })),
    invoices: rows.invoiceRows.map((invoice) => ({
      number: invoice.number,
      status: invoice.status,
      issuedAt: iso(invoice.issuedAt),
      dueAt: iso(invoice.dueAt),
      paidAt: iso(invoice.paidAt),
      billedTo: invoice.customerSnapshot,
      currency: invoice.currency,
      subtotalMinor: invoice.subtotalMinor,
      taxMinor: invoice.taxMinor,
      totalMinor: invoice.totalMinor,
      amountPaidMinor: invoice.amountPaidMinor,
      creditedMinor: invoice.creditedMinor,
      paymentReference: invoice.paymentReference,
      lines: rows.lineRows
        .filter((line) => line.invoiceId === invoice.id)
        .map((line) => ({
          description: line.description,
          quantity: line.quantity,
          unitAmountMinor: line.unitAmountMinor,
          amountMinor: line.amountMinor,
          taxRateBp: line.taxRateBp,
          taxMinor: line.taxMinor,
          period: line.periodStart ? { start: iso(line.periodStart), end: iso(line.periodEnd) } : null,
        })),
    })),
    payments: rows.paymentRows.map((payment) => ({
      invoice: payment.invoiceId ? (invoiceNumber.get(payment.invoiceId) ?? null) : null,
      amountMinor: payment.amountMinor,
      currency: payment.currency,
      method: payment.method,
      source: payment.source,
      status: payment.status,
      failureReason: payment.failureReason,
      createdAt: iso(payment.createdAt),
      settledAt: iso(payment.settledAt),
      reversedAt: iso(payment.reversedAt),
    })),
    creditNotes: rows.noteRows.map((note) => ({
      number: note.number,
      invoice: invoiceNumber.get(note.invoiceId) ?? null,
      issuedAt: iso(note.issuedAt),
      currency: note.currency,
      totalMinor: note.totalMinor,
      taxMinor: note.taxMinor,
      reason: note.reason,
      disposition: note.disposition,
      refunds: rows.refundRows
        .filter((refund) => refund.creditNoteId === note.id)
        .map((refund) => ({ amountMinor: refund.amountMinor, currency: refund.currency, status: refund.status, settledAt: iso(refund.settledAt) })),
    })),
    paymentMethods: rows.methodRows.map((method) => ({ type: method.type, label: method.label, usedForAutopay: method.isDefault, addedAt: iso(method.createdAt) })),
    emails: rows.emailRows.map((email) => ({
      createdAt: iso(email.createdAt),
      sentAt: iso(email.sentAt),
      to: email.toAddress,
      subject: email.subject,
      kind: email.template,
      status: email.status,
      // A sign-in link may still work: it is not written into a file that can travel.
      text: isSensitiveTemplate(email.template) || email.bodyPurgedAt ? null : email.text,
    })),
  };
}

export type CustomerDataExport = ReturnType<typeof shapeCustomerData>;

function balanceByCurrency(entries: readonly { currency: string; amountMinor: number }[]): { currency: string; amountMinor: number }[] {
  const sums = new Map<string, number>();
  for (const entry of entries) sums.set(entry.currency, (sums.get(entry.currency) ?? 0) + entry.amountMinor);
  return [...sums].filter(([, minor]) => minor !== 0).map(([currency, amountMinor]) => ({ currency, amountMinor }));
}
