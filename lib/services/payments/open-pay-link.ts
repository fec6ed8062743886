import { addDays } from 'date-fns/addDays';
import { db } from '@/db/client';
import { getPayLinkInvoice, type PayLinkInvoice } from '@/db/queries/payments/get-pay-link-invoice';
import { payLinkValidity, type PayLinkValidity } from '@/lib/billing/pay-link-validity';
import { getShopSettings } from '@/lib/services/settings/get-shop-settings';
import { verifyPayLinkToken } from './pay-link';

/**
 * What an e-mailed pay link opens at `now`: nothing for a forged or malformed token (or an
 * invoice that is gone), otherwise the invoice and what the link may still do (see
 * payLinkValidity). `validUntil` is when the link stops working (for the page to say).
 */
export type OpenedPayLink =
  | { kind: 'invalid' }
  | { kind: PayLinkValidity; invoice: PayLinkInvoice; validUntil: Date };

export async function openPayLink(token: string, now: Date): Promise<OpenedPayLink> {
  const verified = verifyPayLinkToken(token);
  if (!verified) return { kind: 'invalid' };
  const invoice = await getPayLinkInvoice(verified.invoiceId);
  if (!invoice) return { kind: 'invalid' };
  const { payLinkValidDays } = await getShopSettings(db);
  // A link from before links carried their issue time counts from the invoice's issue.
  const issuedAt = verified.issuedAt ?? invoice.issuedAt ?? new Date(0);
  const kind = payLinkValidity({ status: invoice.status, owedMinor: invoice.owedMinor, issuedAt, validDays: payLinkValidDays, now });
  return { kind, invoice, validUntil: addDays(issuedAt, payLinkValidDays) };
}
